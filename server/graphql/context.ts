// The per-request GraphQL context: repository, fresh loaders, configuration.
import type { Config } from '../config/config.js';
import type { Repository } from '../db/repository.js';
import type { WebSources } from '../sources/web-sources.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives as its context. */
export interface GraphQLContext {
  repo: Repository;
  loaders: Loaders;
  config: Config;
  /** Loading by link and by feed (absent in contexts built without a server, e.g. benches). */
  sources?: WebSources;
}

/** Builds the context of one request (new loaders, so nothing is cached across requests). */
export function createContext(
  repo: Repository,
  config: Config,
  sources?: WebSources,
): GraphQLContext {
  return { repo, config, loaders: createLoaders(repo), ...(sources ? { sources } : {}) };
}
