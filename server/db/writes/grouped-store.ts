// Stores single deltas through one group-commit batcher per gateway (concurrent writes share a transaction).
import type { GraphDelta } from '../../../schema/graph-delta.js';
import { isUnavailable } from '../db-errors.js';
import type { Gateway } from '../gateway.js';
import { createGroupCommit, type GroupCommit } from '../group-commit.js';
import { isKgError } from '../../errors.js';
import { storeDeltas, type StoredDelta } from './store-deltas.js';

/** Most articles in one grouped transaction. */
export const GROUP_MAX_ARTICLES = 32;
/** Most article text (characters) in one grouped transaction; a larger article goes alone. */
export const GROUP_MAX_TEXT = 4 * 1024 * 1024;

const batchers = new WeakMap<Gateway, GroupCommit<GraphDelta, StoredDelta>>();

const databaseDown = (err: unknown) =>
  (isKgError(err) && err.code === 'DATABASE_UNAVAILABLE') || isUnavailable(err);

function batcherOf(gateway: Gateway): GroupCommit<GraphDelta, StoredDelta> {
  let b = batchers.get(gateway);
  if (!b) {
    b = createGroupCommit<GraphDelta, StoredDelta>({
      commit: (deltas) => storeDeltas(gateway, deltas),
      maxItems: GROUP_MAX_ARTICLES,
      maxWeight: GROUP_MAX_TEXT,
      weight: (d) => d.article.text.length,
      retryAlone: (err) => !databaseDown(err),
    });
    batchers.set(gateway, b);
  }
  return b;
}

/**
 * Stores one extracted delta, sharing the write transaction with the other single deltas stored
 * through the same gateway at the same moment (group commit). Resolves with this delta's own
 * result; when the shared transaction fails, each member is retried alone so only a bad one fails.
 * Idempotent by content as {@link storeDeltas}: the same article twice is created once.
 */
export function storeDeltaGrouped(gateway: Gateway, delta: GraphDelta): Promise<StoredDelta> {
  return batcherOf(gateway).submit(delta);
}
