// Opens the Neo4j driver for the configured (external or managed) server.
import neo4j, { type Driver } from 'neo4j-driver';

/** Connection settings for the driver. */
export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** How long managed transactions retry transient errors (default 15 s). */
  maxTransactionRetryTimeMs?: number;
}

/** A driver that returns integers as JS numbers and keeps a bounded pool. */
export function openDriver(s: DriverSettings): Driver {
  const auth = neo4j.auth.basic(s.user, s.password);
  return neo4j.driver(s.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: s.maxTransactionRetryTimeMs ?? 15_000,
  });
}
