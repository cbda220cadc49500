// Ingest by many concurrent one-article clients: one transaction each versus group commit, same articles.
import type { Driver } from 'neo4j-driver';
import type { GraphDelta } from '../../../schema/graph-delta.js';
import { createGateway, type Gateway } from '../../../server/db/gateway.js';
import { storeDeltaGrouped } from '../../../server/db/writes/grouped-store.js';
import { storeDelta } from '../../../server/db/writes/store-deltas.js';
import type { StoredDelta } from '../../../server/db/writes/store-deltas.js';
import { wipe } from '../lib/bench-neo4j.js';
import { median, round } from '../lib/stats.js';

/** Articles per second of each mode (medians over runs) and the transactions group commit used. */
export interface ConcurrentClientsResult {
  clients: number;
  articles: number;
  runs: number;
  /** Each article in its own transaction (what every single-article write did before group commit). */
  oneByOne: { articlesPerSecond: number; runs: number[] };
  /** Concurrent single articles sharing transactions (`storeDeltaGrouped`, what the API does). */
  grouped: { articlesPerSecond: number; runs: number[]; transactions: number[] };
  speedup: number;
}

type Store = (gateway: Gateway, delta: GraphDelta) => Promise<StoredDelta>;

/** `clients` loops, each storing its share of `deltas` one at a time; returns the milliseconds taken. */
async function clientsRun(
  driver: Driver,
  deltas: readonly GraphDelta[],
  clients: number,
  store: Store,
): Promise<number> {
  const gateway = createGateway(driver);
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < deltas.length) await store(gateway, deltas[next++]!);
    }),
  );
  return performance.now() - t;
}

async function transactions(driver: Driver): Promise<number> {
  const r = await driver.executeQuery('MATCH (a:Article) RETURN count(DISTINCT a.ingestedAt) AS n');
  return r.records[0]!.get('n') as number;
}

/**
 * Times `clients` concurrent clients storing `deltas` one article per call, first one transaction
 * per article, then with group commit, `runs` times alternately on a wiped database.
 */
export async function runConcurrentClients(
  driver: Driver,
  deltas: readonly GraphDelta[],
  opts: { clients: number; runs: number; log: (l: string) => void },
): Promise<ConcurrentClientsResult> {
  const perSecond = (ms: number) => deltas.length / (ms / 1000);
  const single: number[] = [];
  const grouped: number[] = [];
  const txs: number[] = [];
  // Warm-up: plans of every group size class, V8's JIT.
  await wipe(driver);
  await clientsRun(driver, deltas.slice(0, 48), opts.clients, storeDeltaGrouped);
  await clientsRun(driver, deltas.slice(48, 64), opts.clients, storeDelta);
  for (let r = 0; r < opts.runs; r++) {
    await wipe(driver);
    single.push(await clientsRun(driver, deltas, opts.clients, storeDelta));
    await wipe(driver);
    grouped.push(await clientsRun(driver, deltas, opts.clients, storeDeltaGrouped));
    txs.push(await transactions(driver));
    opts.log(
      `ingest, ${opts.clients} concurrent one-article clients, ${deltas.length} articles: one tx each ${round(perSecond(single.at(-1)!))}/s, group commit ${round(perSecond(grouped.at(-1)!))}/s in ${txs.at(-1)} transactions`,
    );
  }
  const oneMs = median(single);
  const groupMs = median(grouped);
  return {
    clients: opts.clients,
    articles: deltas.length,
    runs: opts.runs,
    oneByOne: {
      articlesPerSecond: round(perSecond(oneMs)),
      runs: single.map((ms) => round(perSecond(ms))),
    },
    grouped: {
      articlesPerSecond: round(perSecond(groupMs)),
      runs: grouped.map((ms) => round(perSecond(ms))),
      transactions: txs,
    },
    speedup: round(oneMs / groupMs),
  };
}
