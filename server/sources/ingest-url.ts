// Loads one article by URL: fetch, extract, and write unless that URL or that content is stored.
import { articleIdsByUrl } from '../db/queries/feed-queries.js';
import { extractArticle, type ArticleInput } from '../ingest/extract/extract-article.js';
import type { GraphDelta } from '../ingest/graph-delta.js';
import { ingestDelta, type IngestOutcome } from '../ingest/ingest-service.js';
import type { SourceDeps } from './source-deps.js';

/** Caller metadata for a URL (wins over what the page states). */
export type UrlMetadata = Omit<ArticleInput, 'text' | 'url' | 'format' | 'fileName'>;

/**
 * When an article was already loaded from the same URL, the new delta takes its id, so the
 * writer sees it as present and changes nothing (a page edited since is not loaded twice).
 */
export async function adoptStoredUrlIds(
  deps: SourceDeps,
  deltas: readonly GraphDelta[],
): Promise<GraphDelta[]> {
  const urls = deltas.map((d) => d.article.url).filter((u): u is string => u !== null);
  const stored = await articleIdsByUrl(deps.driver, urls, deps.database);
  return deltas.map((d) => {
    const id = d.article.url ? stored.get(d.article.url) : undefined;
    return id && id !== d.article.id ? { ...d, article: { ...d.article, id } } : d;
  });
}

/** Fetches `url` and extracts it (throws KgError for fetch and extraction failures). */
export async function fetchAndExtract(
  deps: SourceDeps,
  url: string,
  meta: UrlMetadata = {},
): Promise<GraphDelta> {
  const fetched = await deps.fetcher.fetchArticle(url);
  const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null));
  return extractArticle(
    { ...fetched.input, ...given },
    { maxBytes: deps.maxBytes, maxWords: deps.maxWords },
  );
}

/** Loads the article at `url` (dry run: extract and resolve only). */
export async function ingestUrl(
  deps: SourceDeps,
  url: string,
  opts: { dryRun?: boolean; meta?: UrlMetadata } = {},
): Promise<IngestOutcome> {
  const delta = await fetchAndExtract(deps, url, opts.meta);
  const [adopted] = await adoptStoredUrlIds(deps, [delta]);
  return ingestDelta(deps.driver, adopted!, {
    dryRun: opts.dryRun === true,
    ...(deps.database ? { database: deps.database } : {}),
  });
}
