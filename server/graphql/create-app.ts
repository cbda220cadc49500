// Builds the graphql-yoga app (no listen): schema from schema/schema.graphql plus resolvers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSchema, createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { readStats } from '../db/stats-queries.js';
import { ENTITY_TYPE_LABELS, RELATION_TYPE_LABELS } from '../../schema/ontology.js';

const SDL = readFileSync(resolve(import.meta.dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');

/** What the app needs from the outside world. */
export interface AppDeps {
  driver: Driver;
  config: Config;
  database?: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type KgApp = YogaServerInstance<{}, {}>;

/** Creates the yoga app serving `/graphql`, `/health` and `/ready`. */
export function createApp(deps: AppDeps): KgApp {
  const { driver, database } = deps;
  const schema = createSchema({
    typeDefs: SDL,
    resolvers: {
      Query: {
        stats: () => readStats(driver, database),
        ontology: () => ({
          entityTypes: Object.entries(ENTITY_TYPE_LABELS).map(([name, label]) => ({ name, label })),
          relationTypes: Object.entries(RELATION_TYPE_LABELS).map(([name, label]) => ({
            name,
            label,
          })),
        }),
      },
    },
  });
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    renderGraphiQL,
    graphiql: { title: 'EV knowledge graph — GraphiQL' },
    landingPage: false,
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await driver.verifyConnectivity({ database });
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });
}
