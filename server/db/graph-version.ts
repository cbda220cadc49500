// The graph version: the bookmark of a read transaction, which changes when any write commits.
import type { Gateway } from './gateway.js';
import { singleFlight } from './single-flight.js';

export { VERSION_PROBE } from './gateway.js';

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
 * The version of the graph is the bookmark Neo4j returns for an auto-commit read through the
 * gateway: the last committed transaction, so it changes after every commit that changed
 * something, whichever process or driver made it (the `kg` CLI writes from its own process).
 */
export function createGraphVersion(gateway: Gateway): GraphVersion {
  let closed = false;
  const probe = () => gateway.bookmark();
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
