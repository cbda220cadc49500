// HTTP load on loopback with autocannon (concurrency 32, bounded time) against the API in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { cpuSeconds } from '../lib/cpu-time.js';
import { trackPeakRss } from '../lib/rss.js';
import { median, round } from '../lib/stats.js';
import type { QueryGraph } from '../query/build-query-graph.js';
import { queryCases } from '../query/query-cases.js';

/** Median over runs of autocannon's figures. */
export interface LoadResult {
  connections: number;
  durationSeconds: number;
  runs: number;
  responseCache: boolean;
  /** Distinct request bodies in the rotation. */
  distinctRequests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  perRun: { rps: number; p99: number; errors: number }[];
  mix: string[];
  apiPeakRssMiB: number;
  /** CPU milliseconds per request spent by the API process and by Neo4j during the timed runs. */
  apiCpuMsPerRequest: number | null;
  neo4jCpuMsPerRequest: number | null;
}

/** Options of the load test. */
export interface LoadOptions {
  neo4jUri: string;
  /** Neo4j's process id, for its CPU time per request. */
  neo4jPid?: number;
  connections: number;
  durationSeconds: number;
  runs: number;
  /** Run the API with its response cache (KG_RESPONSE_CACHE). */
  responseCache: boolean;
  log: (l: string) => void;
}

function startApi(
  uri: string,
  responseCache: boolean,
): Promise<{ child: ChildProcess; port: number }> {
  const script = resolve(import.meta.dirname, 'api-server.ts');
  const prof = process.env.KG_BENCH_API_CPU_PROF;
  const flags = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', script], {
    env: {
      ...process.env,
      KG_BENCH_NEO4J_URI: uri,
      KG_RESPONSE_CACHE: responseCache ? 'true' : 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) done({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => fail(new Error(`API process exited with ${code}`)));
  });
}

/** The request mix: the read queries the web app sends, rotated. */
function requests(graph: QueryGraph): { bodies: string[]; names: string[] } {
  // The same mix since the first run (so runs compare): search, depth-1 neighbourhood, entity.
  const mix = new Set(['search', 'neighborhood d1', 'entity+relations']);
  const cases = queryCases(graph).filter((c) => mix.has(c.name));
  const bodies: string[] = [];
  for (let i = 0; i < 40; i++) {
    for (const c of cases)
      bodies.push(JSON.stringify({ query: c.query, variables: c.variables(i) }));
  }
  return { bodies, names: cases.map((c) => c.name) };
}

/** Runs autocannon `runs` times against a fresh API process; reports medians and the API's peak RSS. */
export async function runLoadBench(graph: QueryGraph, opts: LoadOptions): Promise<LoadResult> {
  const { child, port } = await startApi(opts.neo4jUri, opts.responseCache);
  const stopRss = trackPeakRss(child.pid);
  const { bodies, names } = requests(graph);
  let peak = 0;
  let served = 0;
  let api0: number | null = null;
  let neo0: number | null = null;
  let apiCpu: number | null = null;
  let neoCpu: number | null = null;
  const perRun: { rps: number; p50: number; p99: number; errors: number; non2xx: number }[] = [];
  try {
    // Warm-up: JIT, Bolt pool, page cache.
    await autocannon({
      url: `http://127.0.0.1:${port}/graphql`,
      connections: 8,
      duration: 2,
      requests: bodies.map((body) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body,
      })),
    });
    api0 = cpuSeconds(child.pid!);
    neo0 = opts.neo4jPid ? cpuSeconds(opts.neo4jPid) : null;
    for (let r = 0; r < opts.runs; r++) {
      let k = 0;
      const res = await autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        connections: opts.connections,
        duration: opts.durationSeconds,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: bodies[k++ % bodies.length]! }),
          },
        ],
      });
      perRun.push({
        rps: res.requests.average,
        p50: res.latency.p50,
        p99: res.latency.p99,
        errors: res.errors + res.timeouts,
        non2xx: res.non2xx,
      });
      opts.log(
        `load run ${r + 1} (cache ${opts.responseCache ? 'on' : 'off'}): ${round(res.requests.average)} req/s, p99 ${res.latency.p99} ms, errors ${res.errors + res.timeouts}, non-2xx ${res.non2xx}`,
      );
      served += res.requests.total;
    }
    const api1 = cpuSeconds(child.pid!);
    const neo1 = opts.neo4jPid ? cpuSeconds(opts.neo4jPid) : null;
    if (api0 !== null && api1 !== null && served > 0) apiCpu = ((api1 - api0) * 1000) / served;
    if (neo0 !== null && neo1 !== null && served > 0) neoCpu = ((neo1 - neo0) * 1000) / served;
  } finally {
    peak = stopRss();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return {
    connections: opts.connections,
    durationSeconds: opts.durationSeconds,
    runs: opts.runs,
    responseCache: opts.responseCache,
    distinctRequests: new Set(bodies).size,
    requestsPerSecond: round(median(perRun.map((p) => p.rps))),
    p50Ms: round(median(perRun.map((p) => p.p50))),
    p99Ms: round(median(perRun.map((p) => p.p99))),
    errors: perRun.reduce((s, p) => s + p.errors, 0),
    non2xx: perRun.reduce((s, p) => s + p.non2xx, 0),
    perRun: perRun.map((p) => ({ rps: round(p.rps), p99: p.p99, errors: p.errors + p.non2xx })),
    mix: names,
    apiPeakRssMiB: round(peak),
    apiCpuMsPerRequest: apiCpu === null ? null : round(apiCpu),
    neo4jCpuMsPerRequest: neoCpu === null ? null : round(neoCpu),
  };
}
