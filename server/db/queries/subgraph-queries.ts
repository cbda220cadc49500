// Read queries for drawn subgraphs: the neighbourhood of some entities, and the overview.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import { KgError } from '../../errors.js';
import {
  entityProjection,
  relationProjection,
  toRelation,
  type EntityRecord,
  type RelationRecord,
} from './models.js';
import type { Gateway, Tx } from '../gateway.js';
import { allowedTypes, typedRel } from './relation-queries.js';
import { SYMMETRIC_RELATIONS } from '../../../schema/ontology.js';
import { FORMER_ROLE_PATTERN, POSSIBLE_ROLE_PATTERN } from './claim-qualifiers.js';
import { STORED_RANK_COLUMN, edgesAroundHub, rankable, storedHop } from './ranked-hop.js';
import type { StoredRanking } from '../writes/neighbour-rank.js';

/** Filters on claim qualifiers (see Query.neighborhood's `qualifiers`). */
export interface QualifierFilterArgs {
  currentLeadersOnly: boolean;
  hidePossible: boolean;
}

/** An inclusive range of publication dates; a null end is open. */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

// True when the claim-level filters are set: the time range and the qualifiers.
function hasClaimFilter(f: FilterParams): boolean {
  return f.timeFrom !== null || f.timeTo !== null || f.currentLeadersOnly || f.hidePossible;
}

// One non-rejected claim of `r`'s type between its endpoints (either orientation for symmetric
// types, stored from the smaller id) meets every claim-level filter at once: from an article
// published in [timeFrom, timeTo], not only a plan or possibility, and (LEADS) not a former role.
// The claim lookup uses the composite index on Claim(type, subjectId, objectId).
function claimInRange(f: FilterParams): string {
  const cond = ['NOT coalesce(c.rejected, false)'];
  if (f.timeFrom !== null) cond.push('substring(c.publishedAt, 0, 10) >= $timeFrom');
  if (f.timeTo !== null) cond.push('substring(c.publishedAt, 0, 10) <= $timeTo');
  if (f.hidePossible) cond.push("NOT coalesce(c.role, '') =~ $possiblePattern");
  if (f.currentLeadersOnly) {
    cond.push("(c.type <> 'LEADS' OR NOT coalesce(c.role, '') =~ $formerPattern)");
  }
  const where = cond.join(' AND ');
  const claim = (s: string, o: string) =>
    `EXISTS { MATCH (c:Claim {type: type(r), subjectId: ${s}.id, objectId: ${o}.id}) WHERE ${where} }`;
  return `(${claim('startNode(r)', 'endNode(r)')} OR (type(r) IN $symmetric AND ${claim('endNode(r)', 'startNode(r)')}))`;
}

/** Nodes, the relations between them, and whether a limit cut the result. */
export interface SubgraphRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

/** Filters of a neighbourhood. */
export interface NeighborhoodArgs {
  ids: readonly string[];
  depth: number;
  limit: number;
  relationTypes?: readonly RelationType[] | null;
  entityTypes?: readonly EntityType[] | null;
  minConfidence: number;
  since?: string | null;
  until?: string | null;
  /** Only relations stated by a non-rejected claim of an article published in this range. */
  timeRange?: TimeRange | null;
  qualifiers?: QualifierFilterArgs | null;
}

// A relationship is kept when its type is allowed (the typed pattern, see typedRel), it is
// confident enough, and the period in which articles stated it ([firstSeen, lastSeen]) overlaps
// [since, until]. Only the active conditions are written: each costs a property read per
// relationship, and a hub has thousands (bench PROFILE). The text varies only with which filters
// are set (at most 8 cached plans); values stay parameters.
export function relationFilter(f: FilterParams): string {
  const parts = ['true'];
  if (f.minConfidence > 0) parts.push('coalesce(r.confidence, 0.0) >= $minConfidence');
  if (f.since !== null) parts.push("substring(coalesce(r.lastSeen, ''), 0, 10) >= $since");
  if (f.until !== null) {
    parts.push('r.firstSeen IS NOT NULL AND substring(r.firstSeen, 0, 10) <= $until');
  }
  if (hasClaimFilter(f)) parts.push(claimInRange(f));
  return parts.join(' AND ');
}

export interface FilterParams {
  types: RelationType[];
  minConfidence: number;
  since: string | null;
  until: string | null;
  timeFrom: string | null;
  timeTo: string | null;
  symmetric: RelationType[];
  currentLeadersOnly: boolean;
  hidePossible: boolean;
  formerPattern: string;
  possiblePattern: string;
}

/** The query parameters of a set of filters (exported for the tests). */
export function filterParams(
  types: readonly RelationType[] | null | undefined,
  rest: Partial<Pick<FilterParams, 'minConfidence' | 'since' | 'until'>>,
  qualifiers: QualifierFilterArgs | null | undefined,
  range: TimeRange | null | undefined,
): FilterParams {
  return {
    types: allowedTypes(types),
    minConfidence: rest.minConfidence ?? 0,
    since: rest.since ?? null,
    until: rest.until ?? null,
    timeFrom: range?.from ?? null,
    timeTo: range?.to ?? null,
    symmetric: [...SYMMETRIC_RELATIONS],
    currentLeadersOnly: qualifiers?.currentLeadersOnly ?? false,
    hidePossible: qualifiers?.hidePossible ?? false,
    formerPattern: FORMER_ROLE_PATTERN,
    possiblePattern: POSSIBLE_ROLE_PATTERN,
  };
}

/**
 * The Cypher of the typed relationships among a set of entities (exported for the tests). The
 * set's nodes are collected once, so the other end of each expanded relationship is checked by
 * identity, without reading its label or id (bench PROFILE on a hub's 200 neighbours).
 */
export function edgesAmongCypher(f: FilterParams): string {
  return `MATCH (n:Entity) WHERE n.id IN $ids
     WITH collect(n) AS ns
     UNWIND ns AS a
     MATCH (a)-${typedRel(f.types)}->(b) WHERE b IN ns AND ${relationFilter(f)}
     RETURN ${relationProjection('r')} AS r ORDER BY r.confidence DESC`;
}

async function edgesAmong(tx: Tx, ids: string[], f: FilterParams): Promise<RelationRecord[]> {
  if (ids.length === 0 || f.types.length === 0) return [];
  const res = await tx.run(edgesAmongCypher(f), { ids, ...f });
  return res.records
    .map((rec) => toRelation(rec.get('r') as Omit<RelationRecord, 'id'>))
    .sort(byConfidenceThenId);
}

// Strongest first, ties by id: the same view always lists (and draws) its edges in one order.
// Sorted here rather than in Cypher so the tie-break reads no endpoint ids (bench PROFILE).
function byConfidenceThenId(x: RelationRecord, y: RelationRecord): number {
  return y.confidence - x.confidence || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/**
 * The Cypher of one neighbourhood hop (exported for the tests): the `$n` entities not yet
 * visited that are most strongly related to the frontier. Seek the frontier first (WITH): with a
 * large frontier the planner otherwise scans all Entity nodes and hash-joins (bench PROFILE,
 * depth 2); typed pattern: see typedRel. Visited nodes are excluded by identity and the other
 * end has no label check (typed relationships only join entities), so each relationship costs
 * its expansion and its `claims`. Neighbours are sorted by weight (collect keeps that order) and
 * `floor` is the `$n`-th highest: only neighbours at or above it have their best confidence,
 * mentions and id read to be ordered, and the projection comes after LIMIT. Same rows and order
 * as sorting them all. The aggregation after UNWIND drops the collected list from the rows the
 * final sort keeps (see relationsOfEntitiesCypher).
 */
export function hopCypher(f: FilterParams, withEntityTypes: boolean, withEdges = false): string {
  const typeFilter = withEntityTypes ? 'AND n.type IN $entityTypes' : '';
  // The relationships between the frontier and each returned neighbour, when asked (depth 1).
  const edges = withEdges ? `, [r IN rs | ${relationProjection('r')}] AS rels` : '';
  return `MATCH (v:Entity) WHERE v.id IN $visited
     WITH collect(v) AS visited
     MATCH (f:Entity) WHERE f.id IN $frontier
     WITH f, visited
     MATCH (f)-${typedRel(f.types)}-(n)
     WHERE NOT n IN visited AND ${relationFilter(f)} ${typeFilter}
     WITH n, sum(coalesce(r.claims, 1)) AS weight, collect(r) AS rs
     WITH n, weight, rs ORDER BY weight DESC
     WITH collect({n: n, w: weight, rs: rs}) AS rows
     WITH rows, rows[toInteger($n) - 1].w AS floor
     UNWIND [x IN rows WHERE floor IS NULL OR x.w >= floor] AS x
     WITH x.n AS n, x.w AS w, x.rs AS rs, count(*) AS one
     WITH n, w AS weight, rs, reduce(b = null, r IN rs |
       CASE WHEN b IS NULL OR r.confidence > b THEN r.confidence ELSE b END) AS best
     WITH n, rs ORDER BY weight DESC, best DESC, coalesce(n.mentionCount, 0) DESC, n.id
     LIMIT toInteger($n)
     RETURN ${entityProjection('n')} AS n${edges}`;
}

/**
 * Breadth-first neighbourhood, one query per hop in one read transaction: closest entities
 * first, then the most strongly related. Edges only between returned nodes.
 */
export async function neighborhood(db: Gateway, a: NeighborhoodArgs): Promise<SubgraphRecord> {
  const f = filterParams(
    a.relationTypes,
    { minConfidence: a.minConfidence, since: a.since ?? null, until: a.until ?? null },
    a.qualifiers,
    a.timeRange,
  );
  const entityTypes = a.entityTypes?.length ? a.entityTypes : null;
  const ids = [...new Set(a.ids)];
  // One hub start and no filter: its first hop may be read from its stored ranked list.
  const useRank = rankable({
    starts: ids.length,
    ...f,
    claimFilter: hasClaimFilter(f),
    entityTypes,
  });
  return db.read(async (tx) => {
    const start = await tx.run(
      `MATCH (e:Entity) WHERE e.id IN $ids
       ${useRank ? STORED_RANK_COLUMN : 'WITH e, null AS rank'}
       RETURN ${entityProjection('e')} AS e, rank ORDER BY coalesce(e.mentionCount, 0) DESC, e.id`,
      { ids },
    );
    const starts = start.records.map((r) => r.get('e') as EntityRecord);
    const rank = start.records[0]?.get('rank') as StoredRanking | null | undefined;
    if (starts.length === 0 && a.ids.length > 0) {
      throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${a.ids.join(', ')}.`, {
        ids: a.ids,
      });
    }
    let truncated = starts.length > a.limit;
    const nodes = starts.slice(0, a.limit);
    const visited = new Set(nodes.map((n) => n.id));
    const startIds = new Set(visited);
    const hopEdges: RelationRecord[] = [];
    let frontier = [...visited];
    let storedFirstHop = false;
    for (let hop = 1; hop <= a.depth && frontier.length > 0 && f.types.length > 0; hop++) {
      const remaining = a.limit - nodes.length;
      const stored =
        hop === 1 && rank && nodes.length === 1 ? await storedHop(tx, rank, remaining + 1) : null;
      if (stored) storedFirstHop = true;
      const res =
        stored ??
        (await tx.run(hopCypher(f, entityTypes !== null, a.depth === 1), {
          frontier,
          visited: [...visited],
          entityTypes,
          n: remaining + 1,
          ...f,
        }));
      const found = res.records.map((r) => r.get('n') as EntityRecord);
      if (found.length > remaining) truncated = true;
      const kept = found.slice(0, remaining);
      if (a.depth === 1 && !storedFirstHop) {
        for (const rec of res.records.slice(0, kept.length)) {
          const rels = rec.get('rels') as Omit<RelationRecord, 'id'>[];
          hopEdges.push(...rels.map(toRelation));
        }
      }
      for (const n of kept) visited.add(n.id);
      nodes.push(...kept);
      frontier = kept.map((n) => n.id);
      if (remaining <= 0) break;
    }
    if (a.depth !== 1) return { nodes, edges: await edgesAmong(tx, [...visited], f), truncated };
    const neighbours = nodes.map((n) => n.id).filter((id) => !startIds.has(id));
    if (storedFirstHop) {
      // One hub start read from its list: each neighbour's relationships are read once, for those
      // among the neighbours and those with the hub alike.
      const edges = await edgesAroundHub(tx, nodes[0]!.id, neighbours, f.types);
      return { nodes, edges: edges.sort(byConfidenceThenId), truncated };
    }
    // Depth 1: the hop already read every relationship between the starts and the neighbours,
    // so only those among the neighbours, and among the starts, are left to find (a hub start is
    // not expanded a second time).
    const startList = [...startIds];
    const edges = [
      ...hopEdges,
      ...(await edgesAmong(tx, neighbours, f)),
      ...(startList.length > 1 ? await edgesAmong(tx, startList, f) : []),
    ].sort(byConfidenceThenId);
    return { nodes, edges, truncated };
  });
}

/** How the overview picks its entities. */
export interface OverviewOptions {
  /**
   * Entities with a relation first, an isolated one only with a neighbour (the first view); false
   * takes the most-mentioned entities as they are (an export of the whole graph).
   */
  preferLinked?: boolean;
}

/**
 * The overview: the `limit` most-mentioned entities that have a relation (optionally of some
 * types), and the relations among them. An entity whose relations all lead outside that set is
 * drawn with its most-mentioned neighbour when there is room, else left out, so the first view
 * has no isolated nodes. Entities without any relation appear only when none has one.
 * `truncated` means more related entities exist than were drawn.
 */
export async function overview(
  db: Gateway,
  limit: number,
  entityTypes?: readonly EntityType[] | null,
  timeRange?: TimeRange | null,
  qualifiers?: QualifierFilterArgs | null,
  { preferLinked = true }: OverviewOptions = {},
): Promise<SubgraphRecord> {
  const f = filterParams(null, {}, qualifiers, timeRange);
  const types = entityTypes?.length ? entityTypes : null;
  return db.read(async (tx) => {
    const top = async (linked: boolean, n: number) => {
      const res = await tx.run(
        // `mentionCount >= 0` (every entity has one) and the bare property in ORDER BY let the
        // planner read the mentionCount index in order and stop once $n rows pass the filter.
        `MATCH (e:Entity) WHERE e.mentionCount >= 0
           AND ($entityTypes IS NULL OR e.type IN $entityTypes)
           ${linked ? `AND EXISTS { MATCH (e)-${typedRel(f.types)}-(o:Entity) WHERE $entityTypes IS NULL OR o.type IN $entityTypes }` : ''}
         WITH e ORDER BY e.mentionCount DESC, e.id LIMIT toInteger($n)
         RETURN ${entityProjection('e')} AS e`,
        { n, entityTypes: types },
      );
      return res.records.map((r) => r.get('e') as EntityRecord);
    };
    let all = preferLinked ? await top(true, limit + 1) : [];
    if (all.length === 0) all = await top(false, limit + 1);
    const truncated = all.length > limit;
    let nodes = all.slice(0, limit);
    let edges = await edgesAmong(
      tx,
      nodes.map((n) => n.id),
      f,
    );
    const linked = new Set(edges.flatMap((e) => [e.sourceId, e.targetId]));
    const alone = nodes.filter((n) => !linked.has(n.id));
    if (preferLinked && edges.length > 0 && alone.length > 0) {
      nodes = await pairIsolated(tx, nodes, linked, alone, types, f, limit);
      edges = await edgesAmong(
        tx,
        nodes.map((n) => n.id),
        f,
      );
    }
    return { nodes, edges, truncated };
  });
}

// Keeps the linked nodes, then each isolated one (most-mentioned first) with its most-mentioned
// neighbour while the limit allows.
async function pairIsolated(
  tx: Tx,
  nodes: EntityRecord[],
  linked: ReadonlySet<string>,
  alone: EntityRecord[],
  entityTypes: readonly EntityType[] | null,
  f: FilterParams,
  limit: number,
): Promise<EntityRecord[]> {
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})-${typedRel(f.types)}-(o:Entity)
     WHERE $entityTypes IS NULL OR o.type IN $entityTypes
     WITH id, o ORDER BY o.mentionCount DESC, o.id
     WITH id, collect(o)[0] AS best
     RETURN id, ${entityProjection('best')} AS best`,
    { ids: alone.map((n) => n.id), entityTypes },
  );
  const best = new Map(
    res.records.map((r) => [r.get('id') as string, r.get('best') as EntityRecord]),
  );
  const kept = nodes.filter((n) => linked.has(n.id));
  const ids = new Set(kept.map((n) => n.id));
  for (const n of alone) {
    const partner = best.get(n.id);
    if (!partner) continue;
    const cost = 1 + (ids.has(partner.id) ? 0 : 1);
    if (kept.length + cost > limit) continue;
    kept.push(n);
    ids.add(n.id);
    if (!ids.has(partner.id)) {
      kept.push(partner);
      ids.add(partner.id);
    }
  }
  return kept;
}
