// The per-request GraphQL context: repository, fresh loaders, configuration.
import type { Config } from '../config/config.js';
import type { Repository } from '../db/repository.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives as its context. */
export interface GraphQLContext {
  repo: Repository;
  loaders: Loaders;
  config: Config;
}

/** Builds the context of one request (new loaders, so nothing is cached across requests). */
export function createContext(repo: Repository, config: Config): GraphQLContext {
  return { repo, config, loaders: createLoaders(repo) };
}
