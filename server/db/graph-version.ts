// The graph version: the bookmark of a read transaction, which changes when any write commits.
import type { Driver } from 'neo4j-driver';
import { singleFlight } from './single-flight.js';

/** The Cypher of the version probe (reported to `onQuery` like every other statement). */
export const VERSION_PROBE = 'RETURN 1';

/** Reads the current graph version; see {@link createGraphVersion}. */
export interface GraphVersion {
  /**
   * The version of the graph as seen by a probe that started after this call, so it is never
   * older than the caller's arrival. Concurrent callers share probes. Rejects when the probe fails.
   */
  current(): Promise<string>;
  /** Waits for running probes; later calls to `current()` reject. */
  close(): Promise<void>;
}

/**
 * The version of `database` is the bookmark Neo4j returns for an auto-commit read transaction:
 * the last committed transaction, so it changes after every commit that changed something,
 * whichever process or driver made it (the `kg` CLI writes directly, not through the API).
 */
export function createGraphVersion(
  driver: Driver,
  database?: string,
  options: { onQuery?: ((cypher: string) => void) | undefined } = {},
): GraphVersion {
  let closed = false;
  const probe = async (): Promise<string> => {
    options.onQuery?.(VERSION_PROBE);
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      await session.run(VERSION_PROBE);
      const bookmarks = session.lastBookmarks();
      if (bookmarks.length === 0)
        throw new Error('Neo4j returned no bookmark for the version probe');
      return [...bookmarks].sort().join(',');
    } finally {
      await session.close();
    }
  };
  const flight = singleFlight(probe);
  return {
    current: () =>
      closed ? Promise.reject(new Error('the graph version reader is closed')) : flight.next(),
    close: async () => {
      closed = true;
      await flight.idle();
    },
  };
}
