// The one place that turns Neo4j driver errors into domain errors.
import { Neo4jError } from 'neo4j-driver';
import { KgError } from '../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** True when the error means the database cannot be reached right now. */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(err.code) || err.code.startsWith('Neo.TransientError.General');
  }
  if (err instanceof Error) {
    return /ECONNREFUSED|ECONNRESET|EPIPE|connection (was )?(closed|refused|terminated)|Pool is closed|Failed to connect/i.test(
      err.message,
    );
  }
  return false;
}

/** Maps a driver error to a KgError when it has a user-facing meaning, else returns it as is. */
export function translateDbError(err: unknown): unknown {
  if (err instanceof KgError) return err;
  if (isUnavailable(err)) {
    return new KgError(
      'DATABASE_UNAVAILABLE',
      'The graph database is unavailable; try again shortly.',
    );
  }
  return err;
}
