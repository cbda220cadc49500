// Loads articles by URL: fetch, then ingest unless that URL or that content is stored.
import type { GraphDelta } from '../../schema/graph-delta.js';
import { articleIdsByUrl } from '../db/queries/feed-queries.js';
import type { ArticleInput } from '../ingest/extract/extract-article.js';
import { ingestArticle, type IngestOutcome } from '../ingest/ingest-many.js';
import type { SourceDeps } from './source-deps.js';

/** Caller metadata for a URL (wins over what the page states). */
export type UrlMetadata = Omit<ArticleInput, 'text' | 'url' | 'format' | 'fileName'>;

/**
 * When an article was already loaded from the same URL, the new delta takes its id, so the
 * writer sees it as present and changes nothing (a page edited since is not loaded twice).
 * Used as `ingestMany`'s `beforeStore`.
 */
export async function adoptStoredUrlIds(
  deps: Pick<SourceDeps, 'gateway'>,
  deltas: readonly GraphDelta[],
): Promise<GraphDelta[]> {
  const urls = deltas.map((d) => d.article.url).filter((u): u is string => u !== null);
  const stored = await articleIdsByUrl(deps.gateway, urls);
  return deltas.map((d) => {
    const id = d.article.url ? stored.get(d.article.url) : undefined;
    return id && id !== d.article.id ? { ...d, article: { ...d.article, id } } : d;
  });
}

/** Fetches `url` and returns the article input, caller metadata winning (throws KgError). */
export async function fetchArticleInput(
  deps: Pick<SourceDeps, 'fetcher'>,
  url: string,
  meta: UrlMetadata = {},
): Promise<ArticleInput> {
  const fetched = await deps.fetcher.fetchArticle(url);
  const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null));
  return { ...fetched.input, ...given };
}

/** Loads the article at `url` (dry run: extract and resolve only). */
export async function ingestUrl(
  deps: SourceDeps,
  url: string,
  opts: { dryRun?: boolean; meta?: UrlMetadata } = {},
): Promise<IngestOutcome> {
  const input = await fetchArticleInput(deps, url, opts.meta);
  return ingestArticle(deps.gateway, input, {
    dryRun: opts.dryRun === true,
    maxBytes: deps.maxBytes,
    maxWords: deps.maxWords,
    beforeStore: (deltas) => adoptStoredUrlIds(deps, deltas),
  });
}
