// Words for feeds and their polls in the Feeds section: names, poll times and counts.
import type { Feed, FeedPoll } from '../../api/types.js';

/** The feed's title, else its URL. */
export function feedName(feed: Pick<Feed, 'url' | 'title'>): string {
  return feed.title?.trim() || feed.url;
}

/** An ISO time as `YYYY-MM-DD HH:MM UTC`, or "never" when there is none. */
export function fmtPollTime(iso: string | null | undefined): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One poll in words: its counts, or the reason the feed itself failed. */
export function pollSummary(poll: FeedPoll | null | undefined): string {
  if (!poll) return 'not polled yet';
  if (poll.error) return `failed: ${poll.error}`;
  return `${poll.newCount} new, ${poll.unchangedCount} unchanged, ${poll.refusedCount} refused`;
}

/** The line after "Poll now": how many feeds, new articles and failed feeds. */
export function pollTotals(polls: readonly FeedPoll[]): string {
  const fresh = polls.reduce((n, p) => n + p.newCount, 0);
  const failed = polls.filter((p) => p.error).length;
  return `Polled ${polls.length} feed(s): ${fresh} new article(s)${failed ? `, ${failed} feed(s) failed` : ''}.`;
}
