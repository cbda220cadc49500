// The curation log: one CurationEvent node per curation, written in the curation's transaction.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../gateway.js';
import type { RelationKey } from '../writes/relation-aggregates.js';
import type { Snapshot } from './snapshot.js';

/** The kinds of curation the log records (and `revertCuration` can undo). */
export const CURATION_KINDS = [
  'MERGE_ENTITIES',
  'REJECT_CLAIM',
  'RESTORE_CLAIM',
  'UPDATE_ENTITY',
  'DELETE_ARTICLE',
] as const;
export type CurationKind = (typeof CURATION_KINDS)[number];

/** Who made a curation when no API token was presented. */
export const LOCAL_ACTOR = 'local';

/** What undoing an event needs besides the snapshot. */
export interface RevertPlan {
  /** Relationships to recompute after the snapshot is written back. */
  relationKeys: RelationKey[];
  /** Entities whose aggregates to recompute. */
  entityIds: string[];
  /** Kind-specific ids (merged ids, the MergeLog id, ...). */
  extra: Record<string, string | string[]>;
}

/** One event as stored and listed. */
export interface CurationEventRecord {
  id: string;
  kind: CurationKind;
  actor: string;
  at: string;
  summary: string;
  targets: string[];
  revertedAt: string | null;
  revertedBy: string | null;
}

/** What a curation gives the log. */
export interface NewCurationEvent {
  kind: CurationKind;
  actor: string;
  at: string;
  summary: string;
  targets: readonly string[];
  before: Snapshot;
  plan: RevertPlan;
}

/** Cypher projection of event variable `v` into a {@link CurationEventRecord}. */
export function eventProjection(v: string): string {
  return `{id: ${v}.id, kind: ${v}.kind, actor: ${v}.actor, at: ${v}.at, summary: ${v}.summary,
    targets: coalesce(${v}.targets, []), revertedAt: ${v}.revertedAt, revertedBy: ${v}.revertedBy}`;
}

/** Writes the event inside the curation's transaction `tx`; returns its id. */
export async function logCuration(tx: Tx, event: NewCurationEvent): Promise<string> {
  const id = randomUUID();
  await tx.run(
    `CREATE (:CurationEvent {id: $id, kind: $kind, actor: $actor, at: $at, summary: $summary,
       targets: $targets, before: $before, plan: $plan})`,
    {
      id,
      kind: event.kind,
      actor: event.actor,
      at: event.at,
      summary: event.summary,
      targets: [...event.targets],
      before: JSON.stringify(event.before),
      plan: JSON.stringify(event.plan),
    },
  );
  return id;
}
