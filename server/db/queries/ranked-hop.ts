// The first neighbourhood hop of a hub read from its stored ranked neighbour list, not its relationships.
import { RELATION_TYPES } from '../../../schema/ontology.js';
import type { Tx } from '../gateway.js';
import {
  RANK_KEEP,
  fromStored,
  rankCandidates,
  type StoredRanking,
} from '../writes/neighbour-rank.js';
import { entityProjection, relationProjection } from './models.js';

/** What decides whether a hop may use a stored list: the request's filters. */
export interface RankableRequest {
  starts: number;
  types: readonly string[];
  minConfidence: number;
  since: string | null;
  until: string | null;
  claimFilter: boolean;
  entityTypes: readonly string[] | null;
}

/**
 * True when the first hop of the request ranks exactly what a stored list holds: one start, every
 * relation type, no confidence, date, claim or entity-type filter.
 */
export function rankable(r: RankableRequest): boolean {
  return (
    r.starts === 1 &&
    new Set(r.types).size === RELATION_TYPES.length &&
    r.minConfidence <= 0 &&
    r.since === null &&
    r.until === null &&
    !r.claimFilter &&
    r.entityTypes === null
  );
}

/** Cypher of the start query's extra column: the start's stored list, if any (null otherwise). */
export const STORED_RANK_COLUMN = `OPTIONAL MATCH (k:NeighbourRank {entityId: e.id})
  WITH e, CASE WHEN k IS NULL THEN null ELSE k {.ids, .weights, .best} END AS rank`;

// The candidates (every neighbour at or above the n-th on weight and best) are sought by id and
// given the hop's final order (mentions, then id); at depth 1 the relationships between the hub
// and each kept neighbour are read between the two bound nodes.
/** The Cypher of the stored hop (exported for the tests). */
export function storedHopCypher(withEdges: boolean): string {
  const edges = withEdges
    ? `, [(h)-[r:${RELATION_TYPES.join('|')}]-(n) | ${relationProjection('r')}] AS rels`
    : '';
  return `MATCH (h:Entity {id: $id})
     UNWIND $candidates AS c
     MATCH (n:Entity {id: c.id})
     WITH h, n, c ORDER BY c.w DESC, c.b DESC, coalesce(n.mentionCount, 0) DESC, n.id
     LIMIT toInteger($n)
     RETURN ${entityProjection('n')} AS n${edges}`;
}

/**
 * Runs the hop from the stored list `rank` of the hub `id`: the same rows, in the same order, as
 * the live hop (hopCypher) for `n` ≤ RANK_KEEP. Null when `n` is above what the list can answer.
 */
export async function storedHop(
  tx: Tx,
  id: string,
  rank: StoredRanking,
  n: number,
  withEdges: boolean,
): Promise<Awaited<ReturnType<Tx['run']>> | null> {
  if (n > RANK_KEEP) return null;
  const candidates = rankCandidates(fromStored(rank), n);
  return tx.run(storedHopCypher(withEdges), { id, candidates, n });
}
