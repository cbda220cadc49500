// The server's fetcher: articles and feeds by URL, with the configured limits and a per-host cap.
import type { ArticleInput } from '../ingest/extract/extract-article.js';
import type { Config } from '../config/config.js';
import { articleFormat } from './content-types.js';
import { decodeBody } from './decode-body.js';
import { fetchUrl, parseFetchUrl, type FetchLimits } from './fetch-url.js';
import { createHostLimiter } from './host-limiter.js';
import { parseFeedText, type ParsedFeed } from './parse-feed.js';

/** A page fetched for ingestion: ready for extraction, with its provenance. */
export interface FetchedArticle {
  input: ArticleInput;
  url: string;
  finalUrl: string;
  encoding: string;
}

/** Fetches articles and feeds. */
export interface Fetcher {
  /** Fetches an HTML or text page; the article keeps `url` (as given, normalised) as its URL. */
  fetchArticle(url: string): Promise<FetchedArticle>;
  fetchFeed(url: string): Promise<ParsedFeed & { url: string; finalUrl: string }>;
}

/** Feed documents may hold many full articles: they get this many times the article size cap. */
export const FEED_SIZE_FACTOR = 4;

/** Builds a fetcher from the configuration (limits, address policy, per-host concurrency). */
export function createFetcher(config: Pick<Config, 'fetch' | 'maxArticleBytes'>): Fetcher {
  const limits: FetchLimits = { ...config.fetch };
  const forHost = createHostLimiter(config.fetch.perHost);
  const run = async <T>(url: string, task: () => Promise<T>) =>
    forHost(parseFetchUrl(url).host, task);
  return {
    fetchArticle: (url) =>
      run(url, async () => {
        const got = await fetchUrl(url, 'article', limits, config.maxArticleBytes);
        const { text, encoding } = decodeBody(got.body, got.charset);
        const format = articleFormat(got.mime) ?? 'html';
        return {
          input: { text, format, url: got.url },
          url: got.url,
          finalUrl: got.finalUrl,
          encoding,
        };
      }),
    fetchFeed: (url) =>
      run(url, async () => {
        const got = await fetchUrl(url, 'feed', limits, config.maxArticleBytes * FEED_SIZE_FACTOR);
        const { text } = decodeBody(got.body, got.charset);
        return { ...parseFeedText(text, got.finalUrl), url: got.url, finalUrl: got.finalUrl };
      }),
  };
}
