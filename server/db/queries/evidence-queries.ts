// Read queries for the claims behind relations (batched) and their articles.
import { SYMMETRIC_RELATIONS, type RelationType } from '../../../schema/ontology.js';
import { claimProjection, type ClaimRecord } from './models.js';
import type { Gateway } from '../gateway.js';

/** The relation whose evidence is wanted and how many claims to return. */
export interface EvidenceKey {
  type: RelationType;
  sourceId: string;
  targetId: string;
  first: number;
}

/** Non-rejected claims of many relations in one query, most confident first, keyed like `keys`. */
export async function evidenceOfRelations(
  db: Gateway,
  keys: readonly EvidenceKey[],
): Promise<ClaimRecord[][]> {
  const params = keys.map((k, i) => ({
    i,
    type: k.type,
    s: k.sourceId,
    t: k.targetId,
    symmetric: SYMMETRIC_RELATIONS.has(k.type),
    first: k.first,
  }));
  const res = await db.read((tx) =>
    tx.run(
      `UNWIND $keys AS k
       CALL (k) {
         MATCH (:Entity {id: k.s})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(:Entity {id: k.t})
         WHERE c.type = k.type AND NOT coalesce(c.rejected, false)
         RETURN c
         UNION
         MATCH (:Entity {id: k.t})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(:Entity {id: k.s})
         WHERE k.symmetric AND c.type = k.type AND NOT coalesce(c.rejected, false)
         RETURN c
       }
       WITH k, c ORDER BY c.confidence DESC, c.id
       WITH k, collect(c)[..k.first] AS cs
       UNWIND cs AS c
       MATCH (a:Article)-[:STATES]->(c)
       RETURN k.i AS i, ${claimProjection('c', 'a')} AS c`,
      { keys: params },
    ),
  );
  const out: ClaimRecord[][] = keys.map(() => []);
  for (const rec of res.records) out[rec.get('i') as number]?.push(rec.get('c') as ClaimRecord);
  for (const list of out)
    list.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  return out;
}

/** Loads claims by id in one query (rejected ones included); null where missing. */
export async function claimsByIds(
  db: Gateway,
  ids: readonly string[],
): Promise<(ClaimRecord | null)[]> {
  const res = await db.read((tx) =>
    tx.run(
      `MATCH (a:Article)-[:STATES]->(c:Claim) WHERE c.id IN $ids
       RETURN ${claimProjection('c', 'a')} AS c`,
      { ids: [...new Set(ids)] },
    ),
  );
  const byId = new Map(
    res.records.map((r) => [(r.get('c') as ClaimRecord).id, r.get('c') as ClaimRecord]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}
