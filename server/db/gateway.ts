// The one gateway to Neo4j: every statement, read or write, is counted and its errors translated.
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { translateDbError } from './db-errors.js';

/** A transaction handle that counts every statement it runs. */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
}

/** The Cypher of the version probe (reported to `onQuery` like every other statement). */
export const VERSION_PROBE = 'RETURN 1';

/** Read/write access to Neo4j used by every query, write and curation function. */
export interface Gateway {
  /** Runs `work` in a read transaction (routed to a secondary in a cluster). */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in a write transaction (routed to the leader), retried on transient errors. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs the version probe in an auto-commit read and returns the bookmark Neo4j gives back (the
   * last committed transaction; the response cache keys on it). Rejects when there is none.
   */
  bookmark(): Promise<string>;
  readonly driver: Driver;
  readonly database: string | undefined;
}

/** Options for {@link createGateway}. */
export interface GatewayOptions {
  database?: string | undefined;
  /** Called once per Cypher statement actually sent (tests count queries with it). */
  onQuery?: ((cypher: string) => void) | undefined;
}

function counted(tx: ManagedTransaction, onQuery: GatewayOptions['onQuery']): Tx {
  return {
    run: (cypher, params = {}) => {
      onQuery?.(cypher);
      return tx.run(cypher, params);
    },
  };
}

/** Wraps a driver; all Cypher of the server (API, ingestion, curation, seed) goes through it. */
export function createGateway(driver: Driver, options: GatewayOptions = {}): Gateway {
  const { database, onQuery } = options;
  const inSession = async <T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> => {
    try {
      const session = driver.session({ database, defaultAccessMode: mode });
      try {
        return await work(session);
      } finally {
        await session.close();
      }
    } catch (err) {
      throw translateDbError(err);
    }
  };
  return {
    read: (work) => inSession('READ', (s) => s.executeRead((tx) => work(counted(tx, onQuery)))),
    write: (work) => inSession('WRITE', (s) => s.executeWrite((tx) => work(counted(tx, onQuery)))),
    bookmark: () =>
      inSession('READ', async (s) => {
        onQuery?.(VERSION_PROBE);
        await s.run(VERSION_PROBE);
        const bookmarks = s.lastBookmarks();
        if (bookmarks.length === 0)
          throw new Error('Neo4j returned no bookmark for the version probe');
        return [...bookmarks].sort().join(',');
      }),
    driver,
    database,
  };
}
