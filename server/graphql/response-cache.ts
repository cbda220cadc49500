// Response cache for GraphQL queries, keyed by the graph version: any commit, by any process,
// changes the version, so later requests miss and read Neo4j again.
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { OperationTypeNode, getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphVersion } from '../db/graph-version.js';
import { createResponseStore } from './response-store.js';

/** What the response cache needs. */
export interface ResponseCacheOptions {
  /** Where the graph version comes from (one probe shared by concurrent requests). */
  version: GraphVersion;
  /** Most responses kept; the least recently used are evicted. */
  maxEntries: number;
  /** Most bytes of results kept (JSON length); larger results are not cached. */
  maxBytes: number;
}

/**
 * Caches the results of queries without errors under `version|hash(document, operation,
 * variables)`. Results do not depend on the caller (reads need no token), so one cache serves all.
 * Mutations are never cached. When the version probe fails the request runs uncached.
 */
export function useGraphResponseCache({
  version,
  maxEntries,
  maxBytes,
}: ResponseCacheOptions): Plugin {
  // Contexts of requests that must neither be answered from nor stored in the cache.
  const bypass = new WeakSet<object>();
  const cacheable = (request: Request, context: unknown): boolean =>
    // The plugin answers If-None-Match with 304 from any entry it still holds, even one of an
    // older version; such requests skip the cache (and responses carry no ETag, see onResponse).
    !request.headers.has('if-none-match') &&
    !(typeof context === 'object' && context !== null && bypass.has(context));
  const responseCache = useResponseCache({
    session: () => null,
    cache: createResponseStore({ maxEntries, maxBytes }),
    enabled: cacheable,
    // Entries are never invalidated by entity: the version in the key retires them all at once.
    invalidateViaMutation: false,
    idFields: [],
    includeExtensionMetadata: false,
    shouldCacheResult: ({ result }) => !result.errors?.length,
    buildResponseCacheKey: async (params) => {
      if (!cacheable(params.request, params.context)) return 'bypass';
      try {
        const graphVersion = await version.current();
        return `${graphVersion}|${await defaultBuildResponseCacheKey(params)}`;
      } catch {
        bypass.add(params.context as object);
        return 'bypass';
      }
    },
  });
  return {
    onPluginInit({ addPlugin }) {
      // Added after this plugin, so the onExecute below runs before the cache's own.
      addPlugin(responseCache);
    },
    onExecute({ args }) {
      // With invalidateViaMutation off the plugin would store mutation results too (a dry run
      // could then be replayed without the write guard): only queries are cached.
      const operation = getOperationAST(
        args.document as DocumentNode,
        args.operationName as string | undefined,
      );
      if (operation?.operation !== OperationTypeNode.QUERY) bypass.add(args.contextValue);
    },
    onResponse({ response }) {
      response.headers.delete('etag');
      response.headers.delete('last-modified');
    },
    onDispose: () => version.close(),
  };
}
