// Unit tests: map projection, placing located entities (overlaps spread), arcs between them.
import { describe, expect, it } from 'vitest';
import {
  arcPath,
  buildArcs,
  fitPoints,
  placePoints,
  screenXY,
  worldProjection,
} from '../../../../web/src/views/map/map-geometry.js';
import { joinRelations } from '../../../../web/src/views/view-data.js';
import { entity, relation } from './fixtures.js';

describe('worldProjection', () => {
  const p = worldProjection(1000, 520);
  it('fits the world into the box: 0,0 in the middle, east to the right, north up', () => {
    const [x0, y0] = p([0, 0])!;
    expect(x0).toBeCloseTo(500, 0);
    expect(y0).toBeCloseTo(260, 0);
    const [xDouai, yDouai] = p([3.08, 50.37])!;
    expect(xDouai).toBeGreaterThan(x0);
    expect(yDouai).toBeLessThan(y0);
    for (const lonLat of [
      [-180, 0],
      [180, 0],
      [0, 90],
      [0, -90],
    ] as [number, number][]) {
      const [x, y] = p(lonLat)!;
      expect(x).toBeGreaterThanOrEqual(7.9);
      expect(x).toBeLessThanOrEqual(992.1);
      expect(y).toBeGreaterThanOrEqual(7.9);
      expect(y).toBeLessThanOrEqual(512.1);
    }
  });
});

describe('placePoints', () => {
  const project = (ll: [number, number]): [number, number] => [ll[0] * 2, -ll[1] * 2];
  it('places entities with coordinates and returns the others apart', () => {
    const { points, unplaced } = placePoints(
      [
        entity('plant:a', { type: 'Plant', lat: 50, lon: 3 }),
        entity('person:b', { type: 'Person' }),
      ],
      project,
    );
    expect(points.map((p) => [p.id, p.x, p.y, p.dx, p.dy])).toEqual([['plant:a', 6, -100, 0, 0]]);
    expect(unplaced.map((e) => e.id)).toEqual(['person:b']);
  });
  it('spreads entities at the same point on a ring, each at its own offset', () => {
    const same = { lat: 46.6, lon: 2.4, locationSource: 'COUNTRY' };
    const { points } = placePoints(
      [entity('a', same), entity('b', same), entity('c', same)],
      project,
      9,
    );
    const offsets = points.map((p) => `${p.dx},${p.dy}`);
    expect(new Set(offsets).size).toBe(3);
    for (const p of points) expect(Math.hypot(p.dx, p.dy)).toBeCloseTo(9, 1);
  });
  it('leaves out a point the projection cannot place', () => {
    const { points, unplaced } = placePoints([entity('x', { lat: 1, lon: 1 })], () => null);
    expect(points).toEqual([]);
    expect(unplaced.map((e) => e.id)).toEqual(['x']);
  });
});

describe('arcs', () => {
  const project = (ll: [number, number]): [number, number] => [ll[0], ll[1]];
  it('joins relation ends by name and keeps relations whose two ends are shown', () => {
    const ents = [entity('a', { label: 'A' }), entity('b', { label: 'B' })];
    const rels = joinRelations(ents, [relation('a', 'b'), relation('a', 'gone')]);
    expect(rels.map((r) => [r.sourceName, r.targetName])).toEqual([['A', 'B']]);
  });
  it('builds an arc only when both ends are on the map', () => {
    const { points } = placePoints(
      [
        entity('a', { lat: 0, lon: 0 }),
        entity('b', { lat: 10, lon: 10 }),
        entity('c'), // no location
      ],
      project,
    );
    const arcs = buildArcs([relation('a', 'b'), relation('a', 'c'), relation('a', 'a')], points);
    expect(arcs.map((a) => [a.from.id, a.to.id])).toEqual([['a', 'b']]);
  });
  it('bends an arc to the left of its direction, so A→B and B→A differ', () => {
    expect(arcPath([0, 0], [100, 0], 0.2)).toBe('M0,0Q50,-20 100,0');
    expect(arcPath([100, 0], [0, 0], 0.2)).toBe('M100,0Q50,20 0,0');
  });
  it('keeps overlap offsets constant on screen when zooming', () => {
    const p = { id: 'a', entity: entity('a'), x: 100, y: 50, dx: 8, dy: -4 };
    expect(screenXY(p, 1)).toEqual([108, 46]);
    expect(screenXY(p, 4)).toEqual([102, 49]);
  });
});

describe('fitPoints', () => {
  it('frames a cluster: zooms in and centres its bounding box, with the padding to spare', () => {
    const pts = [
      { x: 500, y: 100 },
      { x: 520, y: 110 },
      { x: 510, y: 120 },
    ];
    const t = fitPoints(pts, 1000, 520, 40, 10);
    expect(t.k).toBe(10);
    // The box's centre (510, 110) lands in the middle of the view.
    expect(510 * t.k + t.x).toBeCloseTo(500, 6);
    expect(110 * t.k + t.y).toBeCloseTo(260, 6);
  });

  it('spread points keep a zoom that fits them all inside the padding', () => {
    const pts = [
      { x: 100, y: 200 },
      { x: 700, y: 300 },
    ];
    const t = fitPoints(pts, 1000, 520, 40, 10);
    expect(t.k).toBeCloseTo(920 / 600, 6);
    for (const p of pts) {
      const sx = p.x * t.k + t.x;
      expect(sx).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(sx).toBeLessThanOrEqual(960 + 1e-9);
    }
  });

  it('never zooms out past the whole world, and no points means the whole world', () => {
    expect(
      fitPoints(
        [
          { x: 0, y: 0 },
          { x: 5000, y: 5000 },
        ],
        1000,
        520,
      ).k,
    ).toBe(1);
    expect(fitPoints([], 1000, 520)).toEqual({ k: 1, x: 0, y: 0 });
  });
});
