// Pure parts of the worker force layout: the message for the worker (nodes sorted by id, seeded
// start positions, edges as index pairs), the tick count by size, and the answer as preset positions.
import { mulberry32 } from '../util/mulberry32.js';

/** Above this many nodes a full layout runs d3-force in a Web Worker instead of fcose. */
export const WORKER_LAYOUT_MIN_NODES = 300;

/** Wanted length of an edge, in graph units (fcose's idealEdgeLength is 90). */
export const LINK_DISTANCE = 70;

/** What the main thread sends to the layout worker (typed arrays, so they transfer cheaply). */
export interface ForceLayoutRequest {
  /** Node ids, sorted, so that the input order does not change the drawing. */
  ids: string[];
  /** Start positions, seeded from each id (a pinned node's is its current position). */
  xs: Float64Array;
  ys: Float64Array;
  /** 1 where the node is pinned and must not move. */
  fixed: Uint8Array;
  /** Each node's drawn width and height, for the declutter pass after the simulation. */
  widths: Float64Array;
  heights: Float64Array;
  /** Edge ends as indexes into `ids`. */
  sources: Uint32Array;
  targets: Uint32Array;
  ticks: number;
  linkDistance: number;
}

/** What the worker posts back: progress while it runs, then the positions, or an error. */
export type ForceLayoutMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; xs: Float64Array; ys: Float64Array }
  | { kind: 'error'; message: string };

/** A node as the request needs it; `pinned` is its current position when it is pinned. */
export interface PlanNode {
  id: string;
  pinned?: { x: number; y: number } | null;
  /** Drawn size (default DEFAULT_NODE_SIZE). */
  w?: number;
  h?: number;
}

/** A node's size when the caller does not give one. */
export const DEFAULT_NODE_SIZE = 30;

/** An edge as the request needs it. */
export interface PlanEdge {
  source: string;
  target: string;
}

/**
 * Simulation ticks for a graph of `n` nodes: d3's usual 300 up to 1,000 nodes, then fewer as
 * each tick gets dearer (300·(1000/n)^0.75: 90 at 5,000 nodes; never under 60).
 */
export function tickCount(n: number): number {
  if (n <= 1000) return 300;
  return Math.max(60, Math.round(300 * Math.pow(1000 / n, 0.75)));
}

/** FNV-1a hash of a string, as an unsigned 32-bit seed. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A start position for `id` in a disc sized for `n` nodes; the same id always gets the same one. */
export function seededStart(id: string, n: number): { x: number; y: number } {
  const rnd = mulberry32(hashId(id));
  const radius = LINK_DISTANCE * Math.sqrt(Math.max(1, n));
  const r = radius * Math.sqrt(rnd());
  const a = 2 * Math.PI * rnd();
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/**
 * Builds the worker's request. Edges whose ends are not both among `nodes`, and self-loops, are
 * left out (they add no force); the result depends only on the sets of nodes and edges.
 */
export function layoutRequest(
  nodes: readonly PlanNode[],
  edges: readonly PlanEdge[],
): ForceLayoutRequest {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map<string, number>();
  sorted.forEach((node, i) => index.set(node.id, i));
  const n = sorted.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const fixed = new Uint8Array(n);
  const widths = new Float64Array(n);
  const heights = new Float64Array(n);
  sorted.forEach((node, i) => {
    const p = node.pinned ?? seededStart(node.id, n);
    xs[i] = p.x;
    ys[i] = p.y;
    fixed[i] = node.pinned ? 1 : 0;
    widths[i] = node.w ?? DEFAULT_NODE_SIZE;
    heights[i] = node.h ?? DEFAULT_NODE_SIZE;
  });
  const pairs: [number, number][] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    pairs.push([s, t]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    ids: sorted.map((node) => node.id),
    xs,
    ys,
    fixed,
    widths,
    heights,
    sources: Uint32Array.from(pairs, (p) => p[0]),
    targets: Uint32Array.from(pairs, (p) => p[1]),
    ticks: tickCount(n),
    linkDistance: LINK_DISTANCE,
  };
}

/** The worker's answer as the `positions` map of Cytoscape's preset layout. */
export function presetPositions(
  ids: readonly string[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): Record<string, { x: number; y: number }> {
  if (xs.length !== ids.length || ys.length !== ids.length)
    throw new Error(`layout answer has ${xs.length} x and ${ys.length} y for ${ids.length} nodes`);
  const out: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, i) => {
    const x = xs[i] ?? NaN;
    const y = ys[i] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new Error(`layout answer has no finite position for node ${id}`);
    out[id] = { x, y };
  });
  return out;
}

/** An element definition as far as the layout needs it (nodes have no `source`). */
export interface ElementLike {
  data: { id?: string; source?: string; target?: string; size?: number };
}

/** The request for element definitions not yet on the canvas (a node's size is `data.size`). */
export function elementsLayoutRequest(elements: readonly ElementLike[]): ForceLayoutRequest {
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  for (const e of elements) {
    const d = e.data;
    if (d.source !== undefined && d.target !== undefined)
      edges.push({ source: d.source, target: d.target });
    else if (d.id !== undefined) nodes.push({ id: d.id, w: d.size, h: d.size });
  }
  return layoutRequest(nodes, edges);
}
