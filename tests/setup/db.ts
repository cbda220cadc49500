// Helpers for integration tests: a driver to the test Neo4j and a clean, migrated database.
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../server/db/driver.js';
import { createGateway } from '../../server/db/gateway.js';
import { migrate } from '../../server/db/migrate.js';

/** Opens a driver to the run's Neo4j (managed by global setup, or NEO4J_URI). */
export function testDriver(): Driver {
  return openDriver({
    uri: inject('neo4jUri'),
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
}

/** Deletes every node, then applies the schema: each test file starts from an empty graph. */
export async function resetDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await migrate(createGateway(driver));
}

/** Resets the run's database through a driver of its own, closed afterwards (for files that need none). */
export async function resetTestDatabase(): Promise<void> {
  const driver = testDriver();
  try {
    await resetDatabase(driver);
  } finally {
    await driver.close();
  }
}

/** Counts nodes by label and relationships by type (for "nothing changed" assertions). */
export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const nodes = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS c',
  );
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c');
  const out: Record<string, number> = {};
  for (const r of [...nodes.records, ...rels.records])
    out[r.get('k') as string] = r.get('c') as number;
  return out;
}
