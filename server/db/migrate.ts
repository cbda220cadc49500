// Applies the constraints and indexes in schema/neo4j-schema.cypher idempotently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';

const SCHEMA_FILE = resolve(import.meta.dirname, '..', '..', 'schema', 'neo4j-schema.cypher');

/** The statements of the schema file, comments removed (pure). */
export function schemaStatements(text = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Creates every constraint and index that does not exist yet and waits until they are online. */
export async function migrate(driver: Driver, database?: string): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
