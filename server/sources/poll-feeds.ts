// Polls feeds: new entries since the last poll are fetched, extracted and written in bulk; each poll is recorded.
import pLimit from 'p-limit';
import {
  feedSeenKeys,
  listFeeds,
  type FeedPollItem,
  type FeedPollRecord,
} from '../db/queries/feed-queries.js';
import { recordFeedPoll } from '../db/writes/feeds.js';
import { isKgError, KgError } from '../errors.js';
import type { FeedEntry } from '../fetch/parse-feed.js';
import type { ArticleInput } from '../ingest/extract/extract-article.js';
import { ingestMany } from '../ingest/ingest-many.js';
import { adoptStoredUrlIds, fetchArticleInput } from './ingest-url.js';
import type { SourceDeps } from './source-deps.js';

/** Progress of a poll: one tick per feed entry handled. */
export interface PollProgress {
  feed: string;
  done: number;
  total: number;
}

/** Options of a poll. */
export interface PollOptions {
  /** Articles per write transaction (the bulk path); default 50. */
  batchSize?: number;
  /** Entries fetched at once across hosts (the per-host limit still applies); default 4. */
  concurrency?: number;
  onProgress?: (p: PollProgress) => void;
}

/** Transient failures: the entry is tried again at the next poll. */
const RETRY_CODES = new Set(['FETCH_TIMEOUT', 'DATABASE_UNAVAILABLE']);

/** True for failures worth another try at the next poll (timeouts, network errors, outages). */
function transient(err: unknown): boolean {
  if (!isKgError(err)) return false;
  if (RETRY_CODES.has(err.code)) return true;
  // A network failure without an HTTP status may be temporary; a 404 or a PDF is not.
  return err.code === 'FETCH_FAILED' && err.details?.status === undefined;
}

function refused(entry: FeedEntry, err: unknown): FeedPollItem {
  return {
    key: entry.key,
    url: entry.url,
    title: entry.title,
    status: 'REFUSED',
    articleId: null,
    code: isKgError(err) ? err.code : 'ERROR',
    reason: err instanceof Error ? err.message : String(err),
  };
}

async function entryInput(
  deps: SourceDeps,
  entry: FeedEntry,
  feedTitle: string | null,
): Promise<ArticleInput> {
  const meta = {
    title: entry.title,
    publishedAt: entry.publishedAt,
    author: entry.author,
    source: feedTitle,
  };
  if (entry.url) return fetchArticleInput(deps, entry.url, meta);
  if (entry.content) {
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null));
    return { text: entry.content, format: 'html', ...given };
  }
  throw new KgError('INVALID_ARTICLE', 'The feed entry has neither a link nor content.');
}

/** Polls one feed and records the poll; throws FEED_NOT_FOUND for a URL that is not subscribed. */
export async function pollFeed(
  deps: SourceDeps,
  url: string,
  opts: PollOptions = {},
): Promise<FeedPollRecord> {
  const seen = await feedSeenKeys(deps.gateway, url);
  if (!seen) throw new KgError('FEED_NOT_FOUND', `No feed ${url}; add it first.`, { url });
  const at = new Date().toISOString();
  let feed;
  try {
    feed = await deps.fetcher.fetchFeed(url);
  } catch (err) {
    const poll: FeedPollRecord = {
      at,
      newCount: 0,
      unchangedCount: 0,
      refusedCount: 0,
      error: `[${isKgError(err) ? err.code : 'ERROR'}] ${err instanceof Error ? err.message : String(err)}`,
      items: [],
    };
    await recordFeedPoll(deps.gateway, url, poll, []);
    return poll;
  }
  const items = new Map<string, FeedPollItem>();
  const retry = new Set<string>();
  const entries = feed.entries.filter((e, i, all) => all.findIndex((x) => x.key === e.key) === i);
  const fresh = entries.filter((e) => !seen.has(e.key));
  for (const e of entries) {
    if (seen.has(e.key)) {
      items.set(e.key, {
        key: e.key,
        url: e.url,
        title: e.title,
        status: 'UNCHANGED',
        articleId: null,
        code: null,
        reason: null,
      });
    }
  }
  let done = entries.length - fresh.length;
  const tick = () => opts.onProgress?.({ feed: url, done: ++done, total: entries.length });
  opts.onProgress?.({ feed: url, done, total: entries.length });
  // Pages are fetched a few at a time; the extracted articles are then written in bulk.
  const limit = pLimit(opts.concurrency ?? 4);
  const fetched = await Promise.all(
    fresh.map((entry) =>
      limit(async () => {
        try {
          return { entry, input: await entryInput(deps, entry, feed.title) };
        } catch (err) {
          items.set(entry.key, refused(entry, err));
          if (transient(err)) retry.add(entry.key);
          tick();
          return null;
        }
      }),
    ),
  );
  const ok = fetched.filter((x): x is { entry: FeedEntry; input: ArticleInput } => x !== null);
  const report = await ingestMany(
    deps.gateway,
    ok.map((x) => x.input),
    {
      maxBytes: deps.maxBytes,
      maxWords: deps.maxWords,
      batchSize: Math.max(1, opts.batchSize ?? 50),
      concurrency: 1,
      beforeStore: (deltas) => adoptStoredUrlIds(deps, deltas),
      onSettled: () => tick(),
    },
  );
  for (const r of report.results) {
    const { entry } = ok[r.index]!;
    if (!r.ok) {
      items.set(entry.key, refused(entry, r.error));
      if (transient(r.error)) retry.add(entry.key);
      continue;
    }
    items.set(entry.key, {
      key: entry.key,
      url: entry.url,
      title: r.outcome.delta.article.title ?? entry.title,
      status: r.outcome.created ? 'NEW' : 'UNCHANGED',
      articleId: r.outcome.articleId,
      code: null,
      reason: null,
    });
  }
  const list = entries.map((e) => items.get(e.key)!).filter(Boolean);
  const poll: FeedPollRecord = {
    at,
    newCount: list.filter((x) => x.status === 'NEW').length,
    unchangedCount: list.filter((x) => x.status === 'UNCHANGED').length,
    refusedCount: list.filter((x) => x.status === 'REFUSED').length,
    error: null,
    items: list,
  };
  const handled = list.filter((x) => !retry.has(x.key)).map((x) => x.key);
  await recordFeedPoll(deps.gateway, url, poll, handled);
  return poll;
}

/** Polls every subscribed feed (or those at `urls`), one after the other. */
export async function pollFeeds(
  deps: SourceDeps,
  urls?: readonly string[],
  opts: PollOptions = {},
): Promise<{ url: string; poll: FeedPollRecord }[]> {
  const feeds = urls ? [...urls] : (await listFeeds(deps.gateway)).map((f) => f.url);
  const out: { url: string; poll: FeedPollRecord }[] = [];
  for (const url of feeds) out.push({ url, poll: await pollFeed(deps, url, opts) });
  return out;
}
