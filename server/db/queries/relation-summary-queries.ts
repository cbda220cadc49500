// Read queries summarising an entity's relations: counts per type, and the claim roles behind relations.
import {
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type RelationType,
} from '../../../schema/ontology.js';
import type { Gateway } from '../gateway.js';
import { typedRel } from './relation-queries.js';

/** A relation type and how many relations of it an entity has. */
export interface TypeCountRecord {
  type: string;
  count: number;
}

/** Relations per type of many entities in one query (either direction, self-loops excluded). */
export async function relationTypeCountsOf(
  db: Gateway,
  ids: readonly string[],
): Promise<Map<string, TypeCountRecord[]>> {
  const res = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})-${typedRel(RELATION_TYPES)}-(o:Entity)
       WHERE o <> e
       WITH id, type(r) AS type, count(r) AS n
       RETURN id, type, n ORDER BY id, n DESC, type`,
      { ids: [...new Set(ids)] },
    ),
  );
  const out = new Map<string, TypeCountRecord[]>();
  for (const rec of res.records) {
    const id = rec.get('id') as string;
    const list = out.get(id) ?? [];
    list.push({ type: rec.get('type') as string, count: Number(rec.get('n')) });
    out.set(id, list);
  }
  return out;
}

/** A relation whose claims are wanted. */
export interface RelationKey {
  type: RelationType;
  sourceId: string;
  targetId: string;
}

/** The role, sentence and confidence of one non-rejected claim. */
export interface ClaimRoleRecord {
  role: string | null;
  sentence: string;
  confidence: number;
}

/** The non-rejected claims (role and sentence) of many relations in one query, keyed like `keys`. */
export async function claimRolesOfRelations(
  db: Gateway,
  keys: readonly RelationKey[],
): Promise<ClaimRoleRecord[][]> {
  const params = keys.map((k, i) => ({
    i,
    type: k.type,
    s: k.sourceId,
    t: k.targetId,
    symmetric: SYMMETRIC_RELATIONS.has(k.type),
  }));
  const res = await db.read((tx) =>
    tx.run(
      `UNWIND $keys AS k
       MATCH (s:Entity {id: k.s})<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(t:Entity {id: k.t})
       WHERE c.type = k.type AND NOT coalesce(c.rejected, false)
         AND (k.symmetric OR (c)-[:SUBJECT]->(s))
       RETURN k.i AS i, c.role AS role, coalesce(c.sentence, '') AS sentence,
         coalesce(c.confidence, 0.0) AS confidence`,
      { keys: params },
    ),
  );
  const out: ClaimRoleRecord[][] = keys.map(() => []);
  for (const rec of res.records)
    out[rec.get('i') as number]?.push({
      role: rec.get('role') as string | null,
      sentence: rec.get('sentence') as string,
      confidence: rec.get('confidence') as number,
    });
  return out;
}
