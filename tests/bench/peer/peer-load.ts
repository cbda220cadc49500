// Cold throughput (no response cache) at c=32 with autocannon: ours vs the peer, each in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { median, round } from '../lib/stats.js';
import type { QueryGraph } from '../query/build-query-graph.js';
import { peerCases } from './peer-cases.js';

/** One side's load figures (medians over runs). */
export interface SideLoad {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  perRun: number[];
}

/** Both sides under the same rotation, and ours/peer throughput (above 1: ours serves more). */
export interface PeerLoadResult {
  connections: number;
  durationSeconds: number;
  runs: number;
  mix: string[];
  ours: SideLoad;
  peer: SideLoad;
  throughputRatio: number;
}

/** Options of the load part. */
export interface PeerLoadOptions {
  neo4jUri: string;
  connections: number;
  durationSeconds: number;
  runs: number;
  log: (l: string) => void;
}

function startServer(script: string, uri: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, KG_BENCH_NEO4J_URI: uri, KG_RESPONSE_CACHE: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) done({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code}`)));
  });
}

async function loadSide(
  script: string,
  bodies: string[],
  opts: PeerLoadOptions,
  label: string,
): Promise<SideLoad> {
  const { child, port } = await startServer(script, opts.neo4jUri);
  const url = `http://127.0.0.1:${port}/graphql`;
  const runs: { rps: number; p50: number; p99: number; errors: number }[] = [];
  try {
    const requests = (k: { n: number }) => [
      {
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: object) => ({ ...req, body: bodies[k.n++ % bodies.length]! }),
      },
    ];
    // Warm-up: JIT, Bolt pool, page cache.
    await autocannon({ url, connections: 8, duration: 2, requests: requests({ n: 0 }) });
    for (let r = 0; r < opts.runs; r++) {
      const res = await autocannon({
        url,
        connections: opts.connections,
        duration: opts.durationSeconds,
        requests: requests({ n: 0 }),
      });
      const errors = res.errors + res.timeouts + res.non2xx;
      runs.push({ rps: res.requests.average, p50: res.latency.p50, p99: res.latency.p99, errors });
      opts.log(
        `peer load ${label} run ${r + 1}: ${round(res.requests.average)} req/s, p99 ${res.latency.p99} ms, errors ${errors}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return {
    requestsPerSecond: round(median(runs.map((r) => r.rps))),
    p50Ms: round(median(runs.map((r) => r.p50))),
    p99Ms: round(median(runs.map((r) => r.p99))),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    perRun: runs.map((r) => round(r.rps)),
  };
}

/** Runs the mixed rotation (every side-by-side case, 40 variants each) against each side. */
export async function runPeerLoad(
  graph: QueryGraph,
  opts: PeerLoadOptions,
): Promise<PeerLoadResult> {
  const cases = peerCases(graph);
  const bodies = { ours: [] as string[], peer: [] as string[] };
  for (let i = 0; i < 40; i++) {
    for (const c of cases) {
      bodies.ours.push(JSON.stringify({ query: c.ours.query, variables: c.ours.variables(i) }));
      bodies.peer.push(JSON.stringify({ query: c.peer.query, variables: c.peer.variables(i) }));
    }
  }
  const ours = await loadSide(
    resolve(import.meta.dirname, '..', 'load', 'api-server.ts'),
    bodies.ours,
    opts,
    'ours',
  );
  const peer = await loadSide(
    resolve(import.meta.dirname, 'peer-server.ts'),
    bodies.peer,
    opts,
    'peer',
  );
  return {
    connections: opts.connections,
    durationSeconds: opts.durationSeconds,
    runs: opts.runs,
    mix: cases.map((c) => c.name),
    ours,
    peer,
    throughputRatio: round(ours.requestsPerSecond / peer.requestsPerSecond),
  };
}
