// Runs the ingest bench's "16 concurrent one-article clients" case alone, on its own bench Neo4j.
// Run: npm run bench:clients  (KG_BENCH_BOLT_PORT / KG_BENCH_DATA_DIR to run beside another bench;
// KG_CLIENTS_N articles, default 320; KG_CLIENTS_RUNS, default 2)
import { corpusDeltas } from '../extraction/corpus-deltas.js';
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { generateCorpus } from '../synthetic/generate-corpus.js';
import { runConcurrentClients } from './concurrent-clients.js';

const SEED = 20250730;
const N = Number(process.env.KG_CLIENTS_N ?? 320);
const log = (l: string) => console.log(`[bench:clients] ${l}`);
const deltas = corpusDeltas(generateCorpus(N + 64, { seed: SEED }), SEED, log);
const db = await startBenchNeo4j(log);
try {
  const r = await runConcurrentClients(db.driver, deltas.slice(0, N), {
    clients: 16,
    runs: Number(process.env.KG_CLIENTS_RUNS ?? 2),
    log,
  });
  console.log(JSON.stringify(r, null, 2));
} finally {
  await db.close();
}
process.exit(0);
