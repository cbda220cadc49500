// Latency of each side-by-side case, ours vs the peer: in-process (app.fetch) and over node:http.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../../server/config/config.js';
import { createApp } from '../../../server/graphql/create-app.js';
import { profileStatement } from '../lib/plan-summary.js';
import { recordingDriver, type RecordedStatement } from '../lib/recording-driver.js';
import { latency, median, round, type Latency } from '../lib/stats.js';
import { post } from '../query/query-bench.js';
import type { QueryGraph } from '../query/build-query-graph.js';
import { createPeerApp } from './peer-app.js';
import { peerCases, type Request } from './peer-cases.js';

/** One side's figures for one case. */
export interface SideLatency {
  inProcess: Latency;
  http: Latency;
  /** Statements sent to Neo4j for one request. */
  statements: number;
  /** PROFILE db hits of those statements (profiled cases only; null otherwise). */
  dbHits: number | null;
}

/** One case, both sides, and ours/peer ratios (below 1: ours is faster). */
export interface PeerCaseResult {
  name: string;
  ours: SideLatency;
  peer: SideLatency;
  ratioP50: number;
  ratioP95: number;
  peerGap: string | null;
  /** The first statement the peer sent (its generated Cypher, shortened). */
  peerCypher: string;
}

/** Options of the latency part. */
export interface PeerLatencyOptions {
  /** Cases a side failed, with the error (filled in; the run goes on). */
  failures?: { name: string; error: string }[];
  rounds: number;
  iterations: number;
  warmup: number;
  log: (l: string) => void;
}

type Fetcher = (r: globalThis.Request) => Promise<Response> | Response;

interface Side {
  fetch: Fetcher;
  url: string;
  record: ReturnType<typeof recordingDriver>;
}

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

async function timed(n: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

function medianLatency(rounds: Latency[]): Latency {
  return {
    p50: round(median(rounds.map((r) => r.p50))),
    p95: round(median(rounds.map((r) => r.p95))),
    p99: round(median(rounds.map((r) => r.p99))),
    n: rounds.reduce((s, r) => s + r.n, 0),
  };
}

async function recordOne(side: Side, body: string): Promise<RecordedStatement[]> {
  side.record.start();
  await post('http://bench/graphql', body, side.fetch);
  return side.record.stop().flat();
}

async function dbHits(driver: Driver, statements: RecordedStatement[]): Promise<number> {
  let hits = 0;
  for (const st of statements) hits += (await profileStatement(driver, st)).dbHits;
  return hits;
}

/** Runs every case on both sides; rounds alternate the sides so noise hits them alike. */
export async function runPeerLatency(
  driver: Driver,
  config: Config,
  graph: QueryGraph,
  opts: PeerLatencyOptions,
): Promise<PeerCaseResult[]> {
  const oursRec = recordingDriver(driver);
  const peerRec = recordingDriver(driver);
  const ours = createApp({ driver: oursRec.driver, config });
  const peer = await createPeerApp(peerRec.driver);
  const servers = [
    createServer((req, res) => void ours.handle(req, res)),
    createServer((req, res) => void peer.handle(req, res)),
  ];
  const [oursPort, peerPort] = await Promise.all(servers.map(listen));
  const sides = {
    ours: {
      fetch: (r) => ours.fetch(r),
      url: `http://127.0.0.1:${oursPort}/graphql`,
      record: oursRec,
    },
    peer: {
      fetch: (r) => peer.fetch(r),
      url: `http://127.0.0.1:${peerPort}/graphql`,
      record: peerRec,
    },
  } satisfies Record<string, Side>;
  const results: PeerCaseResult[] = [];
  const failures = opts.failures ?? [];
  try {
    for (const c of peerCases(graph)) {
      try {
        const body = (req: Request, i: number) =>
          JSON.stringify({ query: req.query, variables: req.variables(i) });
        const figures = {} as Record<'ours' | 'peer', SideLatency>;
        const rounds = {
          ours: { inp: [] as Latency[], http: [] as Latency[] },
          peer: { inp: [] as Latency[], http: [] as Latency[] },
        };
        for (let i = 0; i < opts.warmup; i++) {
          for (const k of ['ours', 'peer'] as const) {
            await post('http://bench/graphql', body(c[k], i), sides[k].fetch);
            await post(sides[k].url, body(c[k], i), fetch);
          }
        }
        for (let r = 0; r < opts.rounds; r++) {
          for (const k of ['ours', 'peer'] as const) {
            const inp = await timed(opts.iterations, (i) =>
              post('http://bench/graphql', body(c[k], i), sides[k].fetch),
            );
            rounds[k].inp.push(latency(inp));
          }
          for (const k of ['ours', 'peer'] as const) {
            const http = await timed(opts.iterations, (i) =>
              post(sides[k].url, body(c[k], i), fetch),
            );
            rounds[k].http.push(latency(http));
          }
        }
        let peerCypher = '';
        for (const k of ['ours', 'peer'] as const) {
          const statements = await recordOne(sides[k], body(c[k], 0));
          if (k === 'peer')
            peerCypher = (statements[0]?.cypher ?? '').replace(/\s+/g, ' ').slice(0, 240);
          figures[k] = {
            inProcess: medianLatency(rounds[k].inp),
            http: medianLatency(rounds[k].http),
            statements: statements.length,
            dbHits: c.profiled ? await dbHits(driver, statements) : null,
          };
        }
        const result: PeerCaseResult = {
          name: c.name,
          ours: figures.ours,
          peer: figures.peer,
          ratioP50: round(figures.ours.inProcess.p50 / figures.peer.inProcess.p50),
          ratioP95: round(figures.ours.inProcess.p95 / figures.peer.inProcess.p95),
          peerGap: c.peerGap,
          peerCypher,
        };
        opts.log(
          `peer ${c.name}: ours p50 ${result.ours.inProcess.p50} p95 ${result.ours.inProcess.p95} ms (${result.ours.statements} st${result.ours.dbHits === null ? '' : `, ${result.ours.dbHits} db hits`}); peer p50 ${result.peer.inProcess.p50} p95 ${result.peer.inProcess.p95} ms (${result.peer.statements} st${result.peer.dbHits === null ? '' : `, ${result.peer.dbHits} db hits`}); ratio p95 ${result.ratioP95}`,
        );
        results.push(result);
      } catch (err) {
        // One side failing a case (seen: the peer's hub query over Neo4j's 2 GiB transaction
        // memory limit on the full graph) is a result to report, not a reason to lose the rest.
        const message = err instanceof Error ? err.message : String(err);
        opts.log(`peer ${c.name}: FAILED: ${message.slice(0, 400)}`);
        failures.push({ name: c.name, error: message.slice(0, 400) });
      }
    }
  } finally {
    for (const s of servers) {
      s.close();
      s.closeAllConnections();
    }
  }
  return results;
}
