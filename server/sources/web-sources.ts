// Loading by link and by feed, as one object for the GraphQL layer, the CLI and the poll timer.
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { listFeeds, type FeedRecord } from '../db/queries/feed-queries.js';
import { deleteFeed, saveFeed } from '../db/writes/feeds.js';
import { KgError } from '../errors.js';
import { createFetcher, type Fetcher } from '../fetch/fetcher.js';
import { parseFetchUrl } from '../fetch/fetch-url.js';
import { ingestUrl, type UrlMetadata } from './ingest-url.js';
import { pollFeeds, type PollOptions } from './poll-feeds.js';
import type { SourceDeps } from './source-deps.js';

/** Creates the loaders over one gateway (a fetcher from `config` unless given). */
export function createWebSources(
  gateway: Gateway,
  config: Pick<Config, 'fetch' | 'maxArticleBytes' | 'maxArticleWords'>,
  fetcher: Fetcher = createFetcher(config),
) {
  const deps: SourceDeps = {
    gateway,
    fetcher,
    maxBytes: config.maxArticleBytes,
    maxWords: config.maxArticleWords,
  };
  const feedUrl = (url: string) => parseFetchUrl(url).href;
  return {
    deps,
    ingestUrl: (url: string, opts: { dryRun?: boolean; meta?: UrlMetadata } = {}) =>
      ingestUrl(deps, url, opts),
    feeds: (urls?: readonly string[]): Promise<FeedRecord[]> => listFeeds(gateway, urls),
    /** Fetches and parses the feed first (so a wrong URL is refused), then subscribes. */
    addFeed: async (
      url: string,
    ): Promise<{ feed: FeedRecord; created: boolean; items: number }> => {
      const parsed = await fetcher.fetchFeed(feedUrl(url));
      const created = await saveFeed(gateway, { url: parsed.url, title: parsed.title });
      const [feed] = await listFeeds(gateway, [parsed.url]);
      return { feed: feed!, created, items: parsed.entries.length };
    },
    removeFeed: (url: string) => deleteFeed(gateway, feedUrl(url)),
    pollFeeds: async (urls?: readonly string[], opts: PollOptions = {}) => {
      const wanted = urls?.map(feedUrl);
      if (wanted) {
        const known = new Set((await listFeeds(gateway, wanted)).map((f) => f.url));
        const missing = wanted.find((u) => !known.has(u));
        if (missing)
          throw new KgError('FEED_NOT_FOUND', `No feed ${missing}; add it first.`, {
            url: missing,
          });
      }
      return pollFeeds(deps, wanted, opts);
    },
  };
}

/** Loading by link and by feed. */
export type WebSources = ReturnType<typeof createWebSources>;
