// Recomputes typed relationships and entity aggregates from the claims and mentions behind them.
import {
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  isRelationType,
  type RelationType,
} from '../../../schema/ontology.js';
import type { Tx } from '../gateway.js';
import { compareIds as cmp, type CypherStatement } from './statement.js';
import { refreshNeighbourRanks } from './neighbour-rank-store.js';

/** Identifies one typed relationship: the type and its two endpoint entity ids. */
export interface RelationKey {
  type: RelationType;
  subjectId: string;
  objectId: string;
}

/** The relationship type checked against the ontology whitelist (never user text in Cypher). */
export function checkedRelationType(type: string): RelationType {
  if (!isRelationType(type))
    throw new Error(`not an ontology relation type: ${JSON.stringify(type)}`);
  // Return the whitelist's own string, never the input.
  return RELATION_TYPES[RELATION_TYPES.indexOf(type)]!;
}

/** Orients a key: symmetric types go from the smaller id to the larger. */
export function orientKey(key: RelationKey): RelationKey {
  if (SYMMETRIC_RELATIONS.has(key.type) && key.objectId < key.subjectId) {
    return { type: key.type, subjectId: key.objectId, objectId: key.subjectId };
  }
  return key;
}

/**
 * Groups keys by type (whitelisted), oriented, deduplicated and sorted; self-loops are kept
 * (their relationship is always deleted) so that merging can clean them up.
 */
export function groupRelationKeys(
  keys: readonly RelationKey[],
): Map<RelationType, { subjectId: string; objectId: string }[]> {
  const byType = new Map<RelationType, Map<string, { subjectId: string; objectId: string }>>();
  for (const raw of keys) {
    const type = checkedRelationType(raw.type);
    const k = orientKey({ ...raw, type });
    let m = byType.get(type);
    if (!m) byType.set(type, (m = new Map<string, { subjectId: string; objectId: string }>()));
    m.set(`${k.subjectId}\u0000${k.objectId}`, { subjectId: k.subjectId, objectId: k.objectId });
  }
  const out = new Map<RelationType, { subjectId: string; objectId: string }[]>();
  for (const type of RELATION_TYPES) {
    const m = byType.get(type);
    if (!m) continue;
    out.set(
      type,
      [...m.values()].sort((a, b) =>
        a.subjectId === b.subjectId ? cmp(a.objectId, b.objectId) : cmp(a.subjectId, b.subjectId),
      ),
    );
  }
  return out;
}

/**
 * The non-rejected claims of one key `k` (`{subjectId, objectId}`), found through the composite
 * index on `Claim(type, subjectId, objectId)`; symmetric types look up both orientations.
 */
function claimsOfKey(type: RelationType): string {
  const one =
    'MATCH (c:Claim {type: $type, subjectId: k.subjectId, objectId: k.objectId}) RETURN c';
  if (!SYMMETRIC_RELATIONS.has(type)) return one;
  return `${one}
    UNION ALL
    MATCH (c:Claim {type: $type, subjectId: k.objectId, objectId: k.subjectId}) RETURN c`;
}

/**
 * Cypher recomputing the typed relationships of one type for `$keys` ([{subjectId, objectId}]):
 * MERGE and set the aggregate of the non-rejected claims, or delete it when none is left.
 * Both endpoints are write-locked before the claims are read, so concurrent writers serialise.
 * Returns one row `{kept, removed}`.
 */
export function recomputeRelationsCypher(type: RelationType): string {
  const t = checkedRelationType(type);
  const lookup = claimsOfKey(t);
  return `UNWIND $keys AS k
MATCH (s:Entity {id: k.subjectId})
MATCH (o:Entity {id: k.objectId})
SET s.__lock = true, o.__lock = true
REMOVE s.__lock, o.__lock
WITH k, s, o
CALL (k) {
  CALL (k) {
    ${lookup}
  }
  WITH c WHERE NOT coalesce(c.rejected, false)
  RETURN count(c) AS claims, count(DISTINCT c.articleId) AS articles,
    max(c.confidence) AS confidence, min(c.publishedAt) AS firstSeen, max(c.publishedAt) AS lastSeen
}
CALL (k) {
  CALL (k) {
    ${lookup}
  }
  WITH c WHERE NOT coalesce(c.rejected, false) AND c.role IS NOT NULL
  WITH c.role AS role, count(c) AS n
  ORDER BY n DESC, role
  RETURN collect(role)[0] AS role
}
WITH s, o, CASE WHEN s = o THEN 0 ELSE claims END AS claims, articles, confidence, firstSeen, lastSeen, role
FOREACH (_ IN CASE WHEN claims > 0 THEN [1] ELSE [] END |
  MERGE (s)-[r:${t}]->(o)
  SET r.claims = claims, r.articles = articles, r.confidence = confidence,
    r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.role = role, r.updatedAt = $now)
WITH s, o, claims
OPTIONAL MATCH (s)-[old:${t}]->(o)
WHERE claims = 0
DELETE old
RETURN sum(CASE WHEN claims > 0 THEN 1 ELSE 0 END) AS kept, count(old) AS removed`;
}

/**
 * Cypher (the body of a unit subquery) adding the claims of new articles to their typed
 * relationships, without reading the older claims (constant cost as the graph grows). `rows`
 * names a parameter: [{type, subjectId, objectId, symmetric, claims, articles, confidence,
 * firstSeen, lastSeen, hasRole}], aggregated per key over the new claims only; `type` must be
 * checked against the ontology by the caller (it becomes the dynamic relationship type). Only
 * valid for claims that were just created (never rejected). The role (most frequent) is
 * recomputed through the claim index only for keys whose new claims carry a role. The endpoints
 * must be write-locked by the caller (the writer's entity block does it).
 */
export function addClaimsBlock(rows: `$${string}`): string {
  // One UNION branch per type with a literal (whitelisted) type: a MERGE on a dynamic type is
  // planned as a scan of all relationships when the statistics are small (bench PROFILE).
  const merges = RELATION_TYPES.map(
    (t) => `WITH s, o, k WHERE k.type = '${t}'
      MERGE (s)-[r:${t}]->(o) RETURN r`,
  ).join('\n      UNION ALL\n      ');
  return `UNWIND ${rows} AS k
  MATCH (s:Entity {id: k.subjectId})
  MATCH (o:Entity {id: k.objectId})
  CALL (s, o, k) {
      ${merges}
  }
  SET r.updatedAt = $now,
    r.claims = coalesce(r.claims, 0) + k.claims,
    r.articles = coalesce(r.articles, 0) + k.articles,
    r.confidence = CASE WHEN r.confidence IS NULL OR k.confidence > r.confidence
      THEN k.confidence ELSE r.confidence END,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR (k.firstSeen IS NOT NULL AND k.firstSeen < r.firstSeen)
      THEN k.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR (k.lastSeen IS NOT NULL AND k.lastSeen > r.lastSeen)
      THEN k.lastSeen ELSE r.lastSeen END
  WITH k, r WHERE k.hasRole
  CALL (k) {
    CALL (k) {
      MATCH (c:Claim {type: k.type, subjectId: k.subjectId, objectId: k.objectId})
      USING INDEX c:Claim(type, subjectId, objectId)
      RETURN c
      UNION ALL
      MATCH (c:Claim {type: k.type, subjectId: k.objectId, objectId: k.subjectId})
      USING INDEX c:Claim(type, subjectId, objectId)
      WHERE k.symmetric
      RETURN c
    }
    WITH c WHERE NOT coalesce(c.rejected, false) AND c.role IS NOT NULL
    WITH c.role AS role, count(c) AS n
    ORDER BY n DESC, role
    RETURN collect(role)[0] AS role
  }
  SET r.role = role`;
}

/** One statement per relation type present in `keys`. */
export function recomputeRelationStatements(
  keys: readonly RelationKey[],
  now: string,
): CypherStatement[] {
  const out: CypherStatement[] = [];
  for (const [type, list] of groupRelationKeys(keys)) {
    out.push({
      name: `relations:${type}`,
      cypher: recomputeRelationsCypher(type),
      params: { type, keys: list, now },
    });
  }
  return out;
}

/** Cypher recomputing mentionCount, articleCount, firstSeen and lastSeen for `$ids`. */
export const RECOMPUTE_ENTITIES_CYPHER = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.__lock = true
REMOVE e.__lock
WITH e
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN sum(coalesce(m.count, 0)) AS mentionCount, count(a) AS articleCount,
    min(left(a.publishedAt, 10)) AS firstSeen, max(left(a.publishedAt, 10)) AS lastSeen
}
SET e.mentionCount = mentionCount, e.articleCount = articleCount,
  e.firstSeen = firstSeen, e.lastSeen = lastSeen
RETURN count(e) AS updated`;

/** The entity-aggregate statement for a list of ids (deduplicated, sorted). */
export function recomputeEntityStatement(ids: readonly string[]): CypherStatement {
  return {
    name: 'entity-aggregates',
    cypher: RECOMPUTE_ENTITIES_CYPHER,
    params: { ids: [...new Set(ids)].sort() },
  };
}

/** Recomputed relationship counts: still present (created or updated) and removed. */
export interface RelationRecompute {
  kept: number;
  removed: number;
}

/**
 * Recomputes the typed relationships for `keys` inside `tx`, then the stored ranked neighbour
 * lists of their ends (see neighbour-rank-store.ts).
 */
export async function recomputeRelations(
  tx: Tx,
  keys: readonly RelationKey[],
  now = new Date().toISOString(),
): Promise<RelationRecompute> {
  let kept = 0;
  let removed = 0;
  for (const st of recomputeRelationStatements(keys, now)) {
    const res = await tx.run(st.cypher, st.params);
    const row = res.records[0];
    kept += Number(row?.get('kept') ?? 0);
    removed += Number(row?.get('removed') ?? 0);
  }
  await refreshNeighbourRanks(
    tx,
    keys.flatMap((k) => [k.subjectId, k.objectId]),
  );
  return { kept, removed };
}

/** Recomputes the aggregates of the entities `ids` inside `tx`. */
export async function recomputeEntities(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const st = recomputeEntityStatement(ids);
  const res = await tx.run(st.cypher, st.params);
  return Number(res.records[0]?.get('updated') ?? 0);
}
