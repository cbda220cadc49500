// Extraction throughput on one core (articles/s, median of runs) against a plain tokenisation baseline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../server/ingest/extract/extract-article.js';
import { tokenize } from '../../server/ingest/extract/tokenize.js';

const ARTICLE = resolve(import.meta.dirname, '..', '..', 'seed', 'articles', 'ampere-douai.txt');

/** Throughput of `extractArticle` on the founding article, and of a tokenisation pass as baseline. */
export interface ExtractionThroughput {
  articlesPerSecond: number;
  msPerArticle: number;
  /** Articles/s of one `tokenize` pass over the same text (the cheapest useful work). */
  baselineArticlesPerSecond: number;
  /** Extraction time per article divided by tokenisation time per article. */
  ratioToBaseline: number;
  /** Articles per CPU second (user + system): less sensitive to other processes on a shared machine. */
  cpuArticlesPerSecond: number;
  runs: number[];
  baselineRuns: number[];
  words: number;
  article: string;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` repeatedly for about `ms` milliseconds; calls per wall-clock and per CPU second. */
function rate(fn: () => unknown, ms: number): { wall: number; cpu: number } {
  let n = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 10; i++) fn();
    n += 10;
    elapsed = performance.now() - started;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: n / (elapsed / 1000), cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

/** Measures extraction throughput (median of 5 runs; shorter runs with `quick`). */
export async function benchExtraction(
  opts: { quick?: boolean; file?: string } = {},
): Promise<ExtractionThroughput> {
  const file = opts.file ?? ARTICLE;
  const text = readFileSync(file, 'utf8');
  const runMs = opts.quick ? 250 : 1500;
  const extract = (): unknown => extractArticle({ text, fileName: file });
  const baseline = (): unknown => tokenize(text);
  // Warm-up: JIT, gazetteer trie, caches.
  rate(extract, runMs / 2);
  rate(baseline, runMs / 4);
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  const baselineRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = rate(extract, runMs);
    runs.push(r.wall);
    cpuRuns.push(r.cpu);
    baselineRuns.push(rate(baseline, runMs / 3).wall);
    await new Promise((r) => setImmediate(r));
  }
  const articlesPerSecond = median(runs);
  const baselineArticlesPerSecond = median(baselineRuns);
  return {
    articlesPerSecond,
    msPerArticle: 1000 / articlesPerSecond,
    baselineArticlesPerSecond,
    ratioToBaseline: baselineArticlesPerSecond / articlesPerSecond,
    cpuArticlesPerSecond: median(cpuRuns),
    runs,
    baselineRuns,
    words: text.split(/\s+/).filter(Boolean).length,
    article: file,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const r = await benchExtraction({ quick, ...(fileArg ? { file: resolve(fileArg) } : {}) });
  const f = (x: number): string => x.toFixed(0);
  console.log(`article:      ${r.article} (${r.words} words)`);
  console.log(
    `extraction:   ${f(r.articlesPerSecond)} articles/s (median of 5: ${r.runs.map(f).join(', ')}), ${r.msPerArticle.toFixed(3)} ms/article`,
  );
  console.log(`cpu time:     ${f(r.cpuArticlesPerSecond)} articles per CPU second (median)`);
  console.log(
    `tokenisation: ${f(r.baselineArticlesPerSecond)} articles/s (median of 5: ${r.baselineRuns.map(f).join(', ')})`,
  );
  console.log(
    `ratio:        extraction costs ${r.ratioToBaseline.toFixed(1)}× a tokenisation pass`,
  );
}
