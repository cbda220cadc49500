// Pure map geometry: the projection, the view's located points (overlaps spread) and relation arcs.
import { geoNaturalEarth1, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { ViewEntity, ViewRelation } from '../view-data.js';

/** An entity placed on the map, in projected (unzoomed) pixels plus a pixel offset for overlaps. */
export interface MapPoint {
  id: string;
  entity: ViewEntity;
  x: number;
  y: number;
  /** Offset in screen pixels (kept constant when zooming) so points at one place stay apart. */
  dx: number;
  dy: number;
}

/** A relation between two placed entities. */
export interface MapArc {
  id: string;
  relation: ViewRelation;
  from: MapPoint;
  to: MapPoint;
}

/** A Natural Earth projection fitted to `width` × `height` around `outline` (the world). */
export function worldProjection(
  width: number,
  height: number,
  outline: GeoPermissibleObjects = { type: 'Sphere' },
): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [8, 8],
      [Math.max(9, width - 8), Math.max(9, height - 8)],
    ],
    outline,
  );
}

/**
 * Places the entities that have coordinates; those without are returned apart. Points that land
 * on the same pixel (companies placed at their country's point) are spread on a small ring.
 */
export function placePoints(
  entities: readonly ViewEntity[],
  project: (lonLat: [number, number]) => [number, number] | null,
  ring = 9,
): { points: MapPoint[]; unplaced: ViewEntity[] } {
  const points: MapPoint[] = [];
  const unplaced: ViewEntity[] = [];
  const byPixel = new Map<string, MapPoint[]>();
  for (const entity of entities) {
    const xy =
      entity.lat !== null && entity.lon !== null ? project([entity.lon, entity.lat]) : null;
    if (!xy) {
      unplaced.push(entity);
      continue;
    }
    const p: MapPoint = { id: entity.id, entity, x: xy[0], y: xy[1], dx: 0, dy: 0 };
    points.push(p);
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    const group = byPixel.get(key);
    if (group) group.push(p);
    else byPixel.set(key, [p]);
  }
  for (const group of byPixel.values()) {
    if (group.length < 2) continue;
    const radius = ring * Math.max(1, group.length / 6);
    group.forEach((p, i) => {
      const a = (2 * Math.PI * i) / group.length - Math.PI / 2;
      p.dx = Math.round(radius * Math.cos(a) * 100) / 100;
      p.dy = Math.round(radius * Math.sin(a) * 100) / 100;
    });
  }
  return { points, unplaced };
}

/** Arcs for the relations whose two ends are placed (a relation to itself is left out). */
export function buildArcs(
  relations: readonly ViewRelation[],
  points: readonly MapPoint[],
): MapArc[] {
  const byId = new Map(points.map((p) => [p.id, p]));
  const arcs: MapArc[] = [];
  for (const relation of relations) {
    const from = byId.get(relation.source);
    const to = byId.get(relation.target);
    if (from && to && from !== to) arcs.push({ id: relation.id, relation, from, to });
  }
  return arcs;
}

/** Screen position of a point at zoom `k` (offsets do not grow with the zoom). */
export function screenXY(p: MapPoint, k: number): [number, number] {
  return [p.x + p.dx / k, p.y + p.dy / k];
}

/**
 * An SVG path for an arc from `a` to `b`: a quadratic curve bending to the left of the direction
 * of travel by `bend` × the distance, so A→B and B→A do not overlap.
 */
export function arcPath(
  a: readonly [number, number],
  b: readonly [number, number],
  bend = 0.2,
): string {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const cx = mx + bend * (y2 - y1);
  const cy = my - bend * (x2 - x1);
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}

/** A zoom: scale `k`, then translate by (`x`, `y`) pixels. */
export interface MapFit {
  k: number;
  x: number;
  y: number;
}

/**
 * The zoom that frames `points` (projected pixels) in a `width` × `height` view with `pad`
 * pixels to spare: as close as fits, within [1, maxK], centred on their bounding box. No points:
 * the whole world (identity).
 */
export function fitPoints(
  points: readonly { x: number; y: number }[],
  width: number,
  height: number,
  pad = 48,
  maxK = 10,
): MapFit {
  if (points.length === 0) return { k: 1, x: 0, y: 0 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fitX = (width - 2 * pad) / Math.max(x1 - x0, 1);
  const fitY = (height - 2 * pad) / Math.max(y1 - y0, 1);
  const k = Math.max(1, Math.min(maxK, fitX, fitY));
  return { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) };
}
