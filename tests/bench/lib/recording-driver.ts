// Wraps a neo4j Driver so every statement the API sends is recorded, grouped by transaction.
import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

/** One statement as sent. */
export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** A recorder: turn it on around one request, then read the transactions it saw. */
export interface Recorder {
  driver: Driver;
  start(): void;
  /** Stops recording and returns the transactions (each a list of statements) since start(). */
  stop(): RecordedStatement[][];
}

function recordingTx(tx: ManagedTransaction, into: RecordedStatement[]): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (cypher: string, params?: Record<string, unknown>) => {
          into.push({ cypher, params: params ?? {} });
          return target.run(cypher, params);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/** Returns a driver whose read/write transactions are recorded while recording is on. */
export function recordingDriver(driver: Driver): Recorder {
  let on = false;
  let txs: RecordedStatement[][] = [];
  const wrapWork =
    <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    (tx: ManagedTransaction) => {
      if (!on) return work(tx);
      const list: RecordedStatement[] = [];
      txs.push(list);
      return work(recordingTx(tx, list));
    };
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (config?: SessionConfig): Session => {
          const session = target.session(config);
          return new Proxy(session, {
            get(s, p, r) {
              if (p === 'executeRead' || p === 'executeWrite') {
                const fn = s[p].bind(s);
                return <T>(work: (tx: ManagedTransaction) => Promise<T>, cfg?: unknown) =>
                  fn(wrapWork(work), cfg as never);
              }
              return Reflect.get(s, p, r) as unknown;
            },
          });
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return {
    driver: proxy,
    start: () => {
      on = true;
      txs = [];
    },
    stop: () => {
      on = false;
      return txs;
    },
  };
}
