// Runs the d3-force simulation for a layout request (in the layout worker, or in Node for tests):
// links at the wanted length, many-body repulsion (Barnes–Hut), a weak pull to the centre.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { DECLUTTER_MAX_NODES, declutterRound, type Box, type Mid } from './declutter.js';
import type { ForceLayoutRequest } from './force-layout-plan.js';
import { mulberry32 } from '../util/mulberry32.js';

/** Repulsion between every two nodes (d3's default is -30; ours suits edges of ~70 units). */
export const CHARGE = -160;
/** Pull towards the centre, so that unconnected pieces stay near the rest. */
export const GRAVITY = 0.04;

/**
 * Runs `req.ticks` ticks and returns the final positions (pinned nodes keep theirs).
 * `onProgress(done, total)` is called about ten times along the way. Deterministic: the same
 * request gives the same positions.
 */
export function runForceLayout(
  req: ForceLayoutRequest,
  onProgress: (done: number, total: number) => void = () => undefined,
): { xs: Float64Array; ys: Float64Array } {
  const n = req.ids.length;
  const nodes: SimulationNodeDatum[] = [];
  for (let i = 0; i < n; i++) {
    const x = req.xs[i] ?? 0;
    const y = req.ys[i] ?? 0;
    nodes.push(req.fixed[i] ? { x, y, fx: x, fy: y } : { x, y });
  }
  const links = Array.from(req.sources, (s, i) => ({ source: s, target: req.targets[i] ?? s }));
  const ticks = Math.max(1, req.ticks);
  const sim = forceSimulation(nodes)
    .randomSource(mulberry32(1))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink(links).distance(req.linkDistance))
    .force('charge', forceManyBody().strength(CHARGE).theta(0.9))
    .force('x', forceX(0).strength(GRAVITY))
    .force('y', forceY(0).strength(GRAVITY))
    .stop();
  const every = Math.max(1, Math.ceil(ticks / 10));
  for (let t = 1; t <= ticks; t++) {
    sim.tick();
    if (t % every === 0 || t === ticks) onProgress(t, ticks);
  }
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  nodes.forEach((node, i) => {
    xs[i] = node.x ?? 0;
    ys[i] = node.y ?? 0;
  });
  if (n <= DECLUTTER_MAX_NODES) declutterPositions(req, xs, ys);
  return { xs, ys };
}

/**
 * The declutter pass (declutter.ts) on the worker's positions, with edge midpoints taken on
 * straight lines: no two nodes overlap and no edge's midpoint lies on a node it does not join.
 */
export function declutterPositions(
  req: ForceLayoutRequest,
  xs: Float64Array,
  ys: Float64Array,
  rounds = 120,
): void {
  const boxes: Box[] = req.ids.map((id, i) => ({
    id,
    x: xs[i] ?? 0,
    y: ys[i] ?? 0,
    w: req.widths[i] ?? 0,
    h: req.heights[i] ?? 0,
    movable: !req.fixed[i],
  }));
  const ends = Array.from(req.sources, (s, i) => [s, req.targets[i] ?? s] as const);
  for (let r = 0; r < rounds; r++) {
    const mids: Mid[] = ends.map(([s, t]) => ({
      source: req.ids[s] ?? '',
      target: req.ids[t] ?? '',
      x: ((boxes[s]?.x ?? 0) + (boxes[t]?.x ?? 0)) / 2,
      y: ((boxes[s]?.y ?? 0) + (boxes[t]?.y ?? 0)) / 2,
    }));
    if (declutterRound(boxes, mids) === 0) break;
  }
  boxes.forEach((b, i) => {
    xs[i] = b.x;
    ys[i] = b.y;
  });
}
