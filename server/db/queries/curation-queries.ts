// Reads of the curation log (newest first) and of the rejected claims, with keyset pagination.
import { eventProjection, type CurationEventRecord } from '../curation/curation-log.js';
import type { Gateway } from '../gateway.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { claimProjection, type ClaimRecord } from './models.js';

/** A page of something, newest first. */
export interface NewestPage<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** A rejected claim with when it was rejected and why (when not by hand). */
export interface RejectedClaimRecord extends ClaimRecord {
  rejectedAt: string | null;
  rejectedReason: string | null;
}

function page<T>(rows: T[], first: number, key: (t: T) => { k: string; id: string }) {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    endCursor: last ? encodeCursor(key(last)) : null,
    hasNextPage: rows.length > first,
  };
}

/** Lists curation events newest first. */
export async function curationEvents(
  db: Gateway,
  args: { first: number; after?: string | null },
): Promise<NewestPage<CurationEventRecord>> {
  const after = args.after ? decodeCursor(args.after) : null;
  return db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (ev:CurationEvent)
       WHERE $afterId IS NULL OR ev.at < $afterK OR (ev.at = $afterK AND ev.id < $afterId)
       WITH ev ORDER BY ev.at DESC, ev.id DESC LIMIT toInteger($n)
       RETURN ${eventProjection('ev')} AS ev`,
      { afterK: after?.k ?? null, afterId: after?.id ?? null, n: args.first + 1 },
    );
    const total = await tx.run('MATCH (ev:CurationEvent) RETURN count(ev) AS n');
    const rows = res.records.map((r) => r.get('ev') as CurationEventRecord);
    return {
      ...page(rows, args.first, (e) => ({ k: e.at, id: e.id })),
      totalCount: Number(total.records[0]?.get('n') ?? 0),
    };
  });
}

/** Lists rejected claims, most recently rejected first. */
export async function rejectedClaims(
  db: Gateway,
  args: { first: number; after?: string | null },
): Promise<NewestPage<RejectedClaimRecord>> {
  const after = args.after ? decodeCursor(args.after) : null;
  return db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (a:Article)-[:STATES]->(c:Claim) WHERE c.rejected = true
       WITH a, c, coalesce(c.rejectedAt, '') AS k
       WHERE $afterId IS NULL OR k < $afterK OR (k = $afterK AND c.id < $afterId)
       WITH a, c, k ORDER BY k DESC, c.id DESC LIMIT toInteger($n)
       WITH c, ${claimProjection('c', 'a')} AS base
       RETURN base {.*, rejectedAt: c.rejectedAt, rejectedReason: c.rejectedReason} AS c`,
      { afterK: after?.k ?? null, afterId: after?.id ?? null, n: args.first + 1 },
    );
    const total = await tx.run('MATCH (c:Claim) WHERE c.rejected = true RETURN count(c) AS n');
    const rows = res.records.map((r) => r.get('c') as RejectedClaimRecord);
    return {
      ...page(rows, args.first, (c) => ({ k: c.rejectedAt ?? '', id: c.id })),
      totalCount: Number(total.records[0]?.get('n') ?? 0),
    };
  });
}
