// At most N requests in flight per host (p-limit per host; idle hosts are forgotten).
import pLimit, { type LimitFunction } from 'p-limit';

/** Runs tasks for a host with at most `perHost` of them at once. */
export function createHostLimiter(perHost: number) {
  const limits = new Map<string, LimitFunction>();
  return async function forHost<T>(host: string, task: () => Promise<T>): Promise<T> {
    let limit = limits.get(host);
    if (!limit) {
      limit = pLimit(perHost);
      limits.set(host, limit);
    }
    const l = limit;
    try {
      return await l(task);
    } finally {
      if (l.activeCount === 0 && l.pendingCount === 0) limits.delete(host);
    }
  };
}
