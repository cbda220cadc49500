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
}

// A relationship is kept when its type is allowed (the typed pattern, see typedRel), it is
// confident enough, and the period in which articles stated it ([firstSeen, lastSeen]) overlaps
// [since, until]. Only the active conditions are written: each costs a property read per
// relationship, and a hub has thousands (bench PROFILE). The text varies only with which filters
// are set (at most 8 cached plans); values stay parameters.
function relationFilter(f: FilterParams): string {
  const parts = ['true'];
  if (f.minConfidence > 0) parts.push('coalesce(r.confidence, 0.0) >= $minConfidence');
  if (f.since !== null) parts.push("substring(coalesce(r.lastSeen, ''), 0, 10) >= $since");
  if (f.until !== null) {
    parts.push('r.firstSeen IS NOT NULL AND substring(r.firstSeen, 0, 10) <= $until');
  }
  return parts.join(' AND ');
}

interface FilterParams {
  types: RelationType[];
  minConfidence: number;
  since: string | null;
  until: string | null;
}

async function edgesAmong(tx: Tx, ids: string[], f: FilterParams): Promise<RelationRecord[]> {
  if (ids.length === 0 || f.types.length === 0) return [];
  const res = await tx.run(
    `MATCH (a:Entity)-${typedRel(f.types)}->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND ${relationFilter(f)}
     RETURN ${relationProjection('r')} AS r ORDER BY r.confidence DESC`,
    { ids, ...f },
  );
  return res.records.map((rec) => toRelation(rec.get('r') as Omit<RelationRecord, 'id'>));
}

/**
 * Breadth-first neighbourhood, one query per hop in one read transaction: closest entities
 * first, then the most strongly related. Edges only between returned nodes.
 */
export async function neighborhood(db: Gateway, a: NeighborhoodArgs): Promise<SubgraphRecord> {
  const f: FilterParams = {
    types: allowedTypes(a.relationTypes),
    minConfidence: a.minConfidence,
    since: a.since ?? null,
    until: a.until ?? null,
  };
  const entityTypes = a.entityTypes?.length ? a.entityTypes : null;
  return db.read(async (tx) => {
    const start = await tx.run(
      `MATCH (e:Entity) WHERE e.id IN $ids
       RETURN ${entityProjection('e')} AS e ORDER BY coalesce(e.mentionCount, 0) DESC, e.id`,
      { ids: [...new Set(a.ids)] },
    );
    const starts = start.records.map((r) => r.get('e') as EntityRecord);
    if (starts.length === 0 && a.ids.length > 0) {
      throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${a.ids.join(', ')}.`, {
        ids: a.ids,
      });
    }
    let truncated = starts.length > a.limit;
    const nodes = starts.slice(0, a.limit);
    const visited = new Set(nodes.map((n) => n.id));
    let frontier = [...visited];
    for (let hop = 1; hop <= a.depth && frontier.length > 0 && f.types.length > 0; hop++) {
      const remaining = a.limit - nodes.length;
      const res = await tx.run(
        // Seek the frontier first (WITH): with a large frontier the planner otherwise scans all
        // Entity nodes and hash-joins (bench PROFILE, depth 2); typed pattern: see typedRel. The
        // projection comes after LIMIT: before it, a hub's ~4k candidates were all projected
        // (PROFILE: 51k → 29k db hits).
        `MATCH (f:Entity) WHERE f.id IN $frontier
         WITH f
         MATCH (f)-${typedRel(f.types)}-(n:Entity)
         WHERE NOT n.id IN $visited AND ${relationFilter(f)}
           AND ($entityTypes IS NULL OR n.type IN $entityTypes)
         WITH n, sum(coalesce(r.claims, 1)) AS weight, max(r.confidence) AS best
         WITH n ORDER BY weight DESC, best DESC, coalesce(n.mentionCount, 0) DESC, n.id
         LIMIT toInteger($n)
         RETURN ${entityProjection('n')} AS n`,
        { frontier, visited: [...visited], entityTypes, n: remaining + 1, ...f },
      );
      const found = res.records.map((r) => r.get('n') as EntityRecord);
      if (found.length > remaining) truncated = true;
      const kept = found.slice(0, remaining);
      for (const n of kept) visited.add(n.id);
      nodes.push(...kept);
      frontier = kept.map((n) => n.id);
      if (remaining <= 0) break;
    }
    const edges = await edgesAmong(tx, [...visited], f);
    return { nodes, edges, truncated };
  });
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
): Promise<SubgraphRecord> {
  const f: FilterParams = { types: allowedTypes(null), minConfidence: 0, since: null, until: null };
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
    let all = await top(true, limit + 1);
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
    if (edges.length > 0 && alone.length > 0) {
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
