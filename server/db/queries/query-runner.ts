// Runs parameterised Cypher in read or write transactions, counts queries and translates errors.
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { translateDbError } from '../db-errors.js';

/** A transaction handle that counts every statement it runs. */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
}

/** Read/write access to Neo4j used by every repository function. */
export interface QueryRunner {
  /** Runs `work` in a read transaction (routed to a secondary in a cluster). */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in a write transaction. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  readonly driver: Driver;
  readonly database: string | undefined;
}

/** Options for {@link createQueryRunner}. */
export interface QueryRunnerOptions {
  database?: string | undefined;
  /** Called once per Cypher statement actually sent (tests count queries with it). */
  onQuery?: ((cypher: string) => void) | undefined;
}

function counted(tx: ManagedTransaction, onQuery: QueryRunnerOptions['onQuery']): Tx {
  return {
    run: (cypher, params = {}) => {
      onQuery?.(cypher);
      return tx.run(cypher, params);
    },
  };
}

/** Wraps a driver; all Cypher of the GraphQL layer goes through it. */
export function createQueryRunner(driver: Driver, options: QueryRunnerOptions = {}): QueryRunner {
  const { database, onQuery } = options;
  const inSession = async <T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> => {
    try {
      const session = driver.session({ database, defaultAccessMode: mode });
      try {
        return mode === 'READ'
          ? await session.executeRead((tx) => work(counted(tx, onQuery)))
          : await session.executeWrite((tx) => work(counted(tx, onQuery)));
      } finally {
        await session.close();
      }
    } catch (err) {
      throw translateDbError(err);
    }
  };
  return {
    read: (work) => inSession('READ', work),
    write: (work) => inSession('WRITE', work),
    driver,
    database,
  };
}
