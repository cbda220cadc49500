// Parses RSS 2.0 and Atom (and RSS 1.0) into the items the poller needs, with dates and authors.
import { parseFeed as parseXmlFeed } from '@rowanmanning/feed-parser';
import { KgError } from '../errors.js';

/** One feed entry. */
export interface FeedEntry {
  /** Stable key: the guid / Atom id, else the link. */
  key: string;
  url: string | null;
  title: string | null;
  /** ISO timestamp, or null. */
  publishedAt: string | null;
  author: string | null;
  /** Inline content or summary (HTML), when the feed carries one. */
  content: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  kind: string;
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}

/** Parses a feed document fetched from `baseUrl`; throws NOT_A_FEED when it is not one. */
export function parseFeedText(xml: string, baseUrl: string): ParsedFeed {
  let feed: ReturnType<typeof parseXmlFeed>;
  try {
    feed = parseXmlFeed(xml);
  } catch (err) {
    throw new KgError(
      'NOT_A_FEED',
      `${baseUrl} is not an RSS or Atom feed (${err instanceof Error ? err.message : String(err)}).`,
      { url: baseUrl },
    );
  }
  const feedAuthor = feed.authors.find((a) => a.name)?.name ?? null;
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    const url = absolute(item.url, baseUrl);
    const key = item.id ?? url;
    if (!key) continue;
    const date = item.published ?? item.updated;
    entries.push({
      key,
      url,
      title: item.title,
      publishedAt: date ? date.toISOString() : null,
      author: item.authors.find((a) => a.name)?.name ?? feedAuthor,
      content: item.content ?? item.description,
    });
  }
  return { kind: feed.meta.type, title: feed.title, link: absolute(feed.url, baseUrl), entries };
}
