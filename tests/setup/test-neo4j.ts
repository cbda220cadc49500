// Where integration tests find their Neo4j: the NEO4J_URI given, or the managed test instance.
import { resolve } from 'node:path';

/** Bolt port of the managed test Neo4j (separate from the dev server's 7687). */
export const TEST_BOLT_PORT = Number(process.env.KG_TEST_BOLT_PORT ?? 7688);
export const TEST_HTTP_PORT = Number(process.env.KG_TEST_HTTP_PORT ?? TEST_BOLT_PORT + 1000);
export const TEST_DATA_DIR = resolve(
  import.meta.dirname,
  '..',
  '..',
  '.data',
  `neo4j-test-${TEST_BOLT_PORT}`,
);

/** The Bolt URI tests connect to. */
export function testNeo4jUri(): string {
  return process.env.KG_TEST_NEO4J_URI ?? `bolt://127.0.0.1:${TEST_BOLT_PORT}`;
}
