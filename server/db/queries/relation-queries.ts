// Read queries for typed relationships: per entity (batched), by id, and between node sets.
import { RELATION_TYPES, isRelationType, type RelationType } from '../../../schema/ontology.js';
import {
  entityProjection,
  parseRelationId,
  relationProjection,
  toRelation,
  type EntityRecord,
  type RelationRecord,
} from './models.js';
import type { Gateway } from '../gateway.js';

/** Which relations of an entity to return. */
export interface RelationArgs {
  types?: readonly RelationType[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  minConfidence: number;
  first: number;
}

/** Relation types to match: the requested ones, always within the ontology whitelist. */
export function allowedTypes(types: readonly string[] | null | undefined): RelationType[] {
  if (!types || types.length === 0) return [...RELATION_TYPES];
  return types.filter(isRelationType);
}

/**
 * `[r:A|B|C]` for whitelisted types: a typed pattern lets Neo4j read only those relationship
 * groups of a dense node instead of every MENTIONS/SUBJECT/OBJECT/ALIAS_OF (bench profile).
 */
export function typedRel(types: readonly RelationType[]): string {
  return `[r:${types.filter(isRelationType).join('|')}]`;
}

// No label on the other end: the ontology's relationship types only ever join two entities (the
// writer creates them between Entity nodes), and the label check cost one db hit per relationship.
const PATTERNS = {
  OUT: (rel: string) => `(e)-${rel}->(o)`,
  IN: (rel: string) => `(e)<-${rel}-(o)`,
  BOTH: (rel: string) => `(e)-${rel}-(o)`,
} as const;

/**
 * The Cypher of {@link relationsOfEntities} (exported for the plan and equivalence tests). Per
 * entity, every relationship is read once for its confidence only and sorted by it (collect keeps
 * that order); `floor` is the `$first`-th highest confidence, and only relationships at or above
 * it (the page and its ties) have their claims and other end's id read to order them: a hub's
 * ~4,000 relationships cost ~2 db hits each instead of ~5. Same rows and order as sorting them
 * all (`ORDER BY … LIMIT`). The aggregation after UNWIND starts rows without the collected list,
 * which would otherwise be held (and counted against the transaction memory) by every row the
 * final sort keeps.
 */
export function relationsOfEntitiesCypher(
  direction: RelationArgs['direction'],
  types: RelationType[],
  minConfidence: number,
): string {
  const filter = minConfidence > 0 ? 'WHERE coalesce(r.confidence, 0.0) >= $minConfidence' : '';
  return `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       CALL (e) {
         MATCH ${PATTERNS[direction](typedRel(types))} ${filter}
         WITH r, o, r.confidence AS c ORDER BY c DESC
         WITH collect({r: r, o: o, c: c}) AS rows
         WITH rows, rows[toInteger($first) - 1].c AS floor
         UNWIND [x IN rows WHERE floor IS NULL OR x.c IS NULL OR x.c >= floor] AS x
         WITH x.r AS r, x.o AS o, count(*) AS one
         RETURN r, o ORDER BY r.confidence DESC, r.claims DESC, o.id LIMIT toInteger($first)
       }
       RETURN id, ${relationProjection('r')} AS r, ${entityProjection('o')} AS o`;
}

/** Relations of many entities with the same arguments, in one query; also the other endpoints. */
export async function relationsOfEntities(
  db: Gateway,
  ids: readonly string[],
  args: RelationArgs,
): Promise<{ byEntity: Map<string, RelationRecord[]>; endpoints: EntityRecord[] }> {
  const types = allowedTypes(args.types);
  if (types.length === 0 || args.first <= 0) return { byEntity: new Map(), endpoints: [] };
  const res = await db.read((tx) =>
    tx.run(relationsOfEntitiesCypher(args.direction, types, args.minConfidence), {
      ids: [...new Set(ids)],
      minConfidence: args.minConfidence,
      first: args.first,
    }),
  );
  const byEntity = new Map<string, RelationRecord[]>();
  const endpoints: EntityRecord[] = [];
  for (const rec of res.records) {
    const id = rec.get('id') as string;
    const list = byEntity.get(id) ?? [];
    list.push(toRelation(rec.get('r') as Omit<RelationRecord, 'id'>));
    byEntity.set(id, list);
    endpoints.push(rec.get('o') as EntityRecord);
  }
  return { byEntity, endpoints };
}

/** Loads relations by API id (`TYPE:source:target`) in one query; null where missing. */
export async function relationsByIds(
  db: Gateway,
  ids: readonly string[],
): Promise<(RelationRecord | null)[]> {
  const keys = ids.flatMap((id) => {
    const parsed = parseRelationId(id);
    if (!parsed || !isRelationType(parsed.type)) return [];
    return parsed.candidates.map((c) => ({ type: parsed.type, s: c.sourceId, t: c.targetId }));
  });
  if (keys.length === 0) return ids.map(() => null);
  const res = await db.read((tx) =>
    tx.run(
      `UNWIND $keys AS k
       MATCH (s:Entity {id: k.s})-[r]->(t:Entity {id: k.t})
       WHERE type(r) = k.type
       RETURN ${relationProjection('r')} AS r`,
      { keys },
    ),
  );
  const byId = new Map<string, RelationRecord>();
  for (const rec of res.records) {
    const rel = toRelation(rec.get('r') as Omit<RelationRecord, 'id'>);
    byId.set(rel.id, rel);
  }
  return ids.map((id) => byId.get(id) ?? null);
}
