// What loading by link and by feed needs: the database gateway, the fetcher and the article limits.
import type { Gateway } from '../db/gateway.js';
import type { Fetcher } from '../fetch/fetcher.js';

/** Shared dependencies of the URL and feed loaders. */
export interface SourceDeps {
  gateway: Gateway;
  fetcher: Fetcher;
  maxBytes: number;
  maxWords: number;
}
