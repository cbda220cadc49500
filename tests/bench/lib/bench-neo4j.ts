// The benchmark's own managed Neo4j (own ports, data under .data/bench-*), wiped at start.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../../server/db/driver.js';
import { createGateway } from '../../../server/db/gateway.js';
import { migrate } from '../../../server/db/migrate.js';
import { startManagedNeo4j, type ManagedNeo4j } from '../../../server/neo4j/managed-neo4j.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Bolt and HTTP ports of the bench server (never the dev 7687 or the test ports). */
export const BENCH_BOLT_PORT = Number(process.env.KG_BENCH_BOLT_PORT ?? 7750);
export const BENCH_HTTP_PORT = Number(process.env.KG_BENCH_HTTP_PORT ?? BENCH_BOLT_PORT + 1);
/** Data folder (KG_BENCH_DATA_DIR, e.g. under /tmp, so concurrent runs never share one). */
export const BENCH_DATA_DIR = process.env.KG_BENCH_DATA_DIR
  ? resolve(process.env.KG_BENCH_DATA_DIR)
  : resolve(ROOT, '.data', `bench-${BENCH_BOLT_PORT}`);

/** A running bench database. */
export interface BenchDb {
  driver: Driver;
  uri: string;
  server: ManagedNeo4j;
  close(): Promise<void>;
}

/** Deletes the bench data folder, starts a fresh server and applies the schema. */
export async function startBenchNeo4j(log: (l: string) => void): Promise<BenchDb> {
  rmSync(resolve(BENCH_DATA_DIR, 'data'), { recursive: true, force: true });
  const server = await startManagedNeo4j({
    dataDir: BENCH_DATA_DIR,
    cacheDir: resolve(ROOT, '.cache'),
    boltPort: BENCH_BOLT_PORT,
    httpPort: BENCH_HTTP_PORT,
    heap: process.env.KG_BENCH_HEAP ?? '2g',
    pageCache: process.env.KG_BENCH_PAGECACHE ?? '2g',
    startTimeoutMs: 240_000,
    log: (l) => log(`[bench-neo4j] ${l}`),
  });
  const driver = openDriver({ uri: server.boltUri, user: 'neo4j', password: '' });
  await migrate(createGateway(driver));
  return {
    driver,
    uri: server.boltUri,
    server,
    close: async () => {
      await driver.close().catch(() => undefined);
      await server.stop();
    },
  };
}

/** Empties the database (keeps constraints and indexes), in batches. */
export async function wipe(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
