// `npm run bench:peer`: the side-by-side part alone (quick graph; `--full` for the full-size graph).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../../server/config/config.js';
import { benchConfig } from '../bench-config.js';
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { buildQueryGraph } from '../query/build-query-graph.js';
import { runPeerBench } from './peer-bench.js';
import { peerRows, peerTextTable, writePeerReadme } from './peer-report.js';

const started = performance.now();
const log = (l: string) =>
  console.log(`[bench:peer +${Math.round((performance.now() - started) / 1000)}s] ${l}`);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const cfg = benchConfig(argv.includes('--full') ? [] : ['--quick']);
  const db = await startBenchNeo4j(log);
  try {
    log(
      `building the query graph (${cfg.graph.entities} entities, ${cfg.graph.relations} relations)...`,
    );
    const graph = await buildQueryGraph(db.driver, cfg.graph);
    const config = loadConfig({ HOST: '127.0.0.1', KG_SEED: 'false', KG_RESPONSE_CACHE: 'false' });
    const peer = await runPeerBench(db.driver, config, graph, {
      neo4jUri: db.uri,
      query: cfg.query,
      load: cfg.load,
      log,
    });
    console.log(`\n${peerTextTable(peerRows(peer))}\n`);
    // Merged into the run's results file as its `peer` section.
    const dir = resolve(import.meta.dirname, '..', 'results');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, cfg.mode === 'full' ? 'latest.json' : 'latest-quick.json');
    const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
    writeFileSync(
      file,
      `${JSON.stringify({ ...old, peer: { date: new Date().toISOString(), mode: cfg.mode, queryGraph: graph, ...peer } }, null, 2)}\n`,
    );
    if (argv.includes('--readme')) {
      writePeerReadme(resolve(import.meta.dirname, '..', '..', '..', 'README.md'), peer, {
        date: new Date().toISOString().slice(0, 10),
        mode: cfg.mode,
      });
    }
    log(
      `peer section written to tests/bench/results/${cfg.mode === 'full' ? 'latest.json' : 'latest-quick.json'}`,
    );
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
