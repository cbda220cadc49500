// Marks a claim rejected; the typed relationship it supported is recomputed (or removed).
import type { RelationType } from '../../../schema/ontology.js';
import type { Gateway } from '../gateway.js';
import { recomputeRelations } from '../writes/relation-aggregates.js';

const REJECT_CYPHER = `MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
SET c.rejected = true, c.rejectedAt = coalesce(c.rejectedAt, $now)
RETURN c.type AS type, s.id AS subjectId, o.id AS objectId`;

/** Rejects the claim `claimId`; false when there is no such claim (already rejected: true). */
export async function rejectClaim(gateway: Gateway, claimId: string): Promise<boolean> {
  return gateway.write(async (tx) => {
    const now = new Date().toISOString();
    const res = await tx.run(REJECT_CYPHER, { id: claimId, now });
    const row = res.records[0];
    if (!row) return false;
    const type = row.get('type') as RelationType;
    const subjectId = row.get('subjectId') as string | null;
    const objectId = row.get('objectId') as string | null;
    if (subjectId && objectId) await recomputeRelations(tx, [{ type, subjectId, objectId }], now);
    return true;
  });
}
