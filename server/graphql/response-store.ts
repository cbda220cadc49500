// The response cache's store: results kept as JSON text in an LRU bounded by entries and by bytes.
import type { Cache } from '@envelop/response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Bounds of the store. */
export interface ResponseStoreLimits {
  /** Most entries kept. */
  maxEntries: number;
  /** Most bytes kept, counted as the JSON length of each result (a result larger than this is not kept). */
  maxBytes: number;
}

/** Share of the byte budget (in JSON length) whose results are also kept parsed, for hot hits. */
const HOT_SHARE = 1 / 8;

/**
 * A `Cache` for `useResponseCache` that keeps each result as its JSON text (so the byte bound is
 * what the cache really holds: result objects took many times their JSON length in the soak)
 * and evicts the least recently used when either bound is passed. The most recently used results
 * within 1/8 of the budget are also kept parsed, so hot hits skip `JSON.parse`. Entries are never
 * invalidated by entity (the graph version in the key retires them): `invalidate` does nothing.
 */
export function createResponseStore(limits: ResponseStoreLimits): Cache & { bytes(): number } {
  const text = new LRUCache<string, string>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (json) => Math.max(1, json.length),
  });
  const hot = new LRUCache<string, { result: ExecutionResult; size: number }>({
    max: limits.maxEntries,
    maxSize: Math.max(1, Math.floor(limits.maxBytes * HOT_SHARE)),
    sizeCalculation: (entry) => entry.size,
  });
  return {
    set(id, data) {
      const json = JSON.stringify(data);
      // lru-cache does not store an entry larger than its maxSize.
      text.set(id, json);
      if (text.has(id)) hot.set(id, { result: data, size: Math.max(1, json.length) });
    },
    get(id) {
      const json = text.get(id);
      if (json === undefined) {
        hot.delete(id);
        return null;
      }
      const cached = hot.get(id);
      if (cached) return cached.result;
      const result = JSON.parse(json) as ExecutionResult;
      hot.set(id, { result, size: Math.max(1, json.length) });
      return result;
    },
    invalidate: () => undefined,
    bytes: () => text.calculatedSize,
  };
}
