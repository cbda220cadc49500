// Pure timeline logic: which bucket a pointer is over, the range a brush selects, play steps.
import { periodEnd, type TimeBucket, type TimePeriod } from '../../../schema/time-buckets.js';
import type { TimeRange } from '../state/view-state.js';

/** The bucket under `x` pixels from the left of a strip `width` pixels wide holding `n` bars. */
export function bucketAt(x: number, width: number, n: number): number {
  if (n <= 0 || width <= 0) return 0;
  return Math.min(n - 1, Math.max(0, Math.floor((x / width) * n)));
}

/** The dates covered by buckets `i` to `j` (either order): first start to last period's end. */
export function rangeOf(
  buckets: readonly TimeBucket[],
  i: number,
  j: number,
  period: TimePeriod,
): TimeRange | null {
  const lo = buckets[Math.min(i, j)];
  const hi = buckets[Math.max(i, j)];
  if (!lo || !hi) return null;
  return { from: lo.start, to: periodEnd(hi.start, period) };
}

/** Whether bucket `b` overlaps `range` (a null range selects nothing). */
export function inRange(b: TimeBucket, range: TimeRange | null | undefined, period: TimePeriod) {
  if (!range) return false;
  return (
    (!range.to || b.start <= range.to) && (!range.from || periodEnd(b.start, period) >= range.from)
  );
}

/** The range shown at play step `step` (0-based): from the first bucket to the end of bucket `step`. */
export function playRange(
  buckets: readonly TimeBucket[],
  step: number,
  period: TimePeriod,
): TimeRange | null {
  return rangeOf(buckets, 0, Math.min(step, buckets.length - 1), period);
}

/** The play step that follows the current range: 0 unless it is a cumulative play window. */
export function nextPlayStep(
  buckets: readonly TimeBucket[],
  range: TimeRange | null | undefined,
  period: TimePeriod,
): number {
  if (!range?.to || range.from !== buckets[0]?.start) return 0;
  const shown = buckets.findIndex((b) => periodEnd(b.start, period) === range.to);
  return shown < 0 || shown >= buckets.length - 1 ? 0 : shown + 1;
}

/** Bar heights in [0, max] proportional to the claim counts (a non-empty bucket gets ≥ 1). */
export function barHeights(buckets: readonly TimeBucket[], max: number): number[] {
  const top = Math.max(1, ...buckets.map((b) => b.claimCount));
  return buckets.map((b) => (b.claimCount > 0 ? Math.max(1, (b.claimCount / top) * max) : 0));
}

/** Same range (null and both-open count as none). */
export function sameRange(a: TimeRange | null | undefined, b: TimeRange | null | undefined) {
  return (a?.from ?? null) === (b?.from ?? null) && (a?.to ?? null) === (b?.to ?? null);
}
