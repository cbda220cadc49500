// Bulk ingest rate by batch size (articles per transaction), same articles, same fresh database.
// Run: KG_BENCH_BOLT_PORT=7760 node --import tsx tests/bench/ingest/batch-size-compare.ts
import { createGateway } from '../../../server/db/gateway.js';
import { storeDeltas } from '../../../server/db/writes/store-deltas.js';
import { corpusDeltas } from '../extraction/corpus-deltas.js';
import { startBenchNeo4j, wipe } from '../lib/bench-neo4j.js';
import { round } from '../lib/stats.js';
import { generateCorpus } from '../synthetic/generate-corpus.js';

const SEED = 20250730;
const N = Number(process.env.KG_COMPARE_N ?? 500);
const db = await startBenchNeo4j(console.log);
try {
  const deltas = corpusDeltas(generateCorpus(N, { seed: SEED }), SEED, console.log);
  await storeDeltas(createGateway(db.driver), deltas.slice(0, 50), { batchSize: 50 }); // warm-up: plans, JIT
  for (const batchSize of [50, 250, 50, 250]) {
    await wipe(db.driver);
    const t = performance.now();
    await storeDeltas(createGateway(db.driver), deltas, { batchSize });
    const s = (performance.now() - t) / 1000;
    console.log(`batch ${batchSize}: ${N} articles in ${round(s)} s = ${round(N / s)} articles/s`);
  }
} finally {
  await db.close();
}
