// Shares one probe between concurrent callers while giving each a result no older than its call.

/** A probe run on demand: one at a time, shared by the callers that wait for it. */
export interface SingleFlight<T> {
  /**
   * Resolves with the result of a probe that started after this call: the running probe's result
   * is never handed to a caller that arrived while it ran. Callers arriving during a probe share
   * the next one, which starts when the running one ends; a probe's error rejects its callers.
   */
  next(): Promise<T>;
  /** Resolves once no probe is running or queued. */
  idle(): Promise<void>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const ignore = () => undefined;

/** Coordinates `probe`: at most one running, at most one queued. */
export function singleFlight<T>(probe: () => Promise<T>): SingleFlight<T> {
  let running: Promise<T> | undefined;
  let queued: Deferred<T> | undefined;

  const launch = (): Promise<T> => {
    // `new Promise` turns a synchronous throw of `probe` into a rejection.
    const current = new Promise<T>((resolve) => resolve(probe()));
    running = current;
    // Registered before any caller sees `current`, so the queued probe starts (and `running` is
    // replaced) before those callers resume and possibly call `next()` again.
    const settle = () => {
      running = undefined;
      const waiting = queued;
      queued = undefined;
      if (waiting) void launch().then(waiting.resolve, waiting.reject);
    };
    void current.then(settle, settle);
    return current;
  };

  return {
    next() {
      if (!running) return launch();
      queued ??= deferred<T>();
      return queued.promise;
    },
    async idle() {
      while (running) await (queued?.promise ?? running).then(ignore, ignore);
    },
  };
}
