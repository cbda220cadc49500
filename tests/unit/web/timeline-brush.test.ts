// Unit tests: week/month periods, gap filling, the brush, play steps and bar heights.
import { describe, expect, it } from 'vitest';
import {
  fillGaps,
  nextStart,
  periodEnd,
  periodStart,
  type TimeBucket,
} from '../../../schema/time-buckets.js';
import {
  barHeights,
  bucketAt,
  inRange,
  nextPlayStep,
  playRange,
  rangeOf,
  sameRange,
} from '../../../web/src/timeline/brush.js';

const b = (start: string, claimCount = 1): TimeBucket => ({ start, claimCount, articleCount: 1 });

describe('periods', () => {
  it('starts weeks on Monday and months on the 1st', () => {
    expect(periodStart('2024-01-10', 'WEEK')).toBe('2024-01-08'); // a Wednesday
    expect(periodStart('2024-01-08', 'WEEK')).toBe('2024-01-08');
    expect(periodStart('2024-01-07', 'WEEK')).toBe('2024-01-01'); // a Sunday
    expect(periodStart('2024-02-29', 'MONTH')).toBe('2024-02-01');
  });
  it('steps to the next period and ends the day before it, across years and leap days', () => {
    expect(nextStart('2023-12-01', 'MONTH')).toBe('2024-01-01');
    expect(periodEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(periodEnd('2023-02-01', 'MONTH')).toBe('2023-02-28');
    expect(nextStart('2023-12-25', 'WEEK')).toBe('2024-01-01');
    expect(periodEnd('2023-12-25', 'WEEK')).toBe('2023-12-31');
  });
  it('fills empty periods between the first and last, sorted, capped to the most recent', () => {
    const filled = fillGaps([b('2024-03-01', 2), b('2023-12-01', 5)], 'MONTH');
    expect(filled.map((x) => `${x.start}:${x.claimCount}`)).toEqual([
      '2023-12-01:5',
      '2024-01-01:0',
      '2024-02-01:0',
      '2024-03-01:2',
    ]);
    expect(fillGaps([], 'WEEK')).toEqual([]);
    expect(fillGaps([b('2000-01-01'), b('2024-01-01')], 'MONTH', 3).map((x) => x.start)).toEqual([
      '2023-11-01',
      '2023-12-01',
      '2024-01-01',
    ]);
  });
});

describe('brush', () => {
  const months = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'].map((s) => b(s));
  it('maps a pointer position to a bar, clamped to the strip', () => {
    expect(bucketAt(0, 400, 4)).toBe(0);
    expect(bucketAt(150, 400, 4)).toBe(1);
    expect(bucketAt(399, 400, 4)).toBe(3);
    expect(bucketAt(-20, 400, 4)).toBe(0);
    expect(bucketAt(900, 400, 4)).toBe(3);
    expect(bucketAt(10, 400, 0)).toBe(0);
  });
  it('turns a dragged span (either direction) into the dates it covers', () => {
    expect(rangeOf(months, 2, 1, 'MONTH')).toEqual({ from: '2024-02-01', to: '2024-03-31' });
    expect(rangeOf(months, 3, 3, 'MONTH')).toEqual({ from: '2024-04-01', to: '2024-04-30' });
    expect(rangeOf([], 0, 0, 'MONTH')).toBeNull();
  });
  it('marks the bars a range overlaps (open ends included)', () => {
    const r = { from: '2024-02-15', to: '2024-03-10' };
    expect(months.map((m) => inRange(m, r, 'MONTH'))).toEqual([false, true, true, false]);
    expect(months.map((m) => inRange(m, { from: null, to: '2024-01-31' }, 'MONTH'))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(inRange(months[0]!, null, 'MONTH')).toBe(false);
  });
  it('plays a cumulative window growing by one bucket per step, then starts over', () => {
    expect(nextPlayStep(months, null, 'MONTH')).toBe(0);
    const first = playRange(months, 0, 'MONTH');
    expect(first).toEqual({ from: '2024-01-01', to: '2024-01-31' });
    expect(nextPlayStep(months, first, 'MONTH')).toBe(1);
    expect(playRange(months, 2, 'MONTH')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    const last = playRange(months, 3, 'MONTH');
    expect(nextPlayStep(months, last, 'MONTH')).toBe(0);
    // A brushed range that is not a play window restarts from the first bucket.
    expect(nextPlayStep(months, { from: '2024-02-01', to: '2024-02-29' }, 'MONTH')).toBe(0);
  });
  it('scales bars to the busiest period, keeping small non-empty ones visible', () => {
    expect(barHeights([b('a', 0), b('b', 1), b('c', 200)], 40)).toEqual([0, 1, 40]);
  });
  it('compares ranges by value', () => {
    expect(sameRange(null, undefined)).toBe(true);
    expect(sameRange({ from: 'a', to: null }, { from: 'a', to: null })).toBe(true);
    expect(sameRange({ from: 'a', to: null }, null)).toBe(false);
  });
});
