// After a layout: moves nodes so that no two overlap and no edge's midpoint lies on a node the
// edge does not join (such an edge would read as ending there); pure geometry plus a Cytoscape pass.
import type { Core, NodeCollection } from 'cytoscape';

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
 * One round: pushes overlapping nodes apart and pushes nodes off edge midpoints. Mutates the
 * boxes' x and y and returns how many moves it made (0 means the drawing is clear).
 */
export function declutterRound(boxes: Box[], mids: readonly Mid[], gap = GAP): number {
  let moves = 0;
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

/** Above this many nodes the pass is skipped (it is quadratic; big views are drawn in draft). */
export const DECLUTTER_MAX_NODES = 600;

/** Runs rounds on the drawn graph until it is clear (or `rounds` ran); only `movable` nodes move. */
export function declutter(cy: Core, movable: NodeCollection = cy.nodes(), rounds = 120): void {
  const nodes = cy.nodes(':visible');
  if (nodes.length < 2 || nodes.length > DECLUTTER_MAX_NODES) return;
  const canMove = new Set(movable.filter((n) => !n.locked()).map((n) => n.id()));
  for (let r = 0; r < rounds; r++) {
    const boxes: Box[] = nodes.map((n) => {
      const p = n.position();
      return {
        id: n.id(),
        x: p.x,
        y: p.y,
        w: n.width(),
        h: n.height(),
        movable: canMove.has(n.id()),
      };
    });
    const mids: Mid[] = cy.edges(':visible').map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      ...e.midpoint(),
    }));
    if (declutterRound(boxes, mids) === 0) return;
    cy.batch(() => {
      for (const b of boxes) if (b.movable) cy.getElementById(b.id).position({ x: b.x, y: b.y });
    });
  }
}
