// Week and month periods over ISO dates (UTC): starts, ends, and gap filling for the timeline.

/** A timeline period: weeks start on Monday. */
export type TimePeriod = 'WEEK' | 'MONTH';

/** One period's counts. */
export interface TimeBucket {
  start: string;
  claimCount: number;
  articleCount: number;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);
const parse = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The first day of the period holding `iso` (`YYYY-MM-DD`). */
export function periodStart(iso: string, period: TimePeriod): string {
  const d = parse(iso);
  if (period === 'MONTH') return `${iso.slice(0, 7)}-01`;
  const back = (d.getUTCDay() + 6) % 7; // days since Monday
  d.setUTCDate(d.getUTCDate() - back);
  return day(d);
}

/** The first day of the period after the one starting at `start`. */
export function nextStart(start: string, period: TimePeriod): string {
  const d = parse(start);
  if (period === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1, 1);
  else d.setUTCDate(d.getUTCDate() + 7);
  return day(d);
}

/** The last day of the period starting at `start`. */
export function periodEnd(start: string, period: TimePeriod): string {
  const d = parse(nextStart(start, period));
  d.setUTCDate(d.getUTCDate() - 1);
  return day(d);
}

/**
 * Buckets sorted oldest first, with an empty bucket for every period between the first and the
 * last that had none (so a histogram's x axis is linear in time). At most `maxBuckets` are
 * returned (the most recent ones) so a stray date far in the past cannot blow the list up.
 */
export function fillGaps(
  buckets: readonly TimeBucket[],
  period: TimePeriod,
  maxBuckets = 1000,
): TimeBucket[] {
  const sorted = [...buckets].sort((a, b) => a.start.localeCompare(b.start));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const byStart = new Map(sorted.map((b) => [b.start, b]));
  const out: TimeBucket[] = [];
  for (let s = first.start; s <= last.start; s = nextStart(s, period)) {
    out.push(byStart.get(s) ?? { start: s, claimCount: 0, articleCount: 0 });
  }
  return out.slice(-maxBuckets);
}
