// Query latency through GraphQL in-process (app.fetch), over HTTP (node:http), and as raw Bolt.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../../server/config/config.js';
import { createApp } from '../../../server/graphql/create-app.js';
import { profileStatement, type PlanSummary } from '../lib/plan-summary.js';
import { recordingDriver, type RecordedStatement } from '../lib/recording-driver.js';
import { latency, median, round, type Latency } from '../lib/stats.js';
import type { QueryGraph } from './build-query-graph.js';
import { queryCases } from './query-cases.js';

/** Latencies (ms, median over rounds) of one request kind on each path. */
export interface QueryCaseResult {
  name: string;
  inProcess: Latency;
  http: Latency;
  raw: Latency;
  /** GraphQL in-process over raw Bolt, at p50 and p95. */
  ratioP50: number;
  ratioP95: number;
  statements: number;
  plans: PlanSummary[];
}

/** Options of the latency benchmark. */
export interface QueryBenchOptions {
  rounds: number;
  iterations: number;
  warmup: number;
  log: (l: string) => void;
}

/** Posts a GraphQL body through `fetcher`; throws on an HTTP or GraphQL error. */
export async function post(
  url: string,
  body: string,
  fetcher: (r: Request) => Promise<Response> | Response,
): Promise<void> {
  const res = await fetcher(
    new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  );
  const json = (await res.json()) as { errors?: { message: string }[] };
  if (!res.ok || json.errors?.length) {
    throw new Error(
      `GraphQL error ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`,
    );
  }
}

async function replay(driver: Driver, txs: RecordedStatement[][]): Promise<void> {
  for (const statements of txs) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      await session.executeRead(async (tx) => {
        for (const st of statements) await tx.run(st.cypher, st.params);
      });
    } finally {
      await session.close();
    }
  }
}

function medianLatency(rounds: Latency[]): Latency {
  return {
    p50: round(median(rounds.map((r) => r.p50))),
    p95: round(median(rounds.map((r) => r.p95))),
    p99: round(median(rounds.map((r) => r.p99))),
    n: rounds.reduce((s, r) => s + r.n, 0),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

/** Runs every query case; rounds interleave the three paths so noise hits them alike. */
export async function runQueryBench(
  driver: Driver,
  config: Config,
  graph: QueryGraph,
  opts: QueryBenchOptions,
): Promise<QueryCaseResult[]> {
  const recorder = recordingDriver(driver);
  const app = createApp({ driver: recorder.driver, config });
  const server = createServer((req, res) => void app.handle(req, res));
  const port = await listen(server);
  const httpUrl = `http://127.0.0.1:${port}/graphql`;
  const results: QueryCaseResult[] = [];
  try {
    for (const c of queryCases(graph)) {
      const body = (i: number) => JSON.stringify({ query: c.query, variables: c.variables(i) });
      for (let i = 0; i < opts.warmup; i++) {
        await post('http://bench/graphql', body(i), (r) => app.fetch(r));
        await post(httpUrl, body(i), fetch);
      }
      const rounds = { inProcess: [] as Latency[], http: [] as Latency[], raw: [] as Latency[] };
      let statements = 0;
      let first: RecordedStatement[][] = [];
      for (let r = 0; r < opts.rounds; r++) {
        const inp: number[] = [];
        const http: number[] = [];
        const raw: number[] = [];
        const recorded: RecordedStatement[][][] = [];
        for (let i = 0; i < opts.iterations; i++) {
          recorder.start();
          const t = performance.now();
          await post('http://bench/graphql', body(i), (req) => app.fetch(req));
          inp.push(performance.now() - t);
          recorded.push(recorder.stop());
        }
        for (let i = 0; i < opts.iterations; i++) {
          const t = performance.now();
          await post(httpUrl, body(i), fetch);
          http.push(performance.now() - t);
        }
        for (let i = 0; i < opts.iterations; i++) {
          const t = performance.now();
          await replay(driver, recorded[i]!);
          raw.push(performance.now() - t);
        }
        if (r === 0) {
          first = recorded[0]!;
          statements = first.reduce((s, tx) => s + tx.length, 0);
        }
        rounds.inProcess.push(latency(inp));
        rounds.http.push(latency(http));
        rounds.raw.push(latency(raw));
      }
      const plans: PlanSummary[] = [];
      for (const st of first.flat()) plans.push(await profileStatement(driver, st));
      const inProcess = medianLatency(rounds.inProcess);
      const rawL = medianLatency(rounds.raw);
      const result: QueryCaseResult = {
        name: c.name,
        inProcess,
        http: medianLatency(rounds.http),
        raw: rawL,
        ratioP50: round(inProcess.p50 / rawL.p50),
        ratioP95: round(inProcess.p95 / rawL.p95),
        statements,
        plans,
      };
      opts.log(
        `query ${c.name}: in-process p50 ${inProcess.p50} p95 ${inProcess.p95} ms; http p95 ${result.http.p95}; raw p95 ${rawL.p95}; ${statements} statements; scans: ${plans.flatMap((p) => p.labelScans).join(',') || 'none'}`,
      );
      results.push(result);
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
  return results;
}
