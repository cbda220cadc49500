// Ingest throughput: pipeline per article and in bulk, against the raw UNWIND limit, at two sizes.
import type { Driver } from 'neo4j-driver';
import type { GraphDelta } from '../../../schema/graph-delta.js';
import { createGateway } from '../../../server/db/gateway.js';
import { storeDelta, storeDeltas } from '../../../server/db/writes/store-deltas.js';
import { wipe } from '../lib/bench-neo4j.js';
import { trackPeakRss } from '../lib/rss.js';
import { median, round } from '../lib/stats.js';
import { runConcurrentClients, type ConcurrentClientsResult } from './concurrent-clients.js';
import { rawWrite } from './raw-write.js';

/** Options of the ingest benchmark. */
export interface IngestBenchOptions {
  small: number;
  large: number;
  runs: number;
  /** Articles per transaction in bulk mode. */
  batchSize: number;
  /** Also time the one-transaction-per-article path (at the small size). */
  perArticle: boolean;
  /** Time allowed for the whole ingest benchmark; sizes shrink (and say so) to fit. */
  budgetSeconds: number;
  log: (l: string) => void;
}

/** Medians in articles per second and the ratios the goals are about. */
export interface IngestResult {
  /** Sizes asked for, and why they were reduced if they were. */
  requested: { small: number; large: number; runs: number };
  note: string | null;
  probeArticlesPerSecond: number;
  runs: number;
  small: number;
  large: number;
  batchSize: number;
  perArticle: { articles: number; articlesPerSecond: number; runs: number[] } | null;
  bulkSmall: { articlesPerSecond: number; runs: number[] };
  rawSmall: { articlesPerSecond: number; runs: number[] };
  bulkLarge: { articlesPerSecond: number; chunkMs: number[] };
  rawLarge: { articlesPerSecond: number };
  /** Per-article cost at the large size over the small size (bulk). */
  costRatioLargeVsSmall: number;
  /** Last chunk's per-article cost over the first chunk's (within the large run). */
  costRatioLastVsFirstChunk: number;
  /** Pipeline time over raw time, same articles. */
  pipelineVsRawSmall: number;
  pipelineVsRawLarge: number;
  perArticleVsRawSmall: number | null;
  /** 16 concurrent one-article clients: one transaction each versus group commit (with perArticle). */
  concurrentClients: ConcurrentClientsResult | null;
  peakRssMiB: number;
}

const perSecond = (n: number, ms: number) => n / (ms / 1000);
const PER_ARTICLE_MAX = 40;
const CONCURRENT_CLIENTS_MAX = 320;

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function bulk(
  driver: Driver,
  deltas: readonly GraphDelta[],
  batchSize: number,
  chunk: number,
) {
  const chunkMs: number[] = [];
  for (let i = 0; i < deltas.length; i += chunk) {
    chunkMs.push(
      await timeIt(() =>
        storeDeltas(createGateway(driver), deltas.slice(i, i + chunk), { batchSize }),
      ),
    );
  }
  return { ms: chunkMs.reduce((s, x) => s + x, 0), chunkMs };
}

async function oneByOne(driver: Driver, deltas: readonly GraphDelta[]): Promise<number> {
  return timeIt(async () => {
    for (const d of deltas) await storeDelta(createGateway(driver), d);
  });
}

/** Runs the ingest benchmark on `deltas` (at least `opts.large` of them); wipes the database between runs. */
export async function runIngestBench(
  driver: Driver,
  deltas: readonly GraphDelta[],
  opts: IngestBenchOptions,
): Promise<IngestResult> {
  const stopRss = trackPeakRss();
  // Probe the pipeline's rate, then fit the sizes into the budget: runs × (bulk + per-article) at
  // the small size plus one bulk run at the large size (raw writes are much faster and ignored).
  // Warm-up (JIT; Neo4j plans each statement once per parameter-list size class, ~2–4 s for the
  // write on an empty graph, then keeps the plan: replan=skip), then a timed probe on a fresh
  // database. Every batch shape timed below is planned here: a full batch, the probe's, one article.
  const probeN = Math.min(50, opts.small);
  await wipe(driver);
  const spare = deltas.slice(-(opts.batchSize + probeN + 3));
  await bulk(driver, spare.slice(0, opts.batchSize), opts.batchSize, opts.batchSize);
  await bulk(driver, spare.slice(opts.batchSize, opts.batchSize + probeN), opts.batchSize, probeN);
  if (opts.perArticle) await oneByOne(driver, spare.slice(-3));
  await wipe(driver);
  const probeMs = (await bulk(driver, deltas.slice(0, probeN), opts.batchSize, probeN)).ms;
  const rate = perSecond(probeN, probeMs);
  const modes = 1;
  const ratio = opts.large / opts.small;
  const fits = (small: number, runs: number) =>
    ((runs * modes + ratio) * small) / rate <= opts.budgetSeconds;
  let runs = opts.runs;
  let smallN = opts.small;
  if (!fits(smallN, runs)) runs = 1;
  if (!fits(smallN, runs))
    smallN = Math.max(
      10,
      Math.floor((opts.budgetSeconds * rate) / (runs * modes + ratio) / 10) * 10,
    );
  const largeN = Math.min(deltas.length, Math.round(smallN * ratio));
  const note =
    smallN < opts.small || runs < opts.runs
      ? `pipeline probe ran at ${round(rate)} articles/s, so ${opts.small}/${opts.large} articles × ${opts.runs} runs would not fit the ${opts.budgetSeconds} s ingest budget: measured ${smallN}/${largeN} × ${runs}`
      : null;
  if (note) opts.log(`ingest: ${note}`);
  const small = deltas.slice(0, smallN);
  // One transaction per article is an order of magnitude slower: timed on a fixed subset.
  const perArticleN = Math.min(smallN, PER_ARTICLE_MAX);
  const large = deltas.slice(0, largeN);
  const raw: number[] = [];
  const bulkSmall: number[] = [];
  const single: number[] = [];
  for (let r = 0; r < runs; r++) {
    await wipe(driver);
    raw.push(await rawWrite(driver, small));
    await wipe(driver);
    bulkSmall.push((await bulk(driver, small, opts.batchSize, small.length)).ms);
    if (opts.perArticle) {
      await wipe(driver);
      single.push(await oneByOne(driver, small.slice(0, perArticleN)));
    }
    opts.log(
      `ingest ${small.length}: raw ${round(perSecond(small.length, raw.at(-1)!))}/s, bulk ${round(perSecond(small.length, bulkSmall.at(-1)!))}/s` +
        (opts.perArticle ? `, per-article ${round(perSecond(perArticleN, single.at(-1)!))}/s` : ''),
    );
  }
  await wipe(driver);
  const big = await bulk(driver, large, opts.batchSize, small.length);
  opts.log(
    `ingest ${large.length} bulk: ${round(perSecond(large.length, big.ms))}/s; chunks ${big.chunkMs.map((x) => Math.round(x)).join(' ')} ms`,
  );
  await wipe(driver);
  const rawBig = await rawWrite(driver, large);
  opts.log(`ingest ${large.length} raw: ${round(perSecond(large.length, rawBig))}/s`);
  const clientArticles = Math.min(deltas.length, CONCURRENT_CLIENTS_MAX);
  const concurrentClients =
    opts.perArticle && clientArticles >= 64
      ? await runConcurrentClients(driver, deltas.slice(0, clientArticles), {
          clients: 16,
          runs: Math.min(runs, 2),
          log: opts.log,
        })
      : null;
  const peakRssMiB = stopRss();
  const rawMs = median(raw);
  const bulkMs = median(bulkSmall);
  const singleMs = opts.perArticle ? median(single) : null;
  const first = big.chunkMs[0]!;
  const last = big.chunkMs.at(-1)!;
  return {
    requested: { small: opts.small, large: opts.large, runs: opts.runs },
    note,
    probeArticlesPerSecond: round(rate),
    runs,
    small: small.length,
    large: large.length,
    batchSize: opts.batchSize,
    perArticle:
      singleMs === null
        ? null
        : {
            articles: perArticleN,
            articlesPerSecond: round(perSecond(perArticleN, singleMs)),
            runs: single.map((ms) => round(perSecond(perArticleN, ms))),
          },
    bulkSmall: {
      articlesPerSecond: round(perSecond(small.length, bulkMs)),
      runs: bulkSmall.map((ms) => round(perSecond(small.length, ms))),
    },
    rawSmall: {
      articlesPerSecond: round(perSecond(small.length, rawMs)),
      runs: raw.map((ms) => round(perSecond(small.length, ms))),
    },
    bulkLarge: {
      articlesPerSecond: round(perSecond(large.length, big.ms)),
      chunkMs: big.chunkMs.map(round),
    },
    rawLarge: { articlesPerSecond: round(perSecond(large.length, rawBig)) },
    costRatioLargeVsSmall: round(big.ms / large.length / (bulkMs / small.length)),
    costRatioLastVsFirstChunk: round(last / first),
    pipelineVsRawSmall: round(bulkMs / rawMs),
    pipelineVsRawLarge: round(big.ms / rawBig),
    perArticleVsRawSmall:
      singleMs === null ? null : round(singleMs / perArticleN / (rawMs / small.length)),
    concurrentClients,
    peakRssMiB: round(peakRssMiB),
  };
}
