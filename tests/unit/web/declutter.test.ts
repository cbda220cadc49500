// Unit tests: the post-layout pass separates overlapping nodes and clears edge midpoints.
import { describe, expect, it } from 'vitest';
import {
  bundlesClear,
  declutterRound,
  estimatedMids,
  GAP,
  separate,
  settle as settleLayout,
  type Box,
  type Mid,
} from '../../../web/src/graph/declutter.js';
import { bundleMinDistance } from '../../../web/src/graph/edge-bundles.js';

const box = (id: string, x: number, y: number, movable = true): Box => ({
  id,
  x,
  y,
  w: 30,
  h: 30,
  movable,
});
const overlap = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 + GAP && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + GAP;

function settle(boxes: Box[], mids: (b: Box[]) => Mid[]): number {
  for (let r = 0; r < 50; r++) if (declutterRound(boxes, mids(boxes)) === 0) return r;
  return -1;
}

describe('declutter', () => {
  it('pushes overlapping nodes apart, even on the same spot', () => {
    const boxes = [box('a', 0, 0), box('b', 0, 0), box('c', 10, 5)];
    expect(settle(boxes, () => [])).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });
  it('moves a node off the midpoint of an edge it does not join', () => {
    const boxes = [box('s', -200, 0, false), box('t', 200, 0, false), box('n', 3, 4)];
    const mids = (b: Box[]): Mid[] => [
      { source: 's', target: 't', x: (b[0]!.x + b[1]!.x) / 2, y: (b[0]!.y + b[1]!.y) / 2 },
    ];
    settle(boxes, mids);
    const n = boxes[2]!;
    expect(Math.abs(n.y) >= n.h / 2 + GAP || Math.abs(n.x) >= n.w / 2 + GAP).toBe(true);
    // Fixed nodes stay where they are.
    expect(boxes[0]!.x).toBe(-200);
    expect(boxes[1]!.x).toBe(200);
  });
  it('leaves a clear drawing alone', () => {
    const boxes = [box('a', 0, 0), box('b', 100, 0)];
    expect(declutterRound(boxes, [{ source: 'a', target: 'b', x: 50, y: 0 }])).toBe(0);
    expect(boxes.map((b) => b.x)).toEqual([0, 100]);
  });
});

describe('declutter with parallel edges', () => {
  const bundle = { a: 'a', b: 'b', count: 2, width: 1.5 };
  it('moves the two ends of a bundle apart to its least distance, along their line', () => {
    const boxes = [box('a', 0, 0), box('b', 40, 30)];
    expect(settleLayout(boxes, [bundle])).toBe(true);
    const [a, b] = boxes as [Box, Box];
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    expect(d).toBeGreaterThanOrEqual(bundleMinDistance(a, b, bundle));
    expect(bundlesClear(boxes, [bundle])).toBe(true);
    // Still on the same line through the middle (direction 4:3 kept).
    expect((b.y - a.y) / (b.x - a.x)).toBeCloseTo(0.75, 5);
  });
  it('only the movable end moves', () => {
    const boxes = [box('a', 0, 0, false), box('b', 30, 0)];
    settleLayout(boxes, [bundle]);
    expect(boxes[0]!.x).toBe(0);
    expect(boxes[1]!.x).toBeGreaterThanOrEqual(bundleMinDistance(boxes[0]!, boxes[1]!, bundle));
  });
  it('clears a node lying on the estimated midpoint of a curved edge of a bundle', () => {
    // The two curves of a-b bow 10 units either side of y=0 at x=100; c sits on the lower one.
    const boxes = [box('a', 0, 0, false), box('b', 200, 0, false), box('c', 100, 12)];
    const bundles = [{ ...bundle }];
    const mids = estimatedMids(boxes, bundles);
    expect(mids.map((m) => [Math.round(m.x), Math.round(m.y)])).toEqual([
      [100, -10],
      [100, 10],
    ]);
    expect(settleLayout(boxes, bundles)).toBe(true);
    const c = boxes[2]!;
    for (const m of estimatedMids(boxes, bundles))
      expect(Math.abs(c.x - m.x) >= c.w / 2 + GAP || Math.abs(c.y - m.y) >= c.h / 2 + GAP).toBe(
        true,
      );
  });
  it('separate leaves no overlap, whatever the midpoints', () => {
    const boxes = [box('a', 0, 0), box('b', 5, 5), box('c', -5, 10), box('d', 60, 0, false)];
    expect(separate(boxes, [bundle])).toBe(true);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    expect(bundlesClear(boxes, [bundle])).toBe(true);
  });
});
