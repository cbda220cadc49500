// The Feeds section's words: feed names, poll times, one poll's counts and a poll's totals.
import { describe, expect, it } from 'vitest';
import {
  feedName,
  fmtPollTime,
  pollSummary,
  pollTotals,
} from '../../../web/src/ui/feeds/feed-words.js';

const poll = (newCount: number, unchangedCount: number, refusedCount: number, error = null) => ({
  at: '2026-05-04T08:00:00.000Z',
  newCount,
  unchangedCount,
  refusedCount,
  error: error as string | null,
});

describe('feed words', () => {
  it('names a feed by its title, else its URL', () => {
    expect(feedName({ url: 'https://wire.example/rss', title: 'Plant wire' })).toBe('Plant wire');
    expect(feedName({ url: 'https://wire.example/rss', title: '  ' })).toBe(
      'https://wire.example/rss',
    );
    expect(feedName({ url: 'https://wire.example/rss', title: null })).toBe(
      'https://wire.example/rss',
    );
  });

  it('writes poll times in UTC to the minute, "never" when not polled', () => {
    expect(fmtPollTime('2026-05-04T10:07:31.250+02:00')).toBe('2026-05-04 08:07 UTC');
    expect(fmtPollTime(null)).toBe('never');
    expect(fmtPollTime('soon')).toBe('soon');
  });

  it('sums up one poll, or says why the feed failed', () => {
    expect(pollSummary(poll(2, 5, 1))).toBe('2 new, 5 unchanged, 1 refused');
    expect(pollSummary({ ...poll(0, 0, 0), error: 'FETCH_FAILED: HTTP 404' })).toBe(
      'failed: FETCH_FAILED: HTTP 404',
    );
    expect(pollSummary(null)).toBe('not polled yet');
  });

  it('totals a poll of several feeds, counting the failed ones', () => {
    expect(pollTotals([poll(2, 1, 0), poll(1, 0, 3)])).toBe('Polled 2 feed(s): 3 new article(s).');
    expect(pollTotals([poll(1, 0, 0), { ...poll(0, 0, 0), error: 'gone' }])).toBe(
      'Polled 2 feed(s): 1 new article(s), 1 feed(s) failed.',
    );
    expect(pollTotals([])).toBe('Polled 0 feed(s): 0 new article(s).');
  });
});
