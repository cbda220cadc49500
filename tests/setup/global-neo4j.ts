// Vitest global setup: one managed Neo4j for the whole integration run (or NEO4J_URI if given).
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startManagedNeo4j, type ManagedNeo4j } from '../../server/neo4j/managed-neo4j.js';
import { TEST_BOLT_PORT, TEST_DATA_DIR, TEST_HTTP_PORT } from './test-neo4j.js';

let server: ManagedNeo4j | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  let uri: string;
  if (external) {
    uri = external;
  } else {
    server = await startManagedNeo4j({
      dataDir: TEST_DATA_DIR,
      cacheDir: resolve(import.meta.dirname, '..', '..', '.cache'),
      boltPort: TEST_BOLT_PORT,
      httpPort: TEST_HTTP_PORT,
      heap: '1g',
      pageCache: '512m',
      startTimeoutMs: 180_000,
      log: (l) => console.log(`[test-neo4j] ${l}`),
    });
    uri = server.boltUri;
  }
  process.env.KG_TEST_NEO4J_URI = uri;
  project.provide('neo4jUri', uri);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
