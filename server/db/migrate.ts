// Applies the constraints and indexes in schema/neo4j-schema.cypher idempotently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backfillNameKeys } from './backfill-name-keys.js';
import type { Gateway } from './gateway.js';

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

/**
 * Creates every constraint and index that does not exist yet, waits until they are online, and
 * backfills derived properties that older data lacks (`Entity.nameKey`).
 */
export async function migrate(gateway: Gateway): Promise<number> {
  const statements = schemaStatements();
  // One schema statement per transaction (Neo4j does not mix schema and data changes).
  for (const statement of statements) await gateway.write((tx) => tx.run(statement));
  await gateway.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
  await backfillNameKeys(gateway);
  return statements.length;
}
