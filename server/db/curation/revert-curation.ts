// Undoes one logged curation from the before-state its event stored, in one write transaction.
import { KgError } from '../../errors.js';
import type { Gateway, Tx } from '../gateway.js';
import {
  checkedRelationType,
  recomputeEntities,
  recomputeRelations,
} from '../writes/relation-aggregates.js';
import { eventProjection, type CurationEventRecord, type RevertPlan } from './curation-log.js';
import {
  deleteOrphanAliasKeys,
  refOf,
  restoreNodes,
  restoreRels,
  type SnapNode,
  type Snapshot,
} from './snapshot.js';

const isLabel = (label: string) => (n: SnapNode) => refOf(n)[0] === label;

// The graph objects an event changed: its targets and the entities, claims and articles its
// snapshot holds (alias keys left out: their keys are words, not ids).
function touchedBy(targets: readonly string[], before: Snapshot): Set<string> {
  const ids = new Set(targets);
  for (const n of before.nodes) {
    const [label, key] = refOf(n);
    if (label === 'Entity' || label === 'Claim' || label === 'Article') ids.add(key);
  }
  return ids;
}

/**
 * Refuses to revert an event when a later one, not reverted, changed one of the same objects:
 * writing the older before-state back would silently undo the later curation too.
 */
async function checkNoLaterChange(
  tx: Tx,
  eventId: string,
  at: string,
  mine: Set<string>,
): Promise<void> {
  const res = await tx.run(
    `MATCH (ev:CurationEvent) WHERE ev.at > $at AND ev.id <> $id AND ev.revertedAt IS NULL
     RETURN ev.id AS id, ev.kind AS kind, ev.at AS at, ev.summary AS summary,
       coalesce(ev.targets, []) AS targets, ev.before AS before
     ORDER BY ev.at DESC`,
    { at, id: eventId },
  );
  for (const r of res.records) {
    const theirs = touchedBy(
      r.get('targets') as string[],
      JSON.parse(r.get('before') as string) as Snapshot,
    );
    const shared = [...mine].filter((id) => theirs.has(id));
    if (shared.length > 0) {
      throw conflict(
        `A later curation changed ${shared.slice(0, 3).join(', ')} too: ${r.get('kind') as string} ` +
          `at ${r.get('at') as string} ("${r.get('summary') as string}", event ${r.get('id') as string}). ` +
          'Revert that one first.',
      );
    }
  }
}

async function exists(tx: Tx, label: 'Entity' | 'Article' | 'Claim', id: string) {
  const res = await tx.run(`MATCH (n:${label} {id: $id}) RETURN count(n) AS n`, { id });
  return Number(res.records[0]?.get('n') ?? 0) > 0;
}

function conflict(message: string): KgError {
  return new KgError('CURATION_CONFLICT', message);
}

async function detachAliasKeys(tx: Tx, entityId: string): Promise<string[]> {
  const res = await tx.run(
    `MATCH (k:AliasKey)-[r:ALIAS_OF]->(:Entity {id: $id}) DELETE r RETURN collect(k.key) AS keys`,
    { id: entityId },
  );
  return (res.records[0]?.get('keys') as string[] | undefined) ?? [];
}

async function revertClaim(tx: Tx, before: Snapshot): Promise<void> {
  const claim = before.nodes.find(isLabel('Claim'));
  if (!claim || !(await exists(tx, 'Claim', refOf(claim)[1]))) {
    throw conflict('The claim is gone (its article was deleted since); nothing to revert.');
  }
  await restoreNodes(tx, [claim], 'overwrite');
}

async function revertUpdate(tx: Tx, before: Snapshot): Promise<void> {
  const entity = before.nodes.find(isLabel('Entity'));
  const id = entity ? refOf(entity)[1] : '';
  if (!entity || !(await exists(tx, 'Entity', id))) {
    throw conflict(`Entity ${id} is gone (merged or deleted since); revert that first.`);
  }
  const current = await detachAliasKeys(tx, id);
  await restoreNodes(tx, [entity], 'overwrite');
  await restoreNodes(tx, before.nodes.filter(isLabel('AliasKey')), 'create');
  await restoreRels(tx, before.rels);
  await deleteOrphanAliasKeys(tx, current);
}

async function revertDelete(tx: Tx, before: Snapshot, targets: string[]): Promise<void> {
  const id = targets[0] ?? '';
  if (await exists(tx, 'Article', id)) {
    throw conflict(`Article ${id} was loaded again since; delete it first to revert.`);
  }
  await restoreNodes(tx, before.nodes, 'create');
  await restoreRels(tx, before.rels);
}

async function revertMerge(tx: Tx, before: Snapshot, plan: RevertPlan): Promise<void> {
  const keep = String(plan.extra.keep);
  const merged = (plan.extra.merged as string[] | undefined) ?? [];
  if (!(await exists(tx, 'Entity', keep))) {
    throw conflict(`Entity ${keep} is gone (merged or deleted since); revert that first.`);
  }
  for (const id of merged) {
    if (await exists(tx, 'Entity', id))
      throw conflict(`Entity ${id} exists again; cannot unmerge.`);
  }
  const current = await detachAliasKeys(tx, keep);
  const claims = before.nodes.filter(isLabel('Claim'));
  await tx.run(`UNWIND $ids AS id MATCH (:Claim {id: id})-[r:SUBJECT|OBJECT]->() DELETE r`, {
    ids: claims.map((c) => refOf(c)[1]),
  });
  const articles = [
    ...new Set(before.rels.filter((r) => r.type === 'MENTIONS').map((r) => r.from[1])),
  ];
  await tx.run(
    `UNWIND $articles AS aid MATCH (:Article {id: aid})-[r:MENTIONS]->(:Entity {id: $keep}) DELETE r`,
    { articles, keep },
  );
  const entities = before.nodes.filter(isLabel('Entity'));
  await restoreNodes(tx, [...entities.filter((e) => refOf(e)[1] === keep), ...claims], 'overwrite');
  await restoreNodes(
    tx,
    entities.filter((e) => refOf(e)[1] !== keep),
    'create',
  );
  await restoreNodes(tx, before.nodes.filter(isLabel('AliasKey')), 'create');
  await restoreRels(tx, before.rels);
  await deleteOrphanAliasKeys(tx, current);
  await tx.run('MATCH (m:MergeLog {id: $id}) DELETE m', { id: String(plan.extra.mergeLogId) });
}

/**
 * Reverts the curation event `eventId` as `actor`: the graph parts it changed are written back
 * as they were, the relationships and entity aggregates involved recomputed, and the event marked
 * reverted. CURATION_EVENT_NOT_FOUND for an unknown id; CURATION_CONFLICT when it was already
 * reverted, a later curation (not reverted) changed one of the same entities, claims or articles
 * (revert that one first), or a later change makes it impossible (e.g. the article was loaded
 * again).
 */
export async function revertCuration(
  gateway: Gateway,
  eventId: string,
  actor: string,
): Promise<CurationEventRecord> {
  return gateway.write(async (tx) => {
    const row = (
      await tx.run(
        `MATCH (ev:CurationEvent {id: $id})
         RETURN ev.kind AS kind, ev.before AS before, ev.plan AS plan, ev.revertedAt AS revertedAt,
           coalesce(ev.targets, []) AS targets, ev.at AS at`,
        { id: eventId },
      )
    ).records[0];
    if (!row) {
      throw new KgError('CURATION_EVENT_NOT_FOUND', `No curation event with id ${eventId}.`, {
        id: eventId,
      });
    }
    if (row.get('revertedAt') != null) throw conflict('This curation was already reverted.');
    const before = JSON.parse(row.get('before') as string) as Snapshot;
    const plan = JSON.parse(row.get('plan') as string) as RevertPlan;
    const kind = row.get('kind') as string;
    const targets = row.get('targets') as string[];
    await checkNoLaterChange(tx, eventId, row.get('at') as string, touchedBy(targets, before));
    if (kind === 'REJECT_CLAIM' || kind === 'RESTORE_CLAIM') await revertClaim(tx, before);
    else if (kind === 'UPDATE_ENTITY') await revertUpdate(tx, before);
    else if (kind === 'DELETE_ARTICLE') {
      await revertDelete(tx, before, targets);
    } else if (kind === 'MERGE_ENTITIES') await revertMerge(tx, before, plan);
    else throw conflict(`Curation kind ${kind} cannot be reverted.`);
    const at = new Date().toISOString();
    const keys = plan.relationKeys.map((k) => ({ ...k, type: checkedRelationType(k.type) }));
    await recomputeRelations(tx, keys, at);
    await recomputeEntities(tx, plan.entityIds);
    const res = await tx.run(
      `MATCH (ev:CurationEvent {id: $id}) SET ev.revertedAt = $at, ev.revertedBy = $actor
       RETURN ${eventProjection('ev')} AS ev`,
      { id: eventId, at, actor },
    );
    return res.records[0]!.get('ev') as CurationEventRecord;
  });
}
