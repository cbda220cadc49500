// What keeping the hubs' ranked neighbour lists costs a bulk ingest: time of the writer's statements by kind, in one run.
// Run: KG_BENCH_BOLT_PORT=7760 node --import tsx tests/bench/ingest/rank-upkeep.ts
import { createGateway, type Gateway } from '../../../server/db/gateway.js';
import { storeDeltas } from '../../../server/db/writes/store-deltas.js';
import { corpusDeltas } from '../extraction/corpus-deltas.js';
import { startBenchNeo4j, wipe } from '../lib/bench-neo4j.js';
import { round } from '../lib/stats.js';
import { generateCorpus } from '../synthetic/generate-corpus.js';

const SEED = 20250730;
const N = Number(process.env.KG_COMPARE_N ?? 1000);
const bench = await startBenchNeo4j(console.log);
try {
  const base = createGateway(bench.driver);
  const ms = new Map<string, number>();
  // The same gateway, timing each statement: list upkeep (neighbour-rank-store.ts) or the write.
  const timed: Gateway = {
    ...base,
    write: (work) =>
      base.write((tx) =>
        work({
          run: async (cypher, params) => {
            const t = performance.now();
            const res = await tx.run(cypher, params);
            const kind =
              cypher.includes('NeighbourRank') || cypher.includes('UNWIND $pairs')
                ? 'rank'
                : 'write';
            ms.set(kind, (ms.get(kind) ?? 0) + performance.now() - t);
            return res;
          },
        }),
      ),
  };
  const deltas = corpusDeltas(generateCorpus(N, { seed: SEED }), SEED, console.log);
  for (const batchSize of [50, 1]) {
    await wipe(bench.driver);
    ms.clear();
    const t = performance.now();
    await storeDeltas(timed, deltas, { batchSize });
    const s = (performance.now() - t) / 1000;
    const hubs = await bench.driver.executeQuery('MATCH (k:NeighbourRank) RETURN count(k) AS n');
    const write = ms.get('write') ?? 0;
    const rank = ms.get('rank') ?? 0;
    console.log(
      `batch ${batchSize}: ${N} articles in ${round(s)} s, ${String(hubs.records[0]?.get('n'))} hubs; ` +
        `write statements ${round(write / 1000)} s, list upkeep ${round(rank / 1000)} s ` +
        `(× ${round((write + rank) / write)} the write)`,
    );
  }
} finally {
  await bench.close();
}
