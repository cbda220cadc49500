// Knows whether Neo4j is reachable, so API requests fail at once while it is down.
/** The database as last seen by a probe or a request. */
export type DbState = 'up' | 'down';

/** Timing of the readiness checks (all in milliseconds). */
export interface DbReadinessSettings {
  /** While up, a request probes first when the last probe is older than this. */
  freshMs: number;
  /** While down, requests fail at once; one probes again when the last probe is older than this. */
  recheckMs: number;
  /** A probe that has not answered after this long counts as down. */
  probeTimeoutMs: number;
  /**
   * How long a request waits for a due probe before going on with the state it had: a refused
   * connection answers at once, a slow but working database does not hold requests back.
   */
  probeWaitMs: number;
}

/** Readiness of the database for API requests. */
export interface DbReadiness {
  /** True when requests may use the database; probes (shared by concurrent callers) when due. */
  ready(): Promise<boolean>;
  /** Records that a request found the database unavailable. */
  markDown(): void;
  /** Records that a check (the `/ready` endpoint's) found the database answering. */
  markUp(): void;
  /** The last known state and how long ago it was established. */
  state(): { state: DbState; ageMs: number };
}

/** `work`'s outcome, or `fallback()` when it has not settled after `ms`. */
function within<T>(work: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Readiness from `probe` (resolves when the database answers). No timer runs in the background:
 * the request that finds the last probe too old runs the next one, and concurrent requests share it.
 */
export function createDbReadiness(
  probe: () => Promise<unknown>,
  settings: DbReadinessSettings,
  now: () => number = Date.now,
): DbReadiness {
  let state: DbState = 'up';
  let checkedAt = Number.NEGATIVE_INFINITY;
  // Requests that find a check due while one runs share its answer.
  let running: Promise<boolean> | undefined;
  const check = () =>
    (running ??= within(
      new Promise((resolve) => resolve(probe())).then(
        () => true,
        () => false,
      ),
      settings.probeTimeoutMs,
      () => false,
    ).then((ok) => {
      state = ok ? 'up' : 'down';
      checkedAt = now();
      running = undefined;
      return ok;
    }));
  return {
    async ready() {
      const age = now() - checkedAt;
      if (state === 'up' && age < settings.freshMs) return true;
      if (state === 'down' && age < settings.recheckMs) return false;
      return within(check(), settings.probeWaitMs, () => state === 'up');
    },
    markDown() {
      state = 'down';
      checkedAt = now();
    },
    markUp() {
      state = 'up';
      checkedAt = now();
    },
    state: () => ({ state, ageMs: now() - checkedAt }),
  };
}
