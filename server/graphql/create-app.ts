// Builds the graphql-yoga app (no listen): schema from schema/schema.graphql plus resolvers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createSchema,
  createYoga,
  useReadinessCheck,
  type Plugin,
  type YogaServerInstance,
} from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { createDbReadiness } from '../db/db-readiness.js';
import { createGateway } from '../db/gateway.js';
import { createGraphVersion } from '../db/graph-version.js';
import { createRepository } from '../db/repository.js';
import { createWebSources } from '../sources/web-sources.js';
import { createContext, type GraphQLContext } from './context.js';
import { useDbReadiness } from './db-readiness-plugin.js';
import { maskError } from './error-masking.js';
import { useExportRoute } from './export/export-route.js';
import { graphiqlOptions } from './graphiql-options.js';
import { useCompiledQueries } from './jit-plugin.js';
import { armorPlugins, useBodyLimit, useNoIntrospection } from './limits-plugins.js';
import { useGraphResponseCache } from './response-cache.js';
import { resolvers } from './resolvers/index.js';
import { useWriteGuard } from './write-guard-plugin.js';
import { yogaLogger } from './yoga-logger.js';

const SDL = readFileSync(
  resolve(import.meta.dirname, '..', '..', 'schema', 'schema.graphql'),
  'utf8',
);

/** What the app needs from the outside world. */
export interface AppDeps {
  driver: Driver;
  config: Config;
  database?: string | undefined;
  /** Called for every Cypher statement the API sends, reads and writes (tests count them). */
  onQuery?: (cypher: string) => void;
  /** Allow introspection; default: allowed unless `config.production`. */
  introspection?: boolean;
  /** Run queries compiled by graphql-jit (default true; benches compare both). */
  compiledQueries?: boolean;
  /** Extra plugins, added first (benches time the phases of each request with one). */
  plugins?: Plugin[];
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type KgApp = YogaServerInstance<{}, GraphQLContext>;

/** Largest accepted request body: an article at the size limit, JSON-escaped, plus the query. */
export function maxRequestBytes(config: Config): number {
  return config.maxArticleBytes * 2 + 64 * 1024;
}

/** Creates the yoga app serving `/graphql`, `/export`, `/health` and `/ready`. */
export function createApp(deps: AppDeps): KgApp {
  const { driver, database, config } = deps;
  const gateway = createGateway(driver, { database, onQuery: deps.onQuery });
  const repo = createRepository(gateway);
  const sources = createWebSources(gateway, config);
  const schema = createSchema<GraphQLContext>({ typeDefs: SDL, resolvers });
  const introspection = deps.introspection ?? config.introspection ?? !config.production;
  const readiness = createDbReadiness(
    () => driver.verifyConnectivity({ database }),
    config.dbReadiness,
  );
  const plugins: Plugin[] = [
    ...(deps.plugins ?? []),
    useBodyLimit(maxRequestBytes(config)),
    useExportRoute(repo, config.maxPageSize),
    ...armorPlugins(),
    useWriteGuard(config),
    useDbReadiness(readiness),
    useReadinessCheck({
      endpoint: '/ready',
      // What `/ready` learns, the API's requests use at once (and the other way round).
      check: async () => {
        try {
          await driver.verifyConnectivity({ database });
          readiness.markUp();
          return true;
        } catch {
          readiness.markDown();
          return false;
        }
      },
    }),
  ];
  if (!introspection) plugins.push(useNoIntrospection());
  if (deps.compiledQueries ?? true) plugins.push(useCompiledQueries());
  if (config.responseCache) {
    // Last: cache hits skip validation and execution, but only documents that passed the limits
    // above and ran as queries without errors are ever stored (see response-cache.ts).
    const version = createGraphVersion(gateway);
    plugins.push(
      useGraphResponseCache({
        version,
        maxEntries: config.responseCacheSize,
        maxBytes: config.responseCacheBytes,
      }),
    );
  }
  return createYoga<object, GraphQLContext>({
    schema,
    context: () => createContext(repo, config, sources),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    renderGraphiQL,
    graphiql: graphiqlOptions,
    landingPage: false,
    logging: yogaLogger,
    maskedErrors: { maskError },
    cors:
      config.corsOrigins.length > 0
        ? { origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], credentials: false }
        : false,
    plugins,
  });
}
