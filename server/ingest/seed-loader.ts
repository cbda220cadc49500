// Loads the sample articles in seed/articles/ when the graph has no article yet.
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import { PROJECT_ROOT } from '../config/config.js';
import type { Database } from '../runtime/open-database.js';
import { collectArticleFiles, readArticleFile } from './article-files.js';
import { ingestArticle } from './ingest-service.js';

/** The folder of sample articles. */
export const SEED_ARTICLES_DIR = join(PROJECT_ROOT, 'seed', 'articles');

/**
 * When `config.seedOnEmpty` and no Article exists, ingests every file of `seed/articles/`
 * (a failing file is logged and skipped). Returns the number of articles created.
 */
export async function loadSeedIfEmpty(
  db: Database,
  config: Config,
  log: (line: string) => void = console.log,
  dir: string = SEED_ARTICLES_DIR,
): Promise<number> {
  if (!config.seedOnEmpty) return 0;
  const res = await db.driver.executeQuery(
    'MATCH (a:Article) RETURN count(a) > 0 AS any',
    {},
    { database: db.database, routing: 'READ' },
  );
  if (res.records[0]?.get('any') === true) return 0;
  const { files } = await collectArticleFiles([dir]);
  if (files.length === 0) return 0;
  let created = 0;
  for (const file of files) {
    try {
      const input = await readArticleFile(file);
      const out = await ingestArticle(db.driver, input, {
        database: db.database,
        maxBytes: config.maxArticleBytes,
        maxWords: config.maxArticleWords,
      });
      if (out.created) created++;
      log(
        `seed: loaded ${input.fileName ?? file} (${out.delta.entities.length} entities, ${out.delta.claims.length} claims)`,
      );
    } catch (err) {
      log(`seed: skipped ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  log(`seed: ${created} sample article(s) loaded from ${dir}`);
  return created;
}
