// Reads for loading by link and by feed: stored article ids by URL, the feeds and their last poll.
import type { Gateway } from '../gateway.js';

/** One item of a poll: what happened to a feed entry. */
export interface FeedPollItem {
  key: string;
  url: string | null;
  title: string | null;
  status: 'NEW' | 'UNCHANGED' | 'REFUSED';
  articleId: string | null;
  code: string | null;
  reason: string | null;
}

/** The record of one poll of one feed. */
export interface FeedPollRecord {
  at: string;
  newCount: number;
  unchangedCount: number;
  refusedCount: number;
  /** Set when the feed itself could not be fetched or parsed. */
  error: string | null;
  items: FeedPollItem[];
}

/** A subscribed feed. */
export interface FeedRecord {
  url: string;
  title: string | null;
  addedAt: string;
  lastPolledAt: string | null;
  lastPoll: FeedPollRecord | null;
  /** Articles created from this feed so far. */
  articleCount: number;
}

/** Ids of stored articles by URL (URLs without an article are absent). */
export async function articleIdsByUrl(
  db: Gateway,
  urls: readonly string[],
): Promise<Map<string, string>> {
  if (urls.length === 0) return new Map();
  const res = await db.read((tx) =>
    tx.run(
      `UNWIND $urls AS url
       MATCH (a:Article {url: url})
       WITH url, a ORDER BY a.ingestedAt
       RETURN url, head(collect(a.id)) AS id`,
      { urls: [...new Set(urls)] },
    ),
  );
  return new Map(res.records.map((r) => [r.get('url') as string, r.get('id') as string]));
}

function toPoll(raw: unknown): FeedPollRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as Record<string, unknown>;
  return {
    at: String(p.at),
    newCount: Number(p.newCount),
    unchangedCount: Number(p.unchangedCount),
    refusedCount: Number(p.refusedCount),
    error: (p.error as string | null) ?? null,
    items: JSON.parse(typeof p.items === 'string' ? p.items : '[]') as FeedPollItem[],
  };
}

/** Every feed (or those at `urls`), oldest first, with its last poll. */
export async function listFeeds(db: Gateway, urls?: readonly string[]): Promise<FeedRecord[]> {
  const res = await db.read((tx) =>
    tx.run(
      `MATCH (f:Feed) WHERE $urls IS NULL OR f.url IN $urls
       OPTIONAL CALL (f) {
         MATCH (f)-[:POLLED]->(p:FeedPoll) RETURN p ORDER BY p.at DESC LIMIT 1
       }
       CALL (f) { OPTIONAL MATCH (f)-[:FED]->(a:Article) RETURN count(a) AS articleCount }
       RETURN f.url AS url, f.title AS title, f.addedAt AS addedAt,
              f.lastPolledAt AS lastPolledAt, properties(p) AS lastPoll, articleCount
       ORDER BY f.addedAt, f.url`,
      { urls: urls ? [...urls] : null },
    ),
  );
  return res.records.map((r) => ({
    url: r.get('url') as string,
    title: (r.get('title') as string | null) ?? null,
    addedAt: r.get('addedAt') as string,
    lastPolledAt: (r.get('lastPolledAt') as string | null) ?? null,
    lastPoll: toPoll(r.get('lastPoll')),
    articleCount: Number(r.get('articleCount')),
  }));
}

/** The entry keys a feed has already handled (empty when the feed does not exist). */
export async function feedSeenKeys(db: Gateway, url: string): Promise<Set<string> | null> {
  const res = await db.read((tx) =>
    tx.run('MATCH (f:Feed {url: $url}) RETURN coalesce(f.seen, []) AS seen', { url }),
  );
  const row = res.records[0];
  return row ? new Set(row.get('seen') as string[]) : null;
}
