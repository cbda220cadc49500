// Deletes an article with its claims; the relationships and entities it touched are recomputed.
import type { RelationType } from '../../../schema/ontology.js';
import type { Gateway, Tx } from '../gateway.js';
import { LOCAL_ACTOR, logCuration } from './curation-log.js';
import { captureNodes, captureRels, type NodeRef } from './snapshot.js';
import {
  recomputeEntities,
  recomputeRelations,
  type RelationKey,
} from '../writes/relation-aggregates.js';

/** What deleting an article did. */
export interface DeleteArticleResult {
  deleted: boolean;
  /** Typed relationships removed because no claim is left. */
  relationsRemoved: number;
  /** Typed relationships kept with recomputed aggregates. */
  relationsUpdated: number;
  /** Entities removed because nothing mentions or relates to them any more. */
  entitiesRemoved: number;
  /** The curation log event (absent when nothing was deleted). */
  eventId?: string;
}

const PARTS_CYPHER = `MATCH (a:Article {id: $id})
CALL (a) { OPTIONAL MATCH (a)-[:STATES]->(c:Claim) RETURN collect(c.id) AS claims }
CALL (a) {
  OPTIONAL MATCH (k:AliasKey)-[:ALIAS_OF]->(e:Entity) WHERE e.id IN $entities
  RETURN collect(DISTINCT k.key) AS keys
}
RETURN claims, keys, a.title AS title`;

const EXISTING_CYPHER = `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect(e.id) AS ids`;

const COLLECT_CYPHER = `MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:STATES]->(c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
  RETURN collect(DISTINCT {type: c.type, subjectId: s.id, objectId: o.id}) AS keys
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(e.id) AS mentioned
}
CALL (a) {
  OPTIONAL MATCH (a)-[:STATES]->(c:Claim)-[:SUBJECT|OBJECT]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS endpoints
}
RETURN keys, mentioned, endpoints`;

const DELETE_CYPHER = `MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:STATES]->(c:Claim)
DETACH DELETE c
WITH DISTINCT a
DETACH DELETE a`;

/** Deletes entities among `ids` that nothing mentions, states or relates to any more (with their orphan alias keys). */
export const DELETE_ORPHANS_CYPHER = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS|SUBJECT|OBJECT]-() }
  AND NOT EXISTS { (e)-[r]-() WHERE NOT type(r) IN ['ALIAS_OF'] }
OPTIONAL MATCH (k:AliasKey)-[:ALIAS_OF]->(e)
WHERE COUNT { (k)-[:ALIAS_OF]->() } = 1
DETACH DELETE k
WITH DISTINCT e
DETACH DELETE e
RETURN count(*) AS removed`;

/** Runs {@link DELETE_ORPHANS_CYPHER} for `ids` inside `tx`; returns how many entities went. */
export async function deleteOrphans(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await tx.run(DELETE_ORPHANS_CYPHER, { ids: [...new Set(ids)].sort() });
  return Number(res.records[0]?.get('removed') ?? 0);
}

/**
 * Deletes the article `id` in one transaction and logs it (with what undoing it needs) as done by
 * `actor`; `deleted: false` when there is no such article.
 */
export async function deleteArticle(
  gateway: Gateway,
  id: string,
  actor: string = LOCAL_ACTOR,
): Promise<DeleteArticleResult> {
  return gateway.write(async (tx) => {
    const found = await tx.run(COLLECT_CYPHER, { id });
    const row = found.records[0];
    if (!row)
      return { deleted: false, relationsRemoved: 0, relationsUpdated: 0, entitiesRemoved: 0 };
    const keys = (row.get('keys') as { type: string | null; subjectId: string; objectId: string }[])
      .filter((k) => k.type !== null)
      .map((k) => ({ ...k, type: k.type as RelationType })) satisfies RelationKey[];
    const entityIds = [
      ...new Set([...(row.get('mentioned') as string[]), ...(row.get('endpoints') as string[])]),
    ];
    const parts = (await tx.run(PARTS_CYPHER, { id, entities: entityIds })).records[0]!;
    const claimRefs = (parts.get('claims') as string[]).map((c): NodeRef => ['Claim', c]);
    const entityRefs = entityIds.map((e): NodeRef => ['Entity', e]);
    const keyRefs = (parts.get('keys') as string[]).map((k): NodeRef => ['AliasKey', k]);
    const nodes = await captureNodes(tx, [
      ['Article', id],
      ...claimRefs,
      ...entityRefs,
      ...keyRefs,
    ]);
    const rels = await captureRels(
      tx,
      [['Article', id], ...claimRefs],
      ['MENTIONS', 'STATES', 'SUBJECT', 'OBJECT', 'FED'],
    );
    const aliasRels = await captureRels(tx, entityRefs, ['ALIAS_OF']);
    const at = new Date().toISOString();
    await tx.run(DELETE_CYPHER, { id });
    const rel = await recomputeRelations(tx, keys, at);
    await recomputeEntities(tx, entityIds);
    const entitiesRemoved = await deleteOrphans(tx, entityIds);
    // Only the entities that went with the article are part of what an undo writes back.
    const left = new Set(
      (await tx.run(EXISTING_CYPHER, { ids: entityIds })).records[0]?.get('ids') as string[],
    );
    const goneAliases = aliasRels.filter((r) => !left.has(r.to[1]));
    const goneKeys = new Set(goneAliases.map((r) => r.from[1]));
    const gone = (n: { labels: string[]; props: Record<string, unknown> }) =>
      n.labels.includes('Entity')
        ? !left.has(n.props.id as string)
        : !n.labels.includes('AliasKey') || goneKeys.has(n.props.key as string);
    const title = parts.get('title') as string | null;
    const eventId = await logCuration(tx, {
      kind: 'DELETE_ARTICLE',
      actor,
      at,
      summary: `Deleted article “${title ?? id}” (${claimRefs.length} claims)`,
      targets: [id],
      before: {
        nodes: nodes.filter(gone),
        rels: [...rels, ...goneAliases],
      },
      plan: { relationKeys: keys, entityIds, extra: {} },
    });
    return {
      deleted: true,
      relationsRemoved: rel.removed,
      relationsUpdated: rel.kept,
      entitiesRemoved,
      eventId,
    };
  });
}
