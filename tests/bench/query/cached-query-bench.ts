// Query latency with the response cache on: every request already answered once since the last write.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../../server/config/config.js';
import { createApp } from '../../../server/graphql/create-app.js';
import { latency, median, round, type Latency } from '../lib/stats.js';
import type { QueryGraph } from './build-query-graph.js';
import { post } from './query-bench.js';
import { queryCases } from './query-cases.js';

/** Latency (ms, median over rounds) of one request kind answered from the cache. */
export interface CachedCaseResult {
  name: string;
  inProcess: Latency;
  /** Cypher statements per measured request (the version probe included): should be ≤ 1. */
  cypherPerRequest: number;
}

/** Options of the cached latency benchmark. */
export interface CachedQueryOptions {
  rounds: number;
  iterations: number;
  log: (l: string) => void;
}

/** Answers each case's requests once (filling the cache), then times the same requests again. */
export async function runCachedQueryBench(
  driver: Driver,
  config: Config,
  graph: QueryGraph,
  opts: CachedQueryOptions,
): Promise<CachedCaseResult[]> {
  let statements = 0;
  const app = createApp({
    driver,
    config: { ...config, responseCache: true },
    onQuery: () => void (statements += 1),
  });
  const results: CachedCaseResult[] = [];
  try {
    for (const c of queryCases(graph)) {
      const body = (i: number) => JSON.stringify({ query: c.query, variables: c.variables(i) });
      for (let i = 0; i < opts.iterations; i++)
        await post('http://bench/graphql', body(i), (r) => app.fetch(r));
      const rounds: Latency[] = [];
      statements = 0;
      for (let r = 0; r < opts.rounds; r++) {
        const ms: number[] = [];
        for (let i = 0; i < opts.iterations; i++) {
          const t = performance.now();
          await post('http://bench/graphql', body(i), (r) => app.fetch(r));
          ms.push(performance.now() - t);
        }
        rounds.push(latency(ms));
      }
      const inProcess: Latency = {
        p50: round(median(rounds.map((x) => x.p50))),
        p95: round(median(rounds.map((x) => x.p95))),
        p99: round(median(rounds.map((x) => x.p99))),
        n: rounds.reduce((s, x) => s + x.n, 0),
      };
      const cypherPerRequest = round(statements / (opts.rounds * opts.iterations));
      opts.log(
        `query ${c.name} (cached): p50 ${inProcess.p50} p95 ${inProcess.p95} ms; ${cypherPerRequest} Cypher/request`,
      );
      results.push({ name: c.name, inProcess, cypherPerRequest });
    }
  } finally {
    await app.dispose();
  }
  return results;
}
