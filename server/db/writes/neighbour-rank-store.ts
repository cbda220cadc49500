// Keeps the stored ranked neighbour lists of hubs (NeighbourRank nodes) in step with every write.
import { RELATION_TYPES } from '../../../schema/ontology.js';
import type { Tx } from '../gateway.js';
import {
  HUB_MIN_DEGREE,
  NULL_BEST,
  RANK_KEEP,
  cutRanking,
  fromStored,
  mergeRanking,
  toStored,
  type RankEntry,
} from './neighbour-rank.js';

// Every ontology type: a hub's rank is over all its typed relationships (the unfiltered view).
const TYPES = RELATION_TYPES.join('|');

// The typed degree of `e` (Neo4j answers a bare COUNT of a typed pattern from the node's degree).
const degree = (e: string) => `COUNT { (${e})-[:${TYPES}]-() }`;

const STATUS_CYPHER = `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (k:NeighbourRank {entityId: id})
RETURN id, e IS NOT NULL AS exists, CASE WHEN e IS NULL THEN 0 ELSE ${degree('e')} END AS degree,
  k IS NOT NULL AS ranked, k.ids AS ids, k.weights AS weights, k.best AS best`;

// The top $k neighbours of each hub and those tied with the $k-th, by (weight, best): the same
// weight and best as the neighbourhood hop (subgraph-queries.ts).
const BUILD_CYPHER = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${TYPES}]-(n) WHERE n <> e
  WITH n, sum(coalesce(r.claims, 1)) AS w, coalesce(max(r.confidence), ${NULL_BEST}.0) AS b
  ORDER BY w DESC, b DESC
  WITH collect({n: n, w: w, b: b}) AS rows
  WITH rows, rows[toInteger($k) - 1] AS kth
  RETURN [x IN rows WHERE kth IS NULL OR x.w > kth.w OR (x.w = kth.w AND x.b >= kth.b) |
    {id: x.n.id, w: x.w, b: x.b}] AS entries
}
RETURN id, entries`;

// The weight and best of each pair (both ends bound: Neo4j expands into from one side).
const PAIRS_CYPHER = `UNWIND $pairs AS p
MATCH (a:Entity {id: p.a})
MATCH (b:Entity {id: p.b})
MATCH (a)-[r:${TYPES}]-(b)
RETURN p.a AS a, p.b AS b, sum(coalesce(r.claims, 1)) AS w,
  coalesce(max(r.confidence), ${NULL_BEST}.0) AS best`;

const WRITE_CYPHER = `UNWIND $rows AS x
MERGE (k:NeighbourRank {entityId: x.id})
SET k.ids = x.ids, k.weights = [w IN x.weights | toInteger(w)], k.best = [b IN x.best | toFloat(b)]`;

const DELETE_CYPHER = `UNWIND $ids AS id
MATCH (k:NeighbourRank {entityId: id})
DELETE k`;

interface Status {
  id: string;
  degree: number;
  ranked: boolean;
  list: RankEntry[];
}

async function status(tx: Tx, ids: readonly string[]): Promise<Status[]> {
  const res = await tx.run(STATUS_CYPHER, { ids: [...new Set(ids)].sort() });
  return res.records.map((r) => ({
    id: r.get('id') as string,
    degree: Number(r.get('degree')),
    ranked: r.get('ranked') as boolean,
    list: fromStored({
      ids: (r.get('ids') as string[] | null) ?? [],
      weights: (r.get('weights') as number[] | null) ?? [],
      best: (r.get('best') as number[] | null) ?? [],
    }),
  }));
}

async function writeLists(tx: Tx, lists: Map<string, RankEntry[]>): Promise<void> {
  if (lists.size === 0) return;
  const rows = [...lists].map(([id, list]) => ({ id, ...toStored(list) }));
  await tx.run(WRITE_CYPHER, { rows });
}

async function build(tx: Tx, ids: readonly string[]): Promise<Map<string, RankEntry[]>> {
  const out = new Map<string, RankEntry[]>();
  if (ids.length === 0) return out;
  const res = await tx.run(BUILD_CYPHER, { ids: [...ids].sort(), k: RANK_KEEP });
  for (const r of res.records) {
    out.set(r.get('id') as string, cutRanking(r.get('entries') as RankEntry[], RANK_KEEP));
  }
  return out;
}

/**
 * Recomputes the stored lists of `ids` from their relationships (after a curation or a
 * restore): built for each hub, removed for an entity that is no longer one or no longer exists.
 */
export async function refreshNeighbourRanks(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await status(tx, ids);
  const hubs = found.filter((s) => s.degree >= HUB_MIN_DEGREE).map((s) => s.id);
  const gone = found.filter((s) => s.degree < HUB_MIN_DEGREE && s.ranked).map((s) => s.id);
  await writeLists(tx, await build(tx, hubs));
  if (gone.length > 0) await tx.run(DELETE_CYPHER, { ids: gone });
}

/** The two ends of a typed relationship written by an ingest. */
export interface WrittenPair {
  subjectId: string;
  objectId: string;
}

/**
 * Brings the stored lists up to date after an ingest wrote `pairs` (claims only added, so weights
 * and best confidences only grow): a hub's list takes the new values of its pairs (read between
 * the two bound ends, never the hub's other relationships) and is cut again; an entity that just
 * became a hub gets its list built. Costs one statement when no hub is touched.
 */
export async function updateNeighbourRanksAfterIngest(
  tx: Tx,
  pairs: readonly WrittenPair[],
): Promise<void> {
  const real = pairs.filter((p) => p.subjectId !== p.objectId);
  if (real.length === 0) return;
  const found = await status(
    tx,
    real.flatMap((p) => [p.subjectId, p.objectId]),
  );
  const ranked = new Map(found.filter((s) => s.ranked).map((s) => [s.id, s.list]));
  const newHubs = found.filter((s) => !s.ranked && s.degree >= HUB_MIN_DEGREE).map((s) => s.id);
  const lists = await build(tx, newHubs);
  const touched = new Map<string, { a: string; b: string }>();
  for (const p of real) {
    if (!ranked.has(p.subjectId) && !ranked.has(p.objectId)) continue;
    const [a, b] = p.subjectId < p.objectId ? [p.subjectId, p.objectId] : [p.objectId, p.subjectId];
    touched.set(`${a}\u0000${b}`, { a, b });
  }
  if (touched.size > 0) {
    const res = await tx.run(PAIRS_CYPHER, { pairs: [...touched.values()] });
    const updates = new Map<string, RankEntry[]>();
    const add = (hub: string, entry: RankEntry) => {
      if (!ranked.has(hub)) return;
      const list = updates.get(hub) ?? [];
      list.push(entry);
      updates.set(hub, list);
    };
    for (const r of res.records) {
      const a = r.get('a') as string;
      const b = r.get('b') as string;
      const w = Number(r.get('w'));
      const best = Number(r.get('best'));
      add(a, { id: b, w, b: best });
      add(b, { id: a, w, b: best });
    }
    for (const [hub, list] of updates) {
      lists.set(hub, mergeRanking(ranked.get(hub) ?? [], list, RANK_KEEP));
    }
  }
  await writeLists(tx, lists);
}

/**
 * Builds the lists of every hub from scratch (after a restore, or for a graph written without
 * them): drops all stored lists first.
 */
export async function rebuildAllNeighbourRanks(tx: Tx): Promise<number> {
  await tx.run('MATCH (k:NeighbourRank) DELETE k');
  const res = await tx.run(
    `MATCH (e:Entity) WHERE ${degree('e')} >= $min RETURN collect(e.id) AS ids`,
    { min: HUB_MIN_DEGREE },
  );
  const ids = (res.records[0]?.get('ids') as string[] | undefined) ?? [];
  await writeLists(tx, await build(tx, ids));
  return ids.length;
}
