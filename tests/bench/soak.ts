// Soak: mixed reads and ingests over HTTP on loopback for N minutes; reports errors and memory growth.
// Usage: npm run bench:soak -- [--minutes 10] [--concurrency 8] [--ingest-every 10 (0: reads only)]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCorpus } from './synthetic/generate-corpus.js';
import { startBenchNeo4j } from './lib/bench-neo4j.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const minutes = arg('minutes', 10);
const concurrency = arg('concurrency', 8);
/** One ingest every N requests per client; 0 = reads only (tells data growth from a leak). */
const ingestEvery = arg('ingest-every', 10);
const responseCache = process.env.KG_RESPONSE_CACHE !== 'false';
const log = (l: string) => console.log(l);

function rssMiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] ?? 0) : 0;
};

async function main(): Promise<void> {
  const db = await startBenchNeo4j(log);
  const api = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/load/api-server.ts'], {
    cwd: ROOT,
    // The response cache is on, as in production (KG_RESPONSE_CACHE=false to compare).
    env: {
      ...process.env,
      KG_BENCH_NEO4J_URI: db.uri,
      KG_RESPONSE_CACHE: responseCache ? 'true' : 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((done) => {
    api.stdout.on('data', (b: Buffer) => {
      const m = /LISTENING (\d+)/.exec(b.toString());
      if (m) done(Number(m[1]));
    });
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const corpus = generateCorpus(4000, { seed: 4242, words: 300 }).map((a) => a.input);
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (!res.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? res.status));
  };
  const READS = [
    [
      'query ($t: String!) { search(text: $t, limit: 10) { score entity { id name } } }',
      { t: 'ren' },
    ],
    ['query { overview(limit: 60) { nodes { id } edges { id } } }', {}],
    [
      'query { neighborhood(ids: ["company:renault"], depth: 2, limit: 200) { truncated nodes { id } edges { id evidence(first: 1) { sentence } } } }',
      {},
    ],
    ['query { stats { entities relations articles } }', {}],
    ['query { articles(first: 10) { totalCount nodes { id title } } }', {}],
  ] as const;
  // Preload so every read has data (the neighbourhood of Renault exists from the start).
  const { ingestArticle } = await import('../../server/ingest/ingest-many.js');
  const { createGateway } = await import('../../server/db/gateway.js');
  const gateway = createGateway(db.driver);
  for (const input of corpus.slice(0, 100)) await ingestArticle(gateway, input);
  await ingestArticle(gateway, {
    text: 'Renault et Ampere\n\nPublié le 12-03-2024\n\nAmpere, la filiale électrique de Renault, produit la Renault 5 à Douai.',
  });
  let next = 100;
  let requests = 0;
  let ingests = 0;
  const errors: string[] = [];
  const samples: { t: number; rss: number }[] = [];
  const start = Date.now();
  const until = start + minutes * 60_000;
  const sampler = setInterval(
    () => samples.push({ t: Date.now() - start, rss: rssMiB(api.pid!) }),
    5_000,
  );
  const worker = async (w: number) => {
    for (let i = 0; Date.now() < until; i++) {
      try {
        if (ingestEvery > 0 && (i + w) % ingestEvery === 0) {
          const input = corpus[next++ % corpus.length]!;
          await gql(
            'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { created } }',
            {
              input: {
                text: input.text as string,
                publishedAt: input.publishedAt,
                source: 'synthetic',
              },
            },
          );
          ingests++;
        } else {
          const [q, v] = READS[(i + w) % READS.length]!;
          await gql(q, v);
        }
        requests++;
      } catch (err) {
        errors.push(String(err).slice(0, 200));
      }
    }
  };
  log(
    `soak: ${minutes} min, ${concurrency} clients, ${ingestEvery ? `1 ingest per ${ingestEvery} requests` : 'reads only'}, response cache ${responseCache ? 'on' : 'off'}, API pid ${api.pid}`,
  );
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  clearInterval(sampler);
  const firstMinute = samples.filter((s) => s.t <= 60_000).map((s) => s.rss);
  const lastMinute = samples.filter((s) => s.t >= minutes * 60_000 - 60_000).map((s) => s.rss);
  const result = {
    date: new Date().toISOString(),
    minutes,
    concurrency,
    ingestEvery,
    responseCache,
    requests,
    ingests,
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
    rssFirstMinuteMiB: Math.round(median(firstMinute)),
    rssLastMinuteMiB: Math.round(median(lastMinute)),
    rssPeakMiB: Math.round(Math.max(...samples.map((s) => s.rss))),
    growthRatio: Number((median(lastMinute) / Math.max(1, median(firstMinute))).toFixed(2)),
  };
  console.table([result]);
  mkdirSync(resolve(ROOT, 'tests/bench/results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, `tests/bench/results/soak${ingestEvery ? '' : '-reads'}.json`),
    JSON.stringify(result, null, 2) + '\n',
  );
  api.kill('SIGTERM');
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
