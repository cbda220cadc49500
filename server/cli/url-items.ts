// `kg ingest` arguments that are http(s) URLs: URLs already stored are skipped, the rest fetched.
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { articleIdsByUrl } from '../db/queries/feed-queries.js';
import { createFetcher } from '../fetch/fetcher.js';
import { parseFetchUrl } from '../fetch/fetch-url.js';
import { readArticleFile } from '../ingest/article-files.js';
import type { ArticleInput } from '../ingest/extract/extract-article.js';
import type { FileResult } from './ingest-command.js';

/** True for an argument that names a web page rather than a file. */
export function isHttpUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg.trim());
}

/** Splits URLs into those to fetch and those whose article is already stored (unchanged). */
export async function splitStoredUrls(
  gateway: Gateway,
  urls: readonly string[],
): Promise<{ toFetch: string[]; unchanged: FileResult[]; invalid: FileResult[] }> {
  const invalid: FileResult[] = [];
  const normal: string[] = [];
  for (const u of urls) {
    try {
      normal.push(parseFetchUrl(u).href);
    } catch (err) {
      invalid.push({
        file: u,
        status: 'failed',
        code: 'INVALID_URL',
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }
  const stored = await articleIdsByUrl(gateway, normal);
  return {
    toFetch: [...new Set(normal.filter((u) => !stored.has(u)))],
    unchanged: normal
      .filter((u) => stored.has(u))
      .map((u) => ({ file: u, status: 'unchanged', articleId: stored.get(u)! })),
    invalid,
  };
}

/** Reads an ingest item: fetches a URL (with the server's fetch rules), or reads a file. */
export function itemReader(config: Config): (item: string) => Promise<ArticleInput> {
  const fetcher = createFetcher(config);
  return async (item) =>
    isHttpUrl(item) ? (await fetcher.fetchArticle(item)).input : readArticleFile(item);
}
