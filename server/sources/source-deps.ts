// What loading by link and by feed needs: the database, the fetcher and the article limits.
import type { Driver } from 'neo4j-driver';
import type { Fetcher } from '../fetch/fetcher.js';

/** Shared dependencies of the URL and feed loaders. */
export interface SourceDeps {
  driver: Driver;
  database?: string | undefined;
  fetcher: Fetcher;
  maxBytes: number;
  maxWords: number;
}
