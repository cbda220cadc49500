// Connects to the configured Neo4j, starting the managed one first when NEO4J_URI is not set.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { openDriver } from '../db/driver.js';
import { createGateway, type Gateway } from '../db/gateway.js';
import { migrate } from '../db/migrate.js';
import { startManagedNeo4j, type ManagedNeo4j } from '../neo4j/managed-neo4j.js';

/** An open database connection and, when managed, the server behind it. */
export interface Database {
  driver: Driver;
  uri: string;
  database: string | undefined;
  /** The gateway every statement of this process goes through (no query counting). */
  gateway: Gateway;
  managed: ManagedNeo4j | null;
  /** Closes the driver, then stops the managed server if there is one. */
  close(): Promise<void>;
}

/** Opens the database (provisioning the managed server if needed) and applies the schema. */
export async function openDatabase(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Database> {
  let managed: ManagedNeo4j | null = null;
  let uri: string;
  if (config.neo4jUri) {
    uri = config.neo4jUri;
    log(`using the Neo4j at ${uri} (NEO4J_URI); nothing is provisioned`);
  } else {
    managed = await startManagedNeo4j({ ...config.managed, log });
    uri = managed.boltUri;
  }
  const driver = openDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  const database = config.neo4jDatabase ?? undefined;
  const gateway = createGateway(driver, { database });
  const close = async () => {
    await driver.close().catch(() => undefined);
    await managed?.stop();
  };
  try {
    await driver.verifyConnectivity({ database });
    const n = await migrate(gateway);
    log(`schema ready (${n} constraints and indexes)`);
  } catch (err) {
    await close();
    throw err;
  }
  return { driver, uri, database, gateway, managed, close };
}
