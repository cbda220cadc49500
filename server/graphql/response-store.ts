// The response cache's store: results kept as JSON text in an LRU bounded by entries and by bytes, served as that text.
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
 * A cached result as the store hands it back: no parsed data, only `stringify`, which yoga's
 * result processor calls to write the response body (the JSON text as it was first sent).
 */
export type TextResult = ExecutionResult & { stringify: () => string };

/** The JSON body yoga would send for `result`: without the HTTP-only `extensions.http`. */
export function responseText(result: ExecutionResult): string {
  if (!result.extensions || !('http' in result.extensions)) return JSON.stringify(result);
  const extensions: Record<string, unknown> = { ...result.extensions };
  delete extensions.http;
  const body: ExecutionResult = { ...result };
  if (Object.keys(extensions).length > 0) body.extensions = extensions;
  else delete body.extensions;
  return JSON.stringify(body);
}

/**
 * A `Cache` for `useResponseCache` that keeps each result as its JSON text (so the byte bound is
 * what the cache really holds: result objects took many times their JSON length in the soak)
 * and evicts the least recently used when either bound is passed. A hit is served as that text:
 * no `JSON.parse` and no second `JSON.stringify` (see {@link TextResult}). Entries are never
 * invalidated by entity (the graph version in the key retires them): `invalidate` does nothing.
 */
export function createResponseStore(limits: ResponseStoreLimits): Cache & { bytes(): number } {
  const text = new LRUCache<string, string>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (json) => Math.max(1, json.length),
  });
  return {
    set(id, data) {
      // lru-cache does not store an entry larger than its maxSize.
      text.set(id, responseText(data));
    },
    get(id) {
      const json = text.get(id);
      if (json === undefined) return null;
      const hit: TextResult = { stringify: () => json };
      return hit;
    },
    invalidate: () => undefined,
    bytes: () => text.calculatedSize,
  };
}
