// Before/after of the neighbourhood and relations query shapes on one graph: PROFILE db hits and latency.
// Run: KG_BENCH_BOLT_PORT=7760 node --import tsx tests/bench/query/shape-compare.ts
import { RELATION_TYPES } from '../../../schema/ontology.js';
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { profileStatement } from '../lib/plan-summary.js';
import { median, round } from '../lib/stats.js';
import { buildQueryGraph } from './build-query-graph.js';

const FILTER = `type(r) IN $types AND coalesce(r.confidence, 0.0) >= 0.0`;
const T = RELATION_TYPES.join('|');
const SHAPES: Record<string, { before: string; after: string }> = {
  'neighbourhood hop': {
    before: `MATCH (f:Entity)-[r]-(n:Entity) WHERE f.id IN $frontier AND NOT n.id IN $visited AND ${FILTER}
      WITH n, sum(coalesce(r.claims, 1)) AS weight RETURN n.id ORDER BY weight DESC LIMIT 201`,
    after: `MATCH (f:Entity) WHERE f.id IN $frontier WITH f MATCH (f)-[r:${T}]-(n:Entity)
      WHERE NOT n.id IN $visited AND ${FILTER}
      WITH n, sum(coalesce(r.claims, 1)) AS weight RETURN n.id ORDER BY weight DESC LIMIT 201`,
  },
  'entity relations': {
    before: `UNWIND $frontier AS id MATCH (e:Entity {id: id}) CALL (e) { MATCH (e)-[r]-(o:Entity) WHERE ${FILTER}
      RETURN r, o ORDER BY r.confidence DESC LIMIT 200 } RETURN count(r)`,
    after: `UNWIND $frontier AS id MATCH (e:Entity {id: id}) CALL (e) { MATCH (e)-[r:${T}]-(o:Entity) WHERE ${FILTER}
      RETURN r, o ORDER BY r.confidence DESC LIMIT 200 } RETURN count(r)`,
  },
};

const db = await startBenchNeo4j(console.log);
try {
  const g = await buildQueryGraph(db.driver, {
    entities: 20000,
    relations: 100000,
    articles: 4000,
    mentionsPerArticle: 10,
  });
  console.log(`graph: ${g.entities} entities, ${g.relations} relations, ${g.mentions} mentions`);
  const frontiers = { one: [g.hubs[0]!], wide: [...g.hubs, ...g.ordinary].slice(0, 60) };
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [fname, frontier] of Object.entries(frontiers)) {
      const params = { frontier, visited: frontier, types: [...RELATION_TYPES] };
      for (const which of ['before', 'after'] as const) {
        const cypher = shape[which];
        const plan = await profileStatement(db.driver, { cypher, params });
        const ms: number[] = [];
        for (let i = 0; i < 15; i++) {
          const t = performance.now();
          await db.driver.executeQuery(cypher, params);
          ms.push(performance.now() - t);
        }
        console.log(
          `${name} (${fname} frontier) ${which}: dbHits ${plan.dbHits}, median ${round(median(ms))} ms, scans ${plan.labelScans.join(',') || 'none'}`,
        );
      }
    }
  }
} finally {
  await db.close();
}
