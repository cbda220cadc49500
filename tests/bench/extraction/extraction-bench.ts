// Extraction throughput on one core over the synthetic corpus (wall and CPU time), median of runs.
import { extractArticle } from '../../../server/ingest/extract/extract-article.js';
import type { ArticleInput } from '../../../server/ingest/extract/extract-article.js';
import { median, round } from '../lib/stats.js';
import type { SyntheticArticle } from '../synthetic/generate-corpus.js';

/** Articles per second (median) and how much of the corpus the extractor recovers. */
export interface SyntheticExtractionResult {
  articles: number;
  meanWords: number;
  articlesPerSecond: number;
  cpuArticlesPerSecond: number;
  runs: number[];
  entityRecall: number;
  relationRecall: number;
}

function rate(inputs: readonly ArticleInput[]): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const input of inputs) extractArticle(input);
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: inputs.length / ((performance.now() - started) / 1000),
    cpu: inputs.length / ((cpu.user + cpu.system) / 1e6),
  };
}

/** Share of expected entities and relations the extractor found on `sample`. */
function recall(sample: readonly SyntheticArticle[]): { entities: number; relations: number } {
  let eHit = 0;
  let eAll = 0;
  let rHit = 0;
  let rAll = 0;
  for (const a of sample) {
    const d = extractArticle(a.input);
    const ids = new Set(d.entities.map((e) => e.id));
    const claims = new Set(d.claims.map((c) => `${c.type}|${c.source}|${c.target}`));
    eAll += a.expectedEntities.length;
    eHit += a.expectedEntities.filter((e) => ids.has(e.id)).length;
    rAll += a.expectedRelations.length;
    rHit += a.expectedRelations.filter((r) =>
      claims.has(`${r.type}|${r.source}|${r.target}`),
    ).length;
  }
  return { entities: eAll ? eHit / eAll : 0, relations: rAll ? rHit / rAll : 0 };
}

/** Runs the benchmark (synchronous code on the main thread: one core). */
export function runSyntheticExtraction(
  corpus: readonly SyntheticArticle[],
  runs: number,
): SyntheticExtractionResult {
  const inputs = corpus.map((a) => a.input);
  rate(inputs.slice(0, 50)); // warm-up: JIT, gazetteer trie, Intl.Segmenter
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = rate(inputs);
    wall.push(r.wall);
    cpu.push(r.cpu);
  }
  const rec = recall(corpus.slice(0, 200));
  return {
    articles: inputs.length,
    meanWords: round(corpus.reduce((s, a) => s + a.wordCount, 0) / Math.max(1, corpus.length)),
    articlesPerSecond: round(median(wall)),
    cpuArticlesPerSecond: round(median(cpu)),
    runs: wall.map(round),
    entityRecall: round(rec.entities),
    relationRecall: round(rec.relations),
  };
}
