// `npm run bench:api`: where the API's own time goes per request (http, parse, validate, context, execute, serialise).
// Sequential requests through the real yoga app (app.fetch) against the bench Neo4j and the quick
// query graph; graphql-js's interpreter and graphql-jit side by side, rounds interleaved, plus
// response-cache hits. Set KG_BENCH_BOLT_PORT / KG_BENCH_DATA_DIR to run beside another bench.
import { loadConfig } from '../../../server/config/config.js';
import { createApp, type KgApp } from '../../../server/graphql/create-app.js';
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { median, round } from '../lib/stats.js';
import { buildQueryGraph } from '../query/build-query-graph.js';
import { queryCases, type QueryCase } from '../query/query-cases.js';
import { PHASES, createPhaseTimer, type PhaseSample } from './phase-timer.js';

const ROUNDS = Number(process.env.KG_BENCH_API_ROUNDS ?? 4);
const PER_ROUND = Number(process.env.KG_BENCH_API_REQUESTS ?? 10);
const ALL_VARIANTS = ['interpreted', 'compiled', 'cache hit'] as const;
type Variant = (typeof ALL_VARIANTS)[number];
// KG_BENCH_API_VARIANTS=compiled (comma-separated) runs only some, e.g. under --cpu-prof.
const only = process.env.KG_BENCH_API_VARIANTS?.split(',');
const VARIANTS = ALL_VARIANTS.filter((v) => !only || only.includes(v));

async function send(app: KgApp, c: QueryCase, i: number): Promise<void> {
  const res = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: c.query, variables: c.variables(i) }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
}

const log = (l: string) => console.log(`[bench:api] ${l}`);
const db = await startBenchNeo4j(log);
try {
  const graph = await buildQueryGraph(db.driver, {
    entities: 3000,
    relations: 15000,
    articles: 500,
    mentionsPerArticle: 8,
  });
  log(`query graph: ${graph.entities} entities, ${graph.relations} relations`);
  const cases = queryCases(graph);
  const apps = new Map<Variant, { app: KgApp; timer: ReturnType<typeof createPhaseTimer> }>();
  for (const v of VARIANTS) {
    const timer = createPhaseTimer();
    const config = loadConfig({
      HOST: '127.0.0.1',
      KG_SEED: 'false',
      NODE_ENV: 'production',
      KG_RESPONSE_CACHE: v === 'cache hit' ? 'true' : 'false',
    });
    const app = createApp({
      driver: db.driver,
      config,
      compiledQueries: v !== 'interpreted',
      plugins: [timer.plugin],
    });
    apps.set(v, { app, timer });
  }
  const samples = new Map<string, PhaseSample[]>();
  // Warm-up: JIT of V8 and of graphql-jit, Bolt pool, page cache, and every cache entry.
  for (const { app, timer } of apps.values()) {
    for (const c of cases) for (let i = 0; i < PER_ROUND; i++) await send(app, c, i);
    timer.take();
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const v of VARIANTS) {
      const { app, timer } = apps.get(v)!;
      for (const c of cases) {
        for (let i = 0; i < PER_ROUND; i++) await send(app, c, i);
        const key = `${v}|${c.name}`;
        samples.set(key, [...(samples.get(key) ?? []), ...timer.take()]);
      }
    }
  }
  const cols = [...PHASES, 'total'] as const;
  const rows: Record<string, string | number>[] = [];
  for (const v of VARIANTS) {
    for (const c of cases) {
      const s = samples.get(`${v}|${c.name}`) ?? [];
      const row: Record<string, string | number> = { variant: v, query: c.name };
      for (const p of cols) row[p] = round(median(s.map((x) => x[p].wall)));
      row['cpu'] = round(median(s.map((x) => x.total.cpu)));
      rows.push(row);
    }
  }
  console.log(
    `\nmedian ms per phase (wall; "cpu" = process CPU of the whole request), ${ROUNDS} × ${PER_ROUND} requests per query and variant:`,
  );
  console.table(rows);
  for (const v of VARIANTS) {
    const all = cases.flatMap((c) => samples.get(`${v}|${c.name}`) ?? []);
    const mean = (f: (x: PhaseSample) => number) =>
      round(all.reduce((a, x) => a + f(x), 0) / Math.max(1, all.length));
    console.log(
      `${v}: mean CPU ms per request ${mean((x) => x.total.cpu)} (execute ${mean((x) => x.execute.cpu)}, serialise ${mean((x) => x.serialise.cpu)}, parse+validate ${mean((x) => x.parse.cpu + x.validate.cpu)}, http ${mean((x) => x.http.cpu)}); mean wall ${mean((x) => x.total.wall)} ms`,
    );
  }
} finally {
  await db.close();
}
process.exit(0);
