// A comparable summary of the whole graph: counts plus every typed relationship's aggregates.
import type { Driver } from 'neo4j-driver';
import { graphCounts } from './db.js';

/** What two runs must agree on to have produced "the same final graph". */
export interface GraphFingerprint {
  counts: Record<string, number>;
  relations: string[];
  entities: string[];
}

/** Reads the fingerprint (small graphs only: it lists every entity and relationship). */
export async function graphFingerprint(driver: Driver): Promise<GraphFingerprint> {
  const rels = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN type(r) + ' ' + a.id + ' ' + b.id + ' claims=' + r.claims + ' articles=' + r.articles AS k
     ORDER BY k`,
  );
  const ents = await driver.executeQuery(
    `MATCH (e:Entity)
     RETURN e.id + ' mentions=' + e.mentionCount + ' articles=' + e.articleCount AS k ORDER BY k`,
  );
  return {
    counts: await graphCounts(driver),
    relations: rels.records.map((r) => r.get('k') as string),
    entities: ents.records.map((r) => r.get('k') as string),
  };
}
