// PURE: the stored ranked neighbour list of a hub entity: its order, its cut, its incremental merge.

/**
 * An entity with at least this many typed relationships (a hub) has its ranked neighbour list
 * stored; smaller entities are ranked by the live query, which is cheap for them.
 */
export const HUB_MIN_DEGREE = 200;

/**
 * How many neighbours a stored list keeps (plus every neighbour tied with the last one): the
 * largest neighbourhood `limit` it can answer. Equal to the default `KG_MAX_PAGE_SIZE`; a larger
 * limit falls back to the live query.
 */
export const RANK_KEEP = 1000;

/**
 * The stored `best` of a pair whose relationships have no confidence: Neo4j sorts null first in a
 * descending order, and a confidence is at most 1, so 2 sorts where the live query's null does.
 */
export const NULL_BEST = 2;

/** One neighbour of a hub: its id, weight (sum of claims) and best confidence. */
export interface RankEntry {
  id: string;
  w: number;
  b: number;
}

/** The order of a stored list: weight, then best confidence (both descending), then id. */
export function compareRank(x: RankEntry, y: RankEntry): number {
  return y.w - x.w || y.b - x.b || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

// True when x ranks at or above y on (weight, best), ignoring ids.
function atLeast(x: RankEntry, y: RankEntry): boolean {
  return x.w > y.w || (x.w === y.w && x.b >= y.b);
}

/**
 * The entries sorted ({@link compareRank}) and cut to the first `k`, plus every entry tied with
 * the `k`-th on (weight, best): the read can then apply its own final tie-break exactly.
 */
export function cutRanking(entries: readonly RankEntry[], k: number): RankEntry[] {
  const sorted = [...entries].sort(compareRank);
  const kth = sorted[k - 1];
  if (kth === undefined) return sorted;
  let end = k;
  while (end < sorted.length && atLeast(sorted[end]!, kth)) end++;
  return sorted.slice(0, end);
}

/**
 * A stored list after an ingest: `updates` are the new (weight, best) of some neighbours, which
 * on ingest only grow. A list shorter than `k` holds every neighbour, so each update goes in;
 * otherwise an update enters when it reaches the `k`-th entry (anything outside the list was below
 * it, and the `k`-th value can only rise). Then cut again ({@link cutRanking}).
 */
export function mergeRanking(
  list: readonly RankEntry[],
  updates: readonly RankEntry[],
  k: number,
): RankEntry[] {
  const sorted = [...list].sort(compareRank);
  const kth = sorted.length >= k ? sorted[k - 1] : undefined;
  const byId = new Map(sorted.map((e) => [e.id, e]));
  for (const u of updates) {
    if (byId.has(u.id) || kth === undefined || atLeast(u, kth)) byId.set(u.id, u);
  }
  return cutRanking([...byId.values()], k);
}

/**
 * The entries a top-`n` read must look at (`n` ≤ the list's `k`): every entry at or above the
 * `n`-th on (weight, best). Their final order (mentions, id) is the read's.
 */
export function rankCandidates(list: readonly RankEntry[], n: number): RankEntry[] {
  if (n <= 0) return [];
  const sorted = [...list].sort(compareRank);
  const nth = sorted[n - 1];
  return nth === undefined ? sorted : sorted.filter((e) => atLeast(e, nth));
}

/** A stored list as parallel arrays (the node's properties). */
export interface StoredRanking {
  ids: string[];
  weights: number[];
  best: number[];
}

/** The entries of a stored list (arrays of equal length; a missing list is empty). */
export function fromStored(s: Partial<StoredRanking> | null | undefined): RankEntry[] {
  const ids = s?.ids ?? [];
  return ids.map((id, i) => ({
    id,
    w: Number(s?.weights?.[i] ?? 0),
    b: Number(s?.best?.[i] ?? 0),
  }));
}

/** The parallel arrays of a list (sorted). */
export function toStored(list: readonly RankEntry[]): StoredRanking {
  const sorted = [...list].sort(compareRank);
  return {
    ids: sorted.map((e) => e.id),
    weights: sorted.map((e) => e.w),
    best: sorted.map((e) => e.b),
  };
}
