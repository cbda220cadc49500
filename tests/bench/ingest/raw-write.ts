// The limit: the same nodes and relationships as the pipeline, written by raw batched UNWIND ... MERGE.
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/ontology.js';
import type { GraphDelta } from '../../../schema/graph-delta.js';
import { rawPlan } from './raw-plan.js';

const BATCH = 2000;

async function batched(
  driver: Driver,
  cypher: string,
  rows: readonly unknown[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  const t = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    await driver.executeQuery(cypher, { rows: rows.slice(i, i + BATCH), ...extra });
  }
  if (process.env.KG_BENCH_DEBUG)
    console.log(
      `${Math.round(performance.now() - t)} ms ${rows.length} rows: ${cypher.slice(0, 60)}`,
    );
}

/** Writes `deltas` with one UNWIND statement per kind and batch; returns the write time in ms. */
export async function rawWrite(driver: Driver, deltas: readonly GraphDelta[]): Promise<number> {
  const started = performance.now();
  const plan = rawPlan(deltas, new Date().toISOString());
  await batched(driver, 'UNWIND $rows AS a MERGE (x:Article {id: a.id}) SET x += a', plan.articles);
  for (const label of ENTITY_TYPES) {
    const rows = plan.entities.get(label);
    if (!rows) continue;
    // The label comes from the ontology whitelist, never from data.
    await batched(
      driver,
      `UNWIND $rows AS e MERGE (n:Entity {id: e.id}) SET n:${label}, n += e`,
      rows,
    );
  }
  await batched(
    driver,
    `UNWIND $rows AS x MATCH (n:Entity {id: x.entityId})
     MERGE (k:AliasKey {key: x.key}) MERGE (k)-[:ALIAS_OF]->(n)`,
    plan.aliases,
  );
  await batched(
    driver,
    `UNWIND $rows AS m MATCH (a:Article {id: m.articleId}) MATCH (n:Entity {id: m.entityId})
     MERGE (a)-[r:MENTIONS]->(n) SET r.count = m.count`,
    plan.mentions,
  );
  await batched(
    driver,
    `UNWIND $rows AS c MATCH (a:Article {id: c.articleId})
     MATCH (s:Entity {id: c.subjectId}) MATCH (o:Entity {id: c.objectId})
     MERGE (cl:Claim {id: c.id}) SET cl += c, cl.rejected = false
     MERGE (a)-[:STATES]->(cl) MERGE (cl)-[:SUBJECT]->(s) MERGE (cl)-[:OBJECT]->(o)`,
    plan.claims,
  );
  for (const type of RELATION_TYPES) {
    const rows = plan.relations.get(type);
    if (!rows) continue;
    await batched(
      driver,
      `UNWIND $rows AS r MATCH (s:Entity {id: r.s}) MATCH (o:Entity {id: r.o})
       MERGE (s)-[x:${type}]->(o) SET x += r.props`,
      rows,
    );
  }
  return performance.now() - started;
}
