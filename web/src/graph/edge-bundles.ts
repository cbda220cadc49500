// Pure geometry of parallel edges: where Cytoscape draws their midpoints, and how far apart two
// nodes joined by several edges must be for every curve of the bundle to have valid endpoints.

/** A node's centre and size. */
export interface Disc {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One drawn edge: its ends and its line width in px. */
export interface EdgeLine {
  source: string;
  target: string;
  width: number;
}

/** The edges between one pair of nodes (either direction), with the widest line among them. */
export interface Bundle {
  a: string;
  b: string;
  count: number;
  width: number;
}

/** Cytoscape's default distance between the curves of a bundle (control-point-step-size). */
export const CURVE_STEP = 40;

/** Groups edges by their unordered pair of ends; self-loops are left out. */
export function bundlesOf(edges: readonly EdgeLine[]): Bundle[] {
  const byPair = new Map<string, Bundle>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}\u0000${b}`;
    const got = byPair.get(key);
    if (got) {
      got.count++;
      got.width = Math.max(got.width, e.width);
    } else byPair.set(key, { a, b, count: 1, width: e.width });
  }
  return [...byPair.values()];
}

/** Cytoscape's arrow clearance near a curve's control point, for a line `width` px wide. */
export function arrowClearance(width: number): number {
  return 0.9 * Math.max(Math.pow(width * 13.37, 0.9), 29);
}

/**
 * The least centre-to-centre distance at which every curve of a bundle of two or more edges
 * between `a` and `b` can be drawn: the two circumscribed circles apart by one arrow clearance.
 * Closer than that, a control point can fall inside a node and Cytoscape reports the edge as
 * having "invalid endpoints". A single edge is drawn straight and needs no more than no overlap.
 */
export function bundleMinDistance(a: Disc, b: Disc, bundle: Bundle): number {
  if (bundle.count < 2) return 0;
  return Math.hypot(a.w, a.h) / 2 + Math.hypot(b.w, b.h) / 2 + arrowClearance(bundle.width);
}

/**
 * Where the curves of a bundle have their midpoints, approximately as Cytoscape draws them: the
 * middle of the gap between the two node borders, moved sideways by half of each curve's offset
 * (a bezier passes half-way to its control point); the middle curve of an odd bundle is straight.
 */
export function bundleMidpoints(
  a: Disc,
  b: Disc,
  count: number,
  step = CURVE_STEP,
): { x: number; y: number }[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const ra = Math.min(a.w, a.h) / 2;
  const rb = Math.min(b.w, b.h) / 2;
  const mx = (a.x + ux * ra + b.x - ux * rb) / 2;
  const my = (a.y + uy * ra + b.y - uy * rb) / 2;
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const offset = ((0.5 - count / 2 + i) * step) / 2;
    out.push({ x: mx - uy * offset, y: my + ux * offset });
  }
  return out;
}
