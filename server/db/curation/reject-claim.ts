// Rejects a claim (or restores a rejected one); the typed relationship it supports follows. Logged.
import type { RelationType } from '../../../schema/ontology.js';
import type { Gateway } from '../gateway.js';
import { recomputeRelations } from '../writes/relation-aggregates.js';
import { LOCAL_ACTOR, logCuration } from './curation-log.js';
import { captureNodes } from './snapshot.js';

const FIND_CYPHER = `MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN c.type AS type, s.id AS subjectId, o.id AS objectId, coalesce(c.rejected, false) AS rejected,
  s.name AS subject, o.name AS object`;

const REJECT_CYPHER = `MATCH (c:Claim {id: $id})
SET c.rejected = true, c.rejectedAt = coalesce(c.rejectedAt, $now)`;

const RESTORE_CYPHER = `MATCH (c:Claim {id: $id})
SET c.rejected = false
REMOVE c.rejectedAt, c.rejectedReason`;

async function setRejected(
  gateway: Gateway,
  claimId: string,
  rejected: boolean,
  actor: string,
): Promise<boolean> {
  return gateway.write(async (tx) => {
    const now = new Date().toISOString();
    const row = (await tx.run(FIND_CYPHER, { id: claimId })).records[0];
    if (!row) return false;
    // Nothing to do (already in that state): nothing is logged.
    if ((row.get('rejected') as boolean) === rejected) return true;
    const before = await captureNodes(tx, [['Claim', claimId]]);
    await tx.run(rejected ? REJECT_CYPHER : RESTORE_CYPHER, { id: claimId, now });
    const type = row.get('type') as RelationType;
    const subjectId = row.get('subjectId') as string | null;
    const objectId = row.get('objectId') as string | null;
    const keys = subjectId && objectId ? [{ type, subjectId, objectId }] : [];
    await recomputeRelations(tx, keys, now);
    const what = `${String(row.get('subject'))} ${type} ${String(row.get('object'))}`;
    await logCuration(tx, {
      kind: rejected ? 'REJECT_CLAIM' : 'RESTORE_CLAIM',
      actor,
      at: now,
      summary: `${rejected ? 'Rejected' : 'Restored'} claim ${what}`,
      targets: [claimId],
      before: { nodes: before, rels: [] },
      plan: { relationKeys: keys, entityIds: [], extra: {} },
    });
    return true;
  });
}

/** Rejects the claim `claimId` as `actor`; false when there is no such claim (already rejected: true). */
export function rejectClaim(
  gateway: Gateway,
  claimId: string,
  actor: string = LOCAL_ACTOR,
): Promise<boolean> {
  return setRejected(gateway, claimId, true, actor);
}

/** Restores the rejected claim `claimId` as `actor`; false when there is no such claim. */
export function restoreClaim(
  gateway: Gateway,
  claimId: string,
  actor: string = LOCAL_ACTOR,
): Promise<boolean> {
  return setRejected(gateway, claimId, false, actor);
}
