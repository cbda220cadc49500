// Loads the sample articles in seed/articles/ when the graph has no article yet.
import { basename, join } from 'node:path';
import type { Config } from '../config/config.js';
import { PROJECT_ROOT } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { hasArticles } from '../db/stats-queries.js';
import { collectArticleFiles, readArticleFile } from './article-files.js';
import { ingestMany } from './ingest-many.js';

/** The folder of sample articles. */
export const SEED_ARTICLES_DIR = join(PROJECT_ROOT, 'seed', 'articles');

/**
 * When `config.seedOnEmpty` and no Article exists, ingests every file of `seed/articles/`
 * (a failing file is logged and skipped). Returns the number of articles created.
 */
export async function loadSeedIfEmpty(
  gateway: Gateway,
  config: Config,
  log: (line: string) => void = console.log,
  dir: string = SEED_ARTICLES_DIR,
): Promise<number> {
  if (!config.seedOnEmpty) return 0;
  if (await hasArticles(gateway)) return 0;
  const { files } = await collectArticleFiles([dir]);
  if (files.length === 0) return 0;
  const { results } = await ingestMany(
    gateway,
    files.map((file) => () => readArticleFile(file)),
    { maxBytes: config.maxArticleBytes, maxWords: config.maxArticleWords, concurrency: 1 },
  );
  let created = 0;
  results.forEach((r, i) => {
    const file = files[i]!;
    if (!r.ok) {
      const reason = r.error instanceof Error ? r.error.message : String(r.error);
      log(`seed: skipped ${file}: ${reason}`);
      return;
    }
    if (r.outcome.created) created++;
    log(
      `seed: loaded ${basename(file)} (${r.outcome.delta.entities.length} entities, ${r.outcome.delta.claims.length} claims)`,
    );
  });
  log(`seed: ${created} sample article(s) loaded from ${dir}`);
  return created;
}
