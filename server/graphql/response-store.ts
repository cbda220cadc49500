// The response cache's store: an LRU bounded by entry count and by the results' serialized size.
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
 * A `Cache` for `useResponseCache` that evicts the least recently used results when either
 * bound is passed. Entries are never invalidated by entity (the graph version in the key retires
 * them), so `invalidate` does nothing.
 */
export function createResponseStore(limits: ResponseStoreLimits): Cache & { bytes(): number } {
  const lru = new LRUCache<string, ExecutionResult>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (value) => Math.max(1, JSON.stringify(value).length),
  });
  return {
    set(id, data) {
      // lru-cache refuses (and does not store) an entry larger than maxSize.
      lru.set(id, data);
    },
    get: (id) => lru.get(id) ?? null,
    invalidate: () => undefined,
    bytes: () => lru.calculatedSize,
  };
}
