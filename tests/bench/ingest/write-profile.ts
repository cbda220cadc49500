// Profiles one bulk batch of the ingest write plan: time and PROFILE db hits per statement.
// Run: KG_BENCH_BOLT_PORT=7760 node --import tsx tests/bench/ingest/write-profile.ts
import { ingestDeltas } from '../../../server/ingest/ingest-service.js';
import { resolveExistingMany } from '../../../server/ingest/resolve-existing.js';
import { normalizeDelta, planArticles, planContent } from '../../../server/ingest/write-plan.js';
import { corpusDeltas } from '../extraction/corpus-deltas.js';
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { generateCorpus } from '../synthetic/generate-corpus.js';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

const SEED = 20250730;
const BEFORE = Number(process.env.KG_PROFILE_BEFORE ?? 200);
const BATCH = 50;
const db = await startBenchNeo4j(console.log);
try {
  const deltas = corpusDeltas(generateCorpus(BEFORE + BATCH, { seed: SEED }), SEED, console.log);
  let t = performance.now();
  await ingestDeltas(db.driver, deltas.slice(0, BEFORE), { batchSize: BATCH });
  console.log(`preload ${BEFORE} articles: ${Math.round(performance.now() - t)} ms`);
  const batch = deltas.slice(BEFORE);
  const session = db.driver.session();
  try {
    await session.executeWrite(async (tx) => {
      t = performance.now();
      const resolved = (await resolveExistingMany(tx, batch)).map(normalizeDelta);
      console.log(`resolve: ${Math.round(performance.now() - t)} ms`);
      const now = new Date().toISOString();
      for (const st of [planArticles(resolved, now), ...planContent(resolved, now)]) {
        t = performance.now();
        const res = await tx.run(`PROFILE ${st.cypher}`, st.params);
        const ms = performance.now() - t;
        const nodes: PlanNode[] = [];
        const walk = (p: PlanNode) => {
          nodes.push(p);
          p.children.forEach(walk);
        };
        walk(res.summary.profile as unknown as PlanNode);
        const top = [...nodes].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3);
        console.log(
          `${st.name}: ${Math.round(ms)} ms, ${nodes.reduce((s, n) => s + n.dbHits, 0)} db hits; top ${top.map((n) => `${n.operatorType.replace(/@.*/, '')}:${n.dbHits}`).join(' ')}`,
        );
      }
    });
  } finally {
    await session.close();
  }
} finally {
  await db.close();
}
