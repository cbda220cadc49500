// The peer: @neo4j/graphql over the bench graph, served by its own graphql-yoga app (no response cache).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-type-defs.js';

/** A yoga app serving the generated schema at `/graphql`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type PeerApp = YogaServerInstance<{}, {}>;

/** Builds the @neo4j/graphql schema (case-insensitive string filters on) and serves it with yoga. */
export async function createPeerApp(driver: Driver): Promise<PeerApp> {
  const neo = new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: { filters: { String: { CASE_INSENSITIVE: true } } },
  });
  const schema = await neo.getSchema();
  // Unmasked: when the peer fails a case, the bench reports the peer's own error message.
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    graphiql: false,
    maskedErrors: false,
  });
}
