// Unit tests: the post-layout pass separates overlapping nodes and clears edge midpoints.
import { describe, expect, it } from 'vitest';
import { declutterRound, GAP, type Box, type Mid } from '../../../web/src/graph/declutter.js';

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
