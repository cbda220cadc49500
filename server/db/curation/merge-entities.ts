// Merges duplicate entities into one: aliases, mentions, claims and relationships move; logged.
import { randomUUID } from 'node:crypto';
import { RELATION_TYPES, isRelationType } from '../../../schema/ontology.js';
import { KgError } from '../../errors.js';
import type { Gateway } from '../gateway.js';
import { LOCAL_ACTOR, logCuration } from './curation-log.js';
import { captureNodes, captureRels, type NodeRef } from './snapshot.js';
import { aliasKeys } from '../writes/alias-key.js';
import { refreshNeighbourRanks } from '../writes/neighbour-rank-store.js';
import {
  recomputeEntities,
  recomputeRelations,
  type RelationKey,
} from '../writes/relation-aggregates.js';

/** What a merge did. */
export interface MergeEntitiesResult {
  /** The ids merged into `keep` (deleted). */
  merged: string[];
  /** Typed relationships that were attached to merged entities and now attach to `keep`. */
  relationsMoved: number;
}

const FIND_CYPHER = `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, e IS NOT NULL AS found, e.name AS name, coalesce(e.aliases, []) AS aliases`;

// Typed relationships touching merged entities, with the endpoints after the merge.
const REL_KEYS_CYPHER = `UNWIND $merge AS mid
MATCH (m:Entity {id: mid})-[r]-(other:Entity)
WHERE type(r) IN $types
WITH DISTINCT r, startNode(r) AS s, endNode(r) AS o
RETURN type(r) AS type,
  CASE WHEN s.id IN $merge THEN $keep ELSE s.id END AS subjectId,
  CASE WHEN o.id IN $merge THEN $keep ELSE o.id END AS objectId,
  s.id AS originalSubjectId, o.id AS originalObjectId`;

// What undoing a merge writes back: the claims and alias keys of the entities involved.
const PARTS_CYPHER = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) { OPTIONAL MATCH (c:Claim)-[:SUBJECT|OBJECT]->(e) RETURN collect(c.id) AS claims }
CALL (e) { OPTIONAL MATCH (k:AliasKey)-[:ALIAS_OF]->(e) RETURN collect(k.key) AS keys }
RETURN e.id AS id, claims, keys`;

const MOVE_CYPHER = `MATCH (keep:Entity {id: $keep})
UNWIND $merge AS mid
MATCH (m:Entity {id: mid})
CALL (keep, m) {
  MATCH (k:AliasKey)-[r:ALIAS_OF]->(m)
  MERGE (k)-[:ALIAS_OF]->(keep)
  DELETE r
}
CALL (keep, m) {
  MATCH (a:Article)-[r:MENTIONS]->(m)
  MERGE (a)-[r2:MENTIONS]->(keep)
  SET r2.count = coalesce(r2.count, 0) + coalesce(r.count, 0)
  DELETE r
}
CALL (keep, m) {
  MATCH (c:Claim)-[r:SUBJECT]->(m)
  MERGE (c)-[:SUBJECT]->(keep)
  SET c.subjectId = $keep
  DELETE r
}
CALL (keep, m) {
  MATCH (c:Claim)-[r:OBJECT]->(m)
  MERGE (c)-[:OBJECT]->(keep)
  SET c.objectId = $keep
  DELETE r
}
DETACH DELETE m
RETURN count(*) AS merged`;

// Claims whose two ends are now the same entity state nothing about two things: rejected.
const SELF_CLAIMS_CYPHER = `MATCH (keep:Entity {id: $keep})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(keep)
SET c.rejected = true, c.rejectedReason = 'merged-self-loop'
RETURN count(c) AS n`;

const ALIASES_CYPHER = `MATCH (keep:Entity {id: $keep})
WITH keep, reduce(acc = coalesce(keep.aliases, []), x IN $aliases |
  CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET keep.aliases = aliases,
  keep.aliasesText = reduce(s = '', x IN aliases | CASE WHEN s = '' THEN x ELSE s + ' | ' + x END),
  keep.updatedAt = $now
WITH keep
UNWIND $keys AS key
MERGE (k:AliasKey {key: key})
MERGE (k)-[:ALIAS_OF]->(keep)`;

const LOG_CYPHER = `CREATE (:MergeLog {id: $id, keep: $keep, merged: $merge, at: $now, aliases: $aliases})`;

/**
 * Merges `merge` into `keep` in one transaction, logged as done by `actor`. Throws ENTITY_NOT_FOUND when an id is unknown
 * and INVALID_ARGUMENT when nothing is left to merge.
 */
export async function mergeEntities(
  gateway: Gateway,
  keep: string,
  merge: readonly string[],
  actor: string = LOCAL_ACTOR,
): Promise<MergeEntitiesResult> {
  const ids = [...new Set(merge)].filter((id) => id !== keep).sort();
  if (ids.length === 0) {
    throw new KgError('INVALID_ARGUMENT', 'mergeEntities needs at least one id other than `keep`.');
  }
  return gateway.write(async (tx) => {
    const now = new Date().toISOString();
    const found = await tx.run(FIND_CYPHER, { ids: [keep, ...ids] });
    const missing = found.records
      .filter((r) => r.get('found') !== true)
      .map((r) => r.get('id') as string);
    if (missing.length > 0) {
      throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${missing.join(', ')}.`, {
        ids: missing,
      });
    }
    const aliases: string[] = [];
    for (const r of found.records) {
      if (r.get('id') === keep) continue;
      aliases.push(r.get('name') as string, ...(r.get('aliases') as string[]));
    }
    const uniqueAliases = [...new Set(aliases.filter(Boolean))];

    const relRows = await tx.run(REL_KEYS_CYPHER, {
      merge: ids,
      keep,
      types: RELATION_TYPES,
    });
    const keys: RelationKey[] = [];
    const originalKeys: RelationKey[] = [];
    let relationsMoved = 0;
    for (const r of relRows.records) {
      const type = r.get('type') as string;
      if (!isRelationType(type)) continue;
      originalKeys.push({
        type,
        subjectId: r.get('originalSubjectId') as string,
        objectId: r.get('originalObjectId') as string,
      });
      const subjectId = r.get('subjectId') as string;
      const objectId = r.get('objectId') as string;
      if (subjectId !== objectId) relationsMoved++;
      keys.push({ type, subjectId, objectId });
    }

    const parts = await tx.run(PARTS_CYPHER, { ids: [keep, ...ids] });
    const claimRefs: NodeRef[] = [];
    const keyRefs: NodeRef[] = [];
    for (const r of parts.records) {
      if (r.get('id') !== keep) {
        for (const c of r.get('claims') as string[]) claimRefs.push(['Claim', c]);
      }
      for (const k of r.get('keys') as string[]) keyRefs.push(['AliasKey', k]);
    }
    const keepRef: NodeRef = ['Entity', keep];
    const mergedRefs = ids.map((id): NodeRef => ['Entity', id]);
    const beforeNodes = await captureNodes(tx, [keepRef, ...mergedRefs, ...claimRefs, ...keyRefs]);
    const beforeRels = [
      ...(await captureRels(tx, [keepRef, ...mergedRefs], ['ALIAS_OF', 'MENTIONS'])),
      ...(await captureRels(tx, claimRefs, ['SUBJECT', 'OBJECT'])),
    ];

    await tx.run(MOVE_CYPHER, { keep, merge: ids });
    await tx.run(SELF_CLAIMS_CYPHER, { keep });
    await tx.run(ALIASES_CYPHER, {
      keep,
      aliases: uniqueAliases,
      keys: aliasKeys('', uniqueAliases),
      now,
    });
    // Old relationships went with the merged nodes; rebuild them on `keep` from the claims.
    await recomputeRelations(
      tx,
      keys.filter((k) => k.subjectId !== k.objectId),
      now,
    );
    await recomputeEntities(tx, [keep]);
    // The merged entities are gone: so are their stored ranked lists.
    await refreshNeighbourRanks(tx, ids);
    const mergeLogId = randomUUID();
    await tx.run(LOG_CYPHER, {
      id: mergeLogId,
      keep,
      merge: ids,
      now,
      aliases: uniqueAliases,
    });
    const keepName = found.records.find((r) => r.get('id') === keep)?.get('name') as string;
    await logCuration(tx, {
      kind: 'MERGE_ENTITIES',
      actor,
      at: now,
      summary: `Merged ${ids.join(', ')} into “${keepName}”`,
      targets: [keep, ...ids],
      before: { nodes: beforeNodes, rels: beforeRels },
      plan: {
        relationKeys: [...keys, ...originalKeys],
        entityIds: [keep, ...ids],
        extra: { keep, merged: ids, mergeLogId },
      },
    });
    return { merged: ids, relationsMoved };
  });
}
