// Writes for feeds: subscribe, unsubscribe, and record a poll (seen entries, counts, links to articles).
import type { Gateway } from '../gateway.js';
import type { FeedPollRecord } from '../queries/feed-queries.js';

/** Entry keys remembered per feed (most recent first); older ones are forgotten. */
export const MAX_SEEN_KEYS = 5000;
/** Polls kept per feed; older ones are deleted. */
export const MAX_POLLS_KEPT = 20;

/** Adds a feed (or updates its title); returns whether it was new. */
export async function saveFeed(
  db: Gateway,
  feed: { url: string; title: string | null },
): Promise<boolean> {
  const res = await db.write((tx) =>
    tx.run(
      `MERGE (f:Feed {url: $url})
       ON CREATE SET f.addedAt = $now, f.seen = [], f._new = true
       SET f.title = coalesce($title, f.title)
       WITH f, coalesce(f._new, false) AS created
       REMOVE f._new
       RETURN created`,
      { url: feed.url, title: feed.title, now: new Date().toISOString() },
    ),
  );
  return res.records[0]?.get('created') === true;
}

/** Removes a feed and its poll records (articles stay); returns whether it existed. */
export async function deleteFeed(db: Gateway, url: string): Promise<boolean> {
  const res = await db.write((tx) =>
    tx.run(
      `MATCH (f:Feed {url: $url})
       OPTIONAL MATCH (f)-[:POLLED]->(p:FeedPoll)
       DETACH DELETE p
       WITH DISTINCT f
       DETACH DELETE f
       RETURN count(*) AS removed`,
      { url },
    ),
  );
  return Number(res.records[0]?.get('removed') ?? 0) > 0;
}

/**
 * Records a poll in one transaction: the poll node, the keys now seen, the time, and FED links to
 * the articles the poll created. Old polls beyond {@link MAX_POLLS_KEPT} are deleted.
 */
export async function recordFeedPoll(
  db: Gateway,
  url: string,
  poll: FeedPollRecord,
  seenKeys: readonly string[],
): Promise<void> {
  const articleIds = poll.items
    .filter((i) => i.status === 'NEW' && i.articleId)
    .map((i) => i.articleId);
  await db.write((tx) =>
    tx.run(
      `MATCH (f:Feed {url: $url})
       SET f.lastPolledAt = $poll.at,
           f.seen = ($seen + [k IN coalesce(f.seen, []) WHERE NOT k IN $seen])[0..toInteger($maxSeen)]
       CREATE (f)-[:POLLED]->(:FeedPoll {
         id: randomUUID(), at: $poll.at, newCount: $poll.newCount, unchangedCount: $poll.unchangedCount,
         refusedCount: $poll.refusedCount, error: $poll.error, items: $items })
       WITH f
       CALL (f) {
         UNWIND $articleIds AS id
         MATCH (a:Article {id: id})
         MERGE (f)-[:FED]->(a)
       }
       CALL (f) {
         MATCH (f)-[:POLLED]->(old:FeedPoll)
         WITH old ORDER BY old.at DESC SKIP toInteger($keep)
         DETACH DELETE old
       }
       RETURN f.url AS url`,
      {
        url,
        poll: {
          at: poll.at,
          newCount: poll.newCount,
          unchangedCount: poll.unchangedCount,
          refusedCount: poll.refusedCount,
          error: poll.error,
        },
        items: JSON.stringify(poll.items),
        seen: [...seenKeys],
        maxSeen: MAX_SEEN_KEYS,
        articleIds,
        keep: MAX_POLLS_KEPT,
      },
    ),
  );
}
