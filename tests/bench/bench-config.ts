// Sizes and repetitions of `npm run bench` (full) and `npm run bench -- --quick` (CI smoke).

/** Everything a run's size depends on. */
export interface BenchConfig {
  mode: 'full' | 'quick';
  seed: number;
  /** Wall-clock budget for the whole run, in seconds (the ingest sizes adapt to it). */
  budgetSeconds: number;
  extraction: { corpus: number; runs: number };
  ingest: {
    small: number;
    large: number;
    runs: number;
    batchSize: number;
    perArticle: boolean;
    budgetSeconds: number;
  };
  graph: {
    entities: number;
    relations: number;
    articles: number;
    mentionsPerArticle: number;
    budgetSeconds?: number;
  };
  query: { rounds: number; iterations: number; warmup: number };
  load: { connections: number; durationSeconds: number; runs: number };
  browser: { run: boolean; timeoutSeconds: number };
}

export function benchConfig(argv: readonly string[]): BenchConfig {
  const quick = argv.includes('--quick');
  const browser = argv.includes('--browser')
    ? true
    : argv.includes('--no-browser')
      ? false
      : !quick;
  if (quick) {
    return {
      mode: 'quick',
      seed: 20250730,
      budgetSeconds: 150,
      extraction: { corpus: 100, runs: 3 },
      ingest: { small: 30, large: 90, runs: 1, batchSize: 30, perArticle: true, budgetSeconds: 60 },
      graph: { entities: 3000, relations: 15000, articles: 500, mentionsPerArticle: 8 },
      query: { rounds: 2, iterations: 10, warmup: 2 },
      load: { connections: 32, durationSeconds: 3, runs: 1 },
      browser: { run: browser, timeoutSeconds: 240 },
    };
  }
  return {
    mode: 'full',
    seed: 20250730,
    budgetSeconds: 19 * 60,
    extraction: { corpus: 500, runs: 5 },
    ingest: {
      small: 1000,
      large: 10000,
      runs: 3,
      batchSize: 200,
      perArticle: true,
      budgetSeconds: 330,
    },
    graph: {
      entities: 100_000,
      relations: 500_000,
      articles: 20_000,
      mentionsPerArticle: 10,
      budgetSeconds: 300,
    },
    query: { rounds: 3, iterations: 12, warmup: 3 },
    load: { connections: 32, durationSeconds: 10, runs: 3 },
    browser: { run: browser, timeoutSeconds: 240 },
  };
}
