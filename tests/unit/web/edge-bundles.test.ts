// Unit tests: grouping parallel edges, their drawn midpoints and the least distance of their ends.
import { describe, expect, it } from 'vitest';
import {
  arrowClearance,
  bundleMidpoints,
  bundleMinDistance,
  bundlesOf,
  CURVE_STEP,
} from '../../../web/src/graph/edge-bundles.js';

const disc = (x: number, y: number, size: number) => ({ x, y, w: size, h: size });

describe('edge bundles', () => {
  it('groups edges by unordered pair, keeps the widest line and drops self-loops', () => {
    const bundles = bundlesOf([
      { source: 'a', target: 'b', width: 2 },
      { source: 'b', target: 'a', width: 6 },
      { source: 'a', target: 'c', width: 1.5 },
      { source: 'c', target: 'c', width: 3 },
    ]);
    expect(bundles).toEqual([
      { a: 'a', b: 'b', count: 2, width: 6 },
      { a: 'a', b: 'c', count: 1, width: 1.5 },
    ]);
  });
  it('a single edge needs no distance; a bundle needs the circumscribed circles plus clearance', () => {
    const a = disc(0, 0, 90);
    const b = disc(50, 0, 30);
    expect(bundleMinDistance(a, b, { a: 'a', b: 'b', count: 1, width: 1.5 })).toBe(0);
    const min = bundleMinDistance(a, b, { a: 'a', b: 'b', count: 2, width: 1.5 });
    // 45√2 + 15√2 ≈ 84.9, plus Cytoscape's 3 × 29 × 0.3 = 26.1 px clearance for a thin line.
    expect(min).toBeCloseTo(60 * Math.SQRT2 + 26.1, 5);
    expect(arrowClearance(10)).toBeGreaterThan(arrowClearance(1.5));
  });
  it('midpoints of a bundle sit between the borders, spread sideways by half a step', () => {
    // Two 40-wide nodes 200 apart on the x axis: the border gap runs from x=20 to x=180.
    const mids = bundleMidpoints(disc(0, 0, 40), disc(200, 0, 40), 3);
    expect(mids.map((m) => Math.round(m.x))).toEqual([100, 100, 100]);
    expect(mids.map((m) => Math.round(m.y))).toEqual([-CURVE_STEP / 2, 0, CURVE_STEP / 2]);
    // Unequal sizes: the gap runs from x=40 to x=190, so the midpoint moves towards the smaller node.
    const [m] = bundleMidpoints(disc(0, 0, 80), disc(200, 0, 20), 1);
    expect(m).toEqual({ x: 115, y: 0 });
  });
});
