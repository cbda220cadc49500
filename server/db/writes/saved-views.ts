// Writes for saved views: create or replace one, delete one.
import { randomUUID } from 'node:crypto';
import { KgError } from '../../errors.js';
import type { Gateway } from '../gateway.js';
import type { SavedViewRecord } from '../queries/saved-view-queries.js';

const PROJECTION = 'v {.id, .name, .state, .createdAt, .updatedAt}';

/**
 * Stores a checked view: a new one (fresh id) when `id` is absent, else replaces that one
 * (SAVED_VIEW_NOT_FOUND when there is none).
 */
export async function saveView(
  db: Gateway,
  input: { id: string | null; name: string; state: string },
): Promise<SavedViewRecord> {
  const now = new Date().toISOString();
  const res = await db.write((tx) =>
    input.id === null
      ? tx.run(
          `CREATE (v:SavedView {id: $id, name: $name, state: $state, createdAt: $now, updatedAt: $now})
           RETURN ${PROJECTION} AS v`,
          { id: randomUUID(), name: input.name, state: input.state, now },
        )
      : tx.run(
          `MATCH (v:SavedView {id: $id})
           SET v.name = $name, v.state = $state, v.updatedAt = $now
           RETURN ${PROJECTION} AS v`,
          { id: input.id, name: input.name, state: input.state, now },
        ),
  );
  const saved = res.records[0]?.get('v') as SavedViewRecord | undefined;
  if (!saved) {
    throw new KgError('SAVED_VIEW_NOT_FOUND', `No saved view with id ${input.id}.`, {
      id: input.id,
    });
  }
  return saved;
}

/** Deletes a saved view; false when there was none. */
export async function deleteSavedView(db: Gateway, id: string): Promise<boolean> {
  const res = await db.write((tx) =>
    tx.run(`MATCH (v:SavedView {id: $id}) DELETE v RETURN count(*) AS removed`, { id }),
  );
  return Number(res.records[0]?.get('removed') ?? 0) > 0;
}
