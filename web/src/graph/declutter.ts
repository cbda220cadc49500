// After a layout: moves nodes so that no two overlap, no edge's midpoint lies on a node the edge
// does not join (it would read as ending there), and nodes joined by several edges are far enough
// apart for every curve to be drawable; pure geometry plus a Cytoscape pass.
import type { Core, NodeCollection } from 'cytoscape';
import { bundleMidpoints, bundleMinDistance, bundlesOf, type Bundle } from './edge-bundles.js';

/** A node's centre and size, and whether the pass may move it. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  movable: boolean;
}

/** An edge's drawn midpoint and its two ends. */
export interface Mid {
  source: string;
  target: string;
  x: number;
  y: number;
}

/** Space kept around each node, in graph units. */
export const GAP = 8;

/**
 * One round: pushes overlapping nodes apart, pushes nodes off edge midpoints and moves the two
 * ends of a bundle of parallel edges apart to its least distance. Mutates the boxes' x and y and
 * returns how many moves it made (0 means the drawing is clear).
 */
export function declutterRound(
  boxes: Box[],
  mids: readonly Mid[],
  gap = GAP,
  bundles: readonly Bundle[] = [],
): number {
  let moves = 0;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  for (const bundle of bundles) {
    const a = byId.get(bundle.a);
    const b = byId.get(bundle.b);
    if (!a || !b || (!a.movable && !b.movable)) continue;
    const min = bundleMinDistance(a, b, bundle);
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    if (d >= min) continue;
    // Apart along the line between them; on one spot, sideways.
    const ux = d > 0 ? (b.x - a.x) / d : 1;
    const uy = d > 0 ? (b.y - a.y) / d : 0;
    const need = min - d + 0.5;
    const share = a.movable && b.movable ? need / 2 : need;
    if (a.movable) {
      a.x -= ux * share;
      a.y -= uy * share;
    }
    if (b.movable) {
      b.x += ux * share;
      b.y += uy * share;
    }
    moves++;
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (!a.movable && !b.movable) continue;
      const ox = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
      const oy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
      if (ox <= 0 || oy <= 0) continue;
      // Separate along the axis that needs the smaller move; a tie or same centre goes sideways.
      const alongX = ox <= oy;
      const sign = alongX ? Math.sign(b.x - a.x) || 1 : Math.sign(b.y - a.y) || 1;
      const need = (alongX ? ox : oy) + 0.5;
      const share = a.movable && b.movable ? need / 2 : need;
      if (alongX) {
        if (a.movable) a.x -= sign * share;
        if (b.movable) b.x += sign * share;
      } else {
        if (a.movable) a.y -= sign * share;
        if (b.movable) b.y += sign * share;
      }
      moves++;
    }
  }
  for (const m of mids) {
    for (const n of boxes) {
      if (!n.movable || n.id === m.source || n.id === m.target) continue;
      const dx = n.x - m.x;
      const dy = n.y - m.y;
      const ox = n.w / 2 + gap - Math.abs(dx);
      const oy = n.h / 2 + gap - Math.abs(dy);
      if (ox <= 0 || oy <= 0) continue;
      if (ox <= oy) n.x += (Math.sign(dx) || 1) * (ox + 2);
      else n.y += (Math.sign(dy) || 1) * (oy + 2);
      moves++;
    }
  }
  return moves;
}

/** Where the edges of `bundles` have their midpoints, estimated from the boxes (no Cytoscape). */
export function estimatedMids(boxes: readonly Box[], bundles: readonly Bundle[]): Mid[] {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const out: Mid[] = [];
  for (const bundle of bundles) {
    const a = byId.get(bundle.a);
    const b = byId.get(bundle.b);
    if (!a || !b) continue;
    for (const m of bundleMidpoints(a, b, bundle.count))
      out.push({ source: bundle.a, target: bundle.b, ...m });
  }
  return out;
}

/** True when every bundle's two ends are at least its least distance apart. */
export function bundlesClear(boxes: readonly Box[], bundles: readonly Bundle[]): boolean {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  return bundles.every((bundle) => {
    const a = byId.get(bundle.a);
    const b = byId.get(bundle.b);
    return !a || !b || Math.hypot(b.x - a.x, b.y - a.y) >= bundleMinDistance(a, b, bundle);
  });
}

/**
 * Runs rounds with midpoints estimated from the boxes until one makes no move (true) or `rounds`
 * ran (false). Pure: mutates only the boxes.
 */
export function settle(boxes: Box[], bundles: readonly Bundle[], rounds = 200, gap = GAP): boolean {
  for (let r = 0; r < rounds; r++)
    if (declutterRound(boxes, estimatedMids(boxes, bundles), gap, bundles) === 0) return true;
  return false;
}

/** Line width the bundle rule assumes at least: a highlighted path is drawn 5 px wide. */
const WIDEST_LINE = 5;

/** Above this many nodes the pass is skipped (it is quadratic; big views are drawn in draft). */
export const DECLUTTER_MAX_NODES = 600;

/**
 * Clears the drawn graph: settles on estimated midpoints first (asking Cytoscape for an edge's
 * points while its ends are too close makes it log "invalid endpoints"), then checks the
 * midpoints Cytoscape draws and settles again if one still lies on a node. Only `movable` nodes
 * move.
 */
export function declutter(cy: Core, movable: NodeCollection = cy.nodes(), passes = 4): void {
  const nodes = cy.nodes(':visible');
  if (nodes.length < 2 || nodes.length > DECLUTTER_MAX_NODES) return;
  const canMove = new Set(movable.filter((n) => !n.locked()).map((n) => n.id()));
  const edges = cy.edges(':visible');
  const bundles = bundlesOf(
    edges.map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      width: Math.max(WIDEST_LINE, Number(e.data('width')) || 0),
    })),
  );
  const write = (boxes: readonly Box[]) =>
    cy.batch(() => {
      for (const b of boxes) if (b.movable) cy.getElementById(b.id).position({ x: b.x, y: b.y });
    });
  for (let pass = 0; pass < passes; pass++) {
    const boxes: Box[] = nodes.map((n) => ({
      id: n.id(),
      ...n.position(),
      w: n.width(),
      h: n.height(),
      movable: canMove.has(n.id()),
    }));
    if (!settle(boxes, bundles)) separate(boxes, bundles);
    write(boxes);
    if (!bundlesClear(boxes, bundles)) return;
    const drawn: Mid[] = edges.map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      ...e.midpoint(),
    }));
    if (declutterRound(boxes, drawn, GAP, bundles) === 0) return;
    // That round may have brought a bundle's ends close again: the next pass (or this) settles.
    if (!settle(boxes, bundles)) separate(boxes, bundles);
    write(boxes);
  }
}

/**
 * Last word when the midpoint rounds did not settle: rounds on overlaps and bundles only (these
 * always settle), so no two nodes ever overlap even where an edge midpoint could not be cleared.
 */
export function separate(boxes: Box[], bundles: readonly Bundle[], rounds = 200): boolean {
  for (let r = 0; r < rounds; r++) if (declutterRound(boxes, [], GAP, bundles) === 0) return true;
  return false;
}
