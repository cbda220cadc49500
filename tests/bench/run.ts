// `npm run bench`: extraction, ingest, query latency, HTTP load, side by side with @neo4j/graphql, browser and memory; table + JSON + README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../server/config/config.js';
import { benchConfig } from './bench-config.js';
import { runSyntheticExtraction } from './extraction/extraction-bench.js';
import { corpusDeltas } from './extraction/corpus-deltas.js';
import { benchExtraction } from './extract-throughput.js';
import { runIngestBench } from './ingest/ingest-bench.js';
import { startBenchNeo4j, wipe } from './lib/bench-neo4j.js';
import { machineInfo } from './lib/machine.js';
import { textTable, writeReadme } from './lib/report.js';
import { runBrowserBench } from './lib/run-browser.js';
import { runLoadBench } from './load/load-bench.js';
import { runPeerBench } from './peer/peer-bench.js';
import { peerRows, peerTextTable, writePeerReadme } from './peer/peer-report.js';
import { buildQueryGraph } from './query/build-query-graph.js';
import { runCachedQueryBench } from './query/cached-query-bench.js';
import { runQueryBench } from './query/query-bench.js';
import { summaryRows } from './summary-rows.js';
import { generateCorpus } from './synthetic/generate-corpus.js';

const started = performance.now();
const elapsed = () => Math.round((performance.now() - started) / 1000);
const log = (l: string) => console.log(`[bench +${elapsed()}s] ${l}`);

async function main(): Promise<void> {
  const cfg = benchConfig(process.argv.slice(2));
  log(`${cfg.mode} run; budget ${cfg.budgetSeconds} s`);
  const largest = Math.max(cfg.ingest.large, cfg.extraction.corpus);
  const corpus = generateCorpus(largest, { seed: cfg.seed });
  log(`synthetic corpus: ${corpus.length} articles (seed ${cfg.seed})`);

  const founding = await benchExtraction({ quick: cfg.mode === 'quick' });
  const synthetic = runSyntheticExtraction(
    corpus.slice(0, cfg.extraction.corpus),
    cfg.extraction.runs,
  );
  log(
    `extraction: founding ${Math.round(founding.articlesPerSecond)}/s, synthetic ${synthetic.articlesPerSecond}/s`,
  );
  // At most what the ingest budget can use on this machine (the sizes adapt; see ingest-bench).
  const deltas = corpusDeltas(corpus.slice(0, cfg.ingest.large), cfg.seed, log);

  const db = await startBenchNeo4j(log);
  try {
    const ingest = await runIngestBench(db.driver, deltas, { ...cfg.ingest, log });
    await wipe(db.driver);
    log(
      `building the query graph (${cfg.graph.entities} entities, ${cfg.graph.relations} relations)...`,
    );
    const graph = await buildQueryGraph(db.driver, cfg.graph);
    log(`query graph built in ${Math.round(graph.buildSeconds)} s`);
    // The engine's latency is measured with the response cache off; then the cache's own.
    const config = loadConfig({ HOST: '127.0.0.1', KG_SEED: 'false', KG_RESPONSE_CACHE: 'false' });
    const queries = await runQueryBench(db.driver, config, graph, { ...cfg.query, log });
    const queriesCached = await runCachedQueryBench(db.driver, config, graph, {
      ...cfg.query,
      log,
    });
    const loadOf = (responseCache: boolean) =>
      runLoadBench(graph, {
        neo4jUri: db.uri,
        neo4jPid: db.server.pid,
        ...cfg.load,
        responseCache,
        log,
      });
    const load = await loadOf(false);
    const loadCached = await loadOf(true);
    // Side by side with @neo4j/graphql on the same graph, no response cache on either side.
    const peer = await runPeerBench(db.driver, config, graph, {
      neo4jUri: db.uri,
      query: cfg.query,
      load: cfg.load,
      log,
    });
    const browser = cfg.browser.run
      ? await runBrowserBench(cfg.browser.timeoutSeconds * 1000, log)
      : {
          ran: false,
          reason: 'skipped (quick mode; pass --browser to run it)',
          rows: [],
          seconds: 0,
        };
    const machine = machineInfo();
    const date = new Date().toISOString();
    const results = {
      date,
      mode: cfg.mode,
      seconds: elapsed(),
      machine,
      config: cfg,
      extraction: { founding, synthetic },
      ingest,
      queryGraph: graph,
      queries,
      queriesCached,
      load,
      loadCached,
      peer,
      browser,
      memory: {
        ingestPeakRssMiB: ingest.peakRssMiB,
        apiPeakRssMiBUnderLoad: Math.max(load.apiPeakRssMiB, loadCached.apiPeakRssMiB),
      },
    };
    const rows = summaryRows(results);
    console.log(`\n${textTable(rows)}\n`);
    console.log(`${peerTextTable(peerRows(peer))}\n`);
    const dir = resolve(import.meta.dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = cfg.mode === 'full' ? 'latest.json' : 'latest-quick.json';
    writeFileSync(resolve(dir, file), `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
    if (cfg.mode === 'full' || process.argv.includes('--readme')) {
      writeReadme(resolve(import.meta.dirname, '..', '..', 'README.md'), rows, machine, {
        date: date.slice(0, 10),
        mode: cfg.mode,
        seconds: elapsed(),
      });
      writePeerReadme(resolve(import.meta.dirname, '..', '..', 'README.md'), peer, {
        date: date.slice(0, 10),
        mode: cfg.mode,
      });
    }
    log(`results written to tests/bench/results/${file}`);
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
