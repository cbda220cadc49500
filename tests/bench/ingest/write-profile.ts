// Profiles the ingest write of one bulk batch: resolve read, then the one write statement, per operator.
// Run: KG_BENCH_BOLT_PORT=7760 node --import tsx tests/bench/ingest/write-profile.ts
import { createGateway } from '../../../server/db/gateway.js';
import { storeDeltas } from '../../../server/db/writes/store-deltas.js';
import { resolveForWrite } from '../../../server/db/writes/resolve-existing.js';
import { normalizeDelta, planWrite } from '../../../server/db/writes/write-plan.js';
import { corpusDeltas } from '../extraction/corpus-deltas.js';
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { generateCorpus } from '../synthetic/generate-corpus.js';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const SEED = 20250730;
const BEFORE = Number(process.env.KG_PROFILE_BEFORE ?? 200);
const BATCH = Number(process.env.KG_PROFILE_BATCH ?? 100);
const db = await startBenchNeo4j(console.log);
try {
  const deltas = corpusDeltas(generateCorpus(BEFORE + BATCH, { seed: SEED }), SEED, console.log);
  let t = performance.now();
  await storeDeltas(createGateway(db.driver), deltas.slice(0, BEFORE), { batchSize: BATCH });
  console.log(`preload ${BEFORE} articles: ${Math.round(performance.now() - t)} ms`);
  const session = db.driver.session();
  try {
    await session.executeWrite(async (tx) => {
      t = performance.now();
      const resolved = await resolveForWrite(tx, deltas.slice(BEFORE));
      console.log(`resolve: ${Math.round(performance.now() - t)} ms`);
      const st = planWrite(resolved.deltas.map(normalizeDelta), new Date().toISOString());
      t = performance.now();
      const res = await tx.run(`PROFILE ${st.cypher}`, st.params);
      console.log(`write (PROFILE): ${Math.round(performance.now() - t)} ms`);
      let total = 0;
      const walk = (p: PlanNode, depth: number) => {
        total += p.dbHits;
        const details = (
          typeof p.arguments.Details === 'string' ? p.arguments.Details : ''
        ).replace(/\s+/g, ' ');
        console.log(
          `${'  '.repeat(depth)}${p.operatorType.replace(/@.*/, '')} rows=${p.rows} hits=${p.dbHits} ${details.slice(0, 90)}`,
        );
        p.children.forEach((c) => walk(c, depth + 1));
      };
      walk(res.summary.profile as unknown as PlanNode, 0);
      console.log(`total db hits: ${total}`);
    });
  } finally {
    await session.close();
  }
} finally {
  await db.close();
}
