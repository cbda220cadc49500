// Read queries for graph-wide counts (the `stats` operation).
import { RELATION_TYPES } from '../../schema/ontology.js';
import type { Gateway } from './gateway.js';

/** Counts shown in the header and returned by `stats`. */
export interface GraphStats {
  entities: number;
  relations: number;
  articles: number;
  claims: number;
  entitiesByType: { type: string; count: number }[];
  relationsByType: { type: string; count: number }[];
}

/** Reads the counts with one read transaction (routes to a secondary in a cluster). */
export async function readStats(gateway: Gateway): Promise<GraphStats> {
  return gateway.read(async (tx) => {
    const byType = await tx.run(
      'MATCH (e:Entity) RETURN e.type AS type, count(*) AS count ORDER BY count DESC, type',
    );
    const relTypes = await tx.run(
      `UNWIND $types AS t
         CALL (t) { MATCH ()-[r]->() WHERE type(r) = t RETURN count(r) AS count }
         RETURN t AS type, count ORDER BY count DESC, type`,
      { types: RELATION_TYPES },
    );
    const totals = await tx.run(
      `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
         CALL () { MATCH (c:Claim) WHERE NOT coalesce(c.rejected, false) RETURN count(c) AS claims }
         RETURN articles, claims`,
    );
    const entitiesByType = byType.records.map((r) => ({
      type: r.get('type') as string,
      count: r.get('count') as number,
    }));
    const relationsByType = relTypes.records
      .map((r) => ({ type: r.get('type') as string, count: r.get('count') as number }))
      .filter((r) => r.count > 0);
    const t = totals.records[0];
    return {
      entities: entitiesByType.reduce((s, x) => s + x.count, 0),
      relations: relationsByType.reduce((s, x) => s + x.count, 0),
      articles: (t?.get('articles') as number | undefined) ?? 0,
      claims: (t?.get('claims') as number | undefined) ?? 0,
      entitiesByType,
      relationsByType,
    };
  });
}

/** True when the graph holds at least one Article (the seed loader fills an empty graph only). */
export async function hasArticles(gateway: Gateway): Promise<boolean> {
  const res = await gateway.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) > 0 AS any'));
  return res.records[0]?.get('any') === true;
}
