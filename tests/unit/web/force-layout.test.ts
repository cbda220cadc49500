// Unit tests: the worker layout's request (sorted ids, seeded starts, edges as indexes), tick
// count by size, the worker's simulation (deterministic, spread out, pinned nodes stay) and the
// answer as preset positions.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NODE_SIZE,
  elementsLayoutRequest,
  layoutRequest,
  presetPositions,
  seededStart,
  tickCount,
} from '../../../web/src/graph/force-layout-plan.js';
import { runForceLayout } from '../../../web/src/graph/force-layout-run.js';

const ring = (n: number) => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })),
  edges: Array.from({ length: n }, (_, i) => ({ source: `e${i}`, target: `e${(i + 1) % n}` })),
});

describe('worker layout request', () => {
  it('sorts nodes by id and maps edges to index pairs, leaving out loops and dangling ends', () => {
    const req = layoutRequest(
      [{ id: 'b' }, { id: 'a' }, { id: 'c', w: 50, h: 40 }],
      [
        { source: 'c', target: 'a' },
        { source: 'a', target: 'a' },
        { source: 'a', target: 'zz' },
        { source: 'a', target: 'b' },
      ],
    );
    expect(req.ids).toEqual(['a', 'b', 'c']);
    expect([...req.sources]).toEqual([0, 2]);
    expect([...req.targets]).toEqual([1, 0]);
    expect([...req.widths]).toEqual([DEFAULT_NODE_SIZE, DEFAULT_NODE_SIZE, 50]);
    expect([...req.heights]).toEqual([DEFAULT_NODE_SIZE, DEFAULT_NODE_SIZE, 40]);
  });

  it('seeds start positions from ids: the same input in another order gives the same request', () => {
    const { nodes, edges } = ring(40);
    const a = layoutRequest(nodes, edges);
    const b = layoutRequest([...nodes].reverse(), [...edges].reverse());
    expect(b.ids).toEqual(a.ids);
    expect([...b.xs]).toEqual([...a.xs]);
    expect([...b.sources]).toEqual([...a.sources]);
    expect(seededStart('e1', 40)).toEqual(seededStart('e1', 40));
    expect(seededStart('e1', 40)).not.toEqual(seededStart('e2', 40));
    expect(new Set(a.xs).size).toBe(40);
  });

  it('keeps a pinned node where it is and marks it fixed', () => {
    const req = layoutRequest([{ id: 'p', pinned: { x: 500, y: -20 } }, { id: 'q' }], []);
    expect([req.xs[0], req.ys[0], req.fixed[0], req.fixed[1]]).toEqual([500, -20, 1, 0]);
  });

  it('builds the request from element definitions (nodes sized by data.size)', () => {
    const req = elementsLayoutRequest([
      { data: { id: 'y', size: 44 } },
      { data: { id: 'x', size: 30 } },
      { data: { id: 'r1', source: 'x', target: 'y' } },
    ]);
    expect(req.ids).toEqual(['x', 'y']);
    expect([...req.widths]).toEqual([30, 44]);
    expect([req.sources[0], req.targets[0]]).toEqual([0, 1]);
  });

  it('runs fewer ticks as graphs grow', () => {
    expect(tickCount(10)).toBe(300);
    expect(tickCount(1000)).toBe(300);
    expect(tickCount(5000)).toBeLessThan(tickCount(2000));
    expect(tickCount(5000)).toBe(90);
    expect(tickCount(1_000_000)).toBe(60);
  });
});

describe('worker layout simulation', () => {
  it('is deterministic and spreads nodes out (no two at one spot, none all at the origin)', () => {
    const { nodes, edges } = ring(60);
    const a = runForceLayout(layoutRequest(nodes, edges));
    const b = runForceLayout(layoutRequest(nodes, edges));
    expect([...a.xs]).toEqual([...b.xs]);
    expect([...a.ys]).toEqual([...b.ys]);
    const spots = new Set([...a.xs].map((x, i) => `${Math.round(x)}:${Math.round(a.ys[i] ?? 0)}`));
    expect(spots.size).toBe(60);
    expect([...a.xs].every(Number.isFinite)).toBe(true);
  });

  it('pulls linked nodes closer than unlinked ones and reports progress up to the end', () => {
    const { nodes, edges } = ring(60);
    const seen: number[] = [];
    const req = layoutRequest(nodes, edges);
    const { xs, ys } = runForceLayout(req, (done, total) => {
      seen.push(done);
      expect(total).toBe(req.ticks);
    });
    expect(seen.at(-1)).toBe(req.ticks);
    const d = (i: number, j: number) =>
      Math.hypot((xs[i] ?? 0) - (xs[j] ?? 0), (ys[i] ?? 0) - (ys[j] ?? 0));
    const at = (id: string) => req.ids.indexOf(id);
    // e0–e1 are linked; e0–e30 are the far side of the ring.
    expect(d(at('e0'), at('e1'))).toBeLessThan(d(at('e0'), at('e30')));
  });

  it('does not move a pinned node', () => {
    const req = layoutRequest(
      [{ id: 'p', pinned: { x: 300, y: 300 } }, ...ring(20).nodes],
      [{ source: 'p', target: 'e0' }, ...ring(20).edges],
    );
    const { xs, ys } = runForceLayout(req);
    const i = req.ids.indexOf('p');
    expect([xs[i], ys[i]]).toEqual([300, 300]);
  });
});

describe('preset positions', () => {
  it('maps the answer to Cytoscape preset positions by id', () => {
    expect(presetPositions(['a', 'b'], [1, 2], [3, 4])).toEqual({
      a: { x: 1, y: 3 },
      b: { x: 2, y: 4 },
    });
  });
  it('rejects an answer of the wrong length or without finite numbers, naming the problem', () => {
    expect(() => presetPositions(['a', 'b'], [1], [3, 4])).toThrow(/1 x and 2 y for 2 nodes/);
    expect(() => presetPositions(['a'], [NaN], [3])).toThrow(/node a/);
  });
});
