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

/**
 * A `Cache` for `useResponseCache` that keeps each result as its JSON text (so the byte bound is
 * what the cache really holds: the result objects took ~10× their JSON in the soak) and evicts
 * the least recently used when either bound is passed. Entries are never invalidated by entity
 * (the graph version in the key retires them), so `invalidate` does nothing.
 */
export function createResponseStore(limits: ResponseStoreLimits): Cache & { bytes(): number } {
  const lru = new LRUCache<string, string>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (json) => Math.max(1, json.length),
  });
  return {
    set(id, data) {
      // lru-cache does not store an entry larger than maxSize.
      lru.set(id, JSON.stringify(data));
    },
    get(id) {
      const json = lru.get(id);
      return json === undefined ? null : (JSON.parse(json) as ExecutionResult);
    },
    invalidate: () => undefined,
    bytes: () => lru.calculatedSize,
  };
}
