// The first neighbourhood hop of a hub read from its stored ranked neighbour list, not its relationships.
import { RELATION_TYPES, type RelationType } from '../../../schema/ontology.js';
import type { Tx } from '../gateway.js';
import {
  RANK_KEEP,
  fromStored,
  rankCandidates,
  type StoredRanking,
} from '../writes/neighbour-rank.js';
import { entityProjection, relationProjection, toRelation, type RelationRecord } from './models.js';
import { typedRel } from './relation-queries.js';

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

/**
 * The Cypher of the stored hop (exported for the tests): the candidates (every neighbour at or
 * above the n-th on weight and best) are sought by id and given the hop's final order (mentions,
 * then id).
 */
export function storedHopCypher(): string {
  return `UNWIND $candidates AS c
     MATCH (n:Entity {id: c.id})
     WITH n, c ORDER BY c.w DESC, c.b DESC, coalesce(n.mentionCount, 0) DESC, n.id
     LIMIT toInteger($n)
     RETURN ${entityProjection('n')} AS n`;
}

/**
 * Runs the hop from the stored list `rank` of a hub: the same nodes, in the same order, as the
 * live hop (hopCypher) for `n` ≤ RANK_KEEP (without its relationships: see edgesAroundHub).
 * Null when `n` is above what the list can answer.
 */
export async function storedHop(
  tx: Tx,
  rank: StoredRanking,
  n: number,
): Promise<Awaited<ReturnType<Tx['run']>> | null> {
  if (n > RANK_KEEP) return null;
  const candidates = rankCandidates(fromStored(rank), n);
  return tx.run(storedHopCypher(), { candidates, n });
}

/**
 * The Cypher of the relationships of a depth-1 neighbourhood read from a stored list (exported for
 * the tests): those among the neighbours `$ids` and those between them and the hub `$hub`. Each
 * neighbour is expanded once, in both directions; a relationship between two neighbours is kept
 * from its start node only, one with the hub from the neighbour's side, so the hub's own
 * relationships are never read (expanding into the hub from each neighbour cost as much again).
 */
export function edgesAroundHubCypher(types: readonly RelationType[]): string {
  return `MATCH (h:Entity {id: $hub})
     MATCH (n:Entity) WHERE n.id IN $ids
     WITH h, collect(n) AS ns
     UNWIND ns AS a
     MATCH (a)-${typedRel(types)}-(b)
     WHERE (b IN ns AND startNode(r) = a) OR b = h
     RETURN ${relationProjection('r')} AS r`;
}

/** Runs {@link edgesAroundHubCypher}. */
export async function edgesAroundHub(
  tx: Tx,
  hub: string,
  ids: readonly string[],
  types: readonly RelationType[],
): Promise<RelationRecord[]> {
  if (ids.length === 0) return [];
  const res = await tx.run(edgesAroundHubCypher(types), { hub, ids });
  return res.records.map((rec) => toRelation(rec.get('r') as Omit<RelationRecord, 'id'>));
}
