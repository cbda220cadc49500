// Maps discovered entities to entities already in the graph (via AliasKey), before writing.
import type { EntityType } from '../../../schema/ontology.js';
import type { DeltaEntity, GraphDelta } from '../../../schema/graph-delta.js';
import type { Tx } from '../gateway.js';
import { aliasKey, aliasKeys } from './alias-key.js';
import { compareIds } from './statement.js';

/** An entity found in the graph under one alias key. */
export interface ExistingCandidate {
  key: string;
  id: string;
  type: string;
  origin: string | null;
  mentionCount: number;
}

/** Types close enough that a discovered name may resolve across them. */
const COMPATIBLE: Partial<Record<EntityType, ReadonlySet<string>>> = {
  Company: new Set(['Company', 'Brand', 'Organization']),
  Brand: new Set(['Company', 'Brand']),
  Organization: new Set(['Company', 'Organization']),
};

function compatible(a: EntityType, b: string): boolean {
  return a === b || (COMPATIBLE[a]?.has(b) ?? false);
}

/**
 * PURE: picks, for each discovered entity whose id is not in the graph, the existing entity its
 * name (first) or one of its aliases folds to: same type first, then compatible type, then the
 * gazetteer entity, the most mentioned, the smallest id. Returns `oldId → newId`.
 */
export function chooseResolutions(
  entities: readonly DeltaEntity[],
  candidates: readonly ExistingCandidate[],
  existingIds: ReadonlySet<string>,
): Map<string, string> {
  const byKey = new Map<string, ExistingCandidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key) ?? [];
    list.push(c);
    byKey.set(c.key, list);
  }
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.origin !== 'discovered' || existingIds.has(e.id)) continue;
    const nameKey = aliasKey(e.name);
    const keys = [nameKey, ...aliasKeys(e.name, e.aliases).filter((k) => k !== nameKey)];
    for (const key of keys) {
      const found = (byKey.get(key) ?? []).filter(
        (c) => c.id !== e.id && compatible(e.type, c.type),
      );
      if (found.length === 0) continue;
      found.sort(
        (x, y) =>
          Number(y.type === e.type) - Number(x.type === e.type) ||
          Number(y.origin === 'gazetteer') - Number(x.origin === 'gazetteer') ||
          y.mentionCount - x.mentionCount ||
          compareIds(x.id, y.id),
      );
      out.set(e.id, found[0]!.id);
      break;
    }
  }
  return out;
}

/** PURE: rewrites entity ids (entities and claim endpoints) with `map`; duplicates stay for the planner to merge. */
export function applyResolutions(delta: GraphDelta, map: ReadonlyMap<string, string>): GraphDelta {
  if (map.size === 0) return delta;
  const to = (id: string) => map.get(id) ?? id;
  return {
    ...delta,
    entities: delta.entities.map((e) => (map.has(e.id) ? { ...e, id: to(e.id) } : e)),
    claims: delta.claims.map((c) => ({ ...c, source: to(c.source), target: to(c.target) })),
  };
}

const MERGED_CYPHER = `UNWIND $ids AS id
MATCH (m:MergeLog) WHERE id IN m.merged
WITH id, m ORDER BY m.at DESC
WITH id, collect(m.keep)[0] AS keep
RETURN id, keep`;

// The entities each of `$keys` (alias keys of discovered names) points at: one row `candidates`.
const CANDIDATES_SUBQUERY = `CALL () {
  UNWIND $keys AS key
  MATCH (:AliasKey {key: key})-[:ALIAS_OF]->(e:Entity)
  RETURN collect({key: key, id: e.id, type: e.type, origin: e.origin,
    mentionCount: coalesce(e.mentionCount, 0)}) AS candidates
}`;

const LOOKUP_CYPHER = `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH collect(e.id) AS existing
${CANDIDATES_SUBQUERY}
RETURN existing, candidates`;

/**
 * Resolves a delta against the graph inside `tx`: ids merged away by `mergeEntities` follow their
 * MergeLog to the kept entity; discovered entities not in the graph resolve through AliasKey
 * (one batched read). Gazetteer ids stay as they are.
 */
export async function resolveExisting(tx: Tx, delta: GraphDelta): Promise<GraphDelta> {
  const [out] = await resolveExistingMany(tx, [delta]);
  return out!;
}

/**
 * `resolveExisting` for several deltas with one set of reads; a discovered entity can also
 * resolve to an entity of an earlier delta of the list (as if they had been written in order).
 */
export async function resolveExistingMany(
  tx: Tx,
  deltas: readonly GraphDelta[],
): Promise<GraphDelta[]> {
  const allIds = [...new Set(deltas.flatMap((d) => d.entities.map((e) => e.id)))].sort();
  // 1. Follow merges (a merged id would otherwise be recreated by the next article).
  const redirect = new Map<string, string>();
  let pending = allIds;
  for (let hop = 0; hop < 5 && pending.length > 0; hop++) {
    const res = await tx.run(MERGED_CYPHER, { ids: pending });
    const next: string[] = [];
    for (const r of res.records) {
      const id = r.get('id') as string;
      const keep = r.get('keep') as string | null;
      if (!keep || keep === id) continue;
      for (const [from, to] of redirect) if (to === id) redirect.set(from, keep);
      if (!redirect.has(id)) redirect.set(id, keep);
      next.push(keep);
    }
    pending = next;
  }
  const redirected = deltas.map((d) => applyResolutions(d, redirect));

  // 2. Discovered names through AliasKey (one read for all deltas).
  const discovered = redirected.flatMap((d) => d.entities.filter((e) => e.origin === 'discovered'));
  if (discovered.length === 0) return redirected;
  const res = await tx.run(LOOKUP_CYPHER, lookupParams(discovered));
  const row = res.records[0];
  return resolveInOrder(
    redirected,
    (row?.get('existing') as string[] | undefined) ?? [],
    (row?.get('candidates') as ExistingCandidate[] | undefined) ?? [],
  );
}

function lookupParams(discovered: readonly DeltaEntity[]): { ids: string[]; keys: string[] } {
  return {
    ids: [...new Set(discovered.map((e) => e.id))].sort(),
    keys: [...new Set(discovered.flatMap((e) => aliasKeys(e.name, e.aliases)))].sort(),
  };
}

// In order: the graph's entities plus those of the earlier deltas.
function resolveInOrder(
  deltas: readonly GraphDelta[],
  existingIds: readonly string[],
  found: readonly ExistingCandidate[],
): GraphDelta[] {
  const candidates = found.map((c) => ({ ...c, mentionCount: Number(c.mentionCount) }));
  const seen = new Set(existingIds);
  const out: GraphDelta[] = [];
  for (const d of deltas) {
    const map = chooseResolutions(d.entities, candidates, seen);
    const resolved = applyResolutions(d, map);
    for (const e of resolved.entities) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      for (const key of aliasKeys(e.name, e.aliases)) {
        candidates.push({ key, id: e.id, type: e.type, origin: e.origin, mentionCount: 0 });
      }
    }
    out.push(resolved);
  }
  return out;
}

/**
 * The writer's one read: the articles already present, whether any id was merged away, and the
 * AliasKey candidates of the discovered names.
 */
export const WRITE_LOOKUP_CYPHER = `CYPHER replan=skip
CALL () {
  UNWIND $articleIds AS id
  MATCH (a:Article {id: id})
  RETURN collect(a.id) AS articles
}
CALL () {
  MATCH (m:MergeLog) WHERE any(x IN m.merged WHERE x IN $allIds)
  RETURN count(m) AS merges
}
CALL () {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN collect(e.id) AS existing
}
${CANDIDATES_SUBQUERY}
RETURN articles, merges, existing, candidates`;

/**
 * What a writer reads before writing `deltas`, in one statement when no id was merged away (the
 * usual case; otherwise as `resolveExistingMany`): the resolved deltas and the ids of the
 * articles already in the graph.
 */
export async function resolveForWrite(
  tx: Tx,
  deltas: readonly GraphDelta[],
): Promise<{ deltas: GraphDelta[]; existingArticles: Set<string> }> {
  const discovered = deltas.flatMap((d) => d.entities.filter((e) => e.origin === 'discovered'));
  const res = await tx.run(WRITE_LOOKUP_CYPHER, {
    articleIds: [...new Set(deltas.map((d) => d.article.id))],
    allIds: [...new Set(deltas.flatMap((d) => d.entities.map((e) => e.id)))],
    ...lookupParams(discovered),
  });
  const row = res.records[0];
  const existingArticles = new Set((row?.get('articles') as string[] | undefined) ?? []);
  if (Number(row?.get('merges') ?? 0) > 0) {
    return { deltas: await resolveExistingMany(tx, deltas), existingArticles };
  }
  return {
    deltas: resolveInOrder(
      deltas,
      (row?.get('existing') as string[] | undefined) ?? [],
      (row?.get('candidates') as ExistingCandidate[] | undefined) ?? [],
    ),
    existingArticles,
  };
}
