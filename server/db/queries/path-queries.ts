// Read query for the shortest paths between two entities over typed relationships.
import type { RelationType } from '../../../schema/ontology.js';
import { KgError } from '../../errors.js';
import {
  entityProjection,
  relationProjection,
  toRelation,
  type EntityRecord,
  type RelationRecord,
} from './models.js';
import type { Gateway } from '../gateway.js';
import { allowedTypes } from './relation-queries.js';

/** One path: nodes in order and the relations between consecutive nodes. */
export interface PathRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  length: number;
}

/** Arguments of {@link shortestPaths}; `maxHops` must already be validated (1..6). */
export interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  relationTypes?: readonly RelationType[] | null;
  minConfidence: number;
}

/** All shortest paths (up to `limit`) between two entities, ignoring direction. */
export async function shortestPaths(db: Gateway, a: PathArgs): Promise<PathRecord[]> {
  if (!Number.isInteger(a.maxHops) || a.maxHops < 1 || a.maxHops > 6) {
    throw new KgError('INVALID_ARGUMENT', 'maxHops must be between 1 and 6.');
  }
  // Both interpolated values are checked: types against the ontology, hops as a small integer.
  const types = allowedTypes(a.relationTypes).join('|');
  return db.read(async (tx) => {
    const ends = await tx.run(
      `MATCH (e:Entity) WHERE e.id IN [$from, $to] RETURN ${entityProjection('e')} AS e`,
      { from: a.from, to: a.to },
    );
    const found = new Map(
      ends.records.map((r) => [(r.get('e') as EntityRecord).id, r.get('e') as EntityRecord]),
    );
    const missing = [a.from, a.to].filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${missing.join(', ')}.`, {
        ids: missing,
      });
    }
    if (a.from === a.to) return [{ nodes: [found.get(a.from)!], edges: [], length: 0 }];
    if (!types) return [];
    const res = await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = allShortestPaths((a)-[:${types}*..${a.maxHops}]-(b))
       WHERE all(r IN relationships(p) WHERE coalesce(r.confidence, 0.0) >= $minConfidence)
       RETURN [n IN nodes(p) | ${entityProjection('n')}] AS nodes,
              [r IN relationships(p) | ${relationProjection('r')}] AS edges
       LIMIT toInteger($limit)`,
      { from: a.from, to: a.to, minConfidence: a.minConfidence, limit: a.limit },
    );
    return res.records.map((rec) => {
      const edges = (rec.get('edges') as Omit<RelationRecord, 'id'>[]).map(toRelation);
      return { nodes: rec.get('nodes') as EntityRecord[], edges, length: edges.length };
    });
  });
}
