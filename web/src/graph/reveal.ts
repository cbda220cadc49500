// Brings nodes just added into view: when any lies outside the viewport, the view is fitted at
// once (no animation to wait for) to what was on screen, the expanded node and the new nodes,
// zoom capped as for a first view.
import type { Core } from 'cytoscape';

/** True when the box lies entirely inside the extent. */
function inside(
  b: { x1: number; y1: number; x2: number; y2: number },
  e: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  return b.x1 >= e.x1 && b.y1 >= e.y1 && b.x2 <= e.x2 && b.y2 <= e.y2;
}

/** Fits the view to include `ids` and `anchorId` (and what was already visible). */
export function revealNodes(
  cy: Core,
  ids: readonly string[],
  anchorId?: string,
  padding = 40,
): void {
  const added = cy.collection();
  for (const id of ids) {
    const el = cy.getElementById(id);
    if (el.nonempty() && el.isNode() && el.visible()) added.merge(el);
  }
  if (added.empty()) return;
  const extent = cy.extent();
  if (inside(added.boundingBox({ includeLabels: true }), extent)) return;
  const onScreen = cy
    .nodes(':visible')
    .filter((n) => inside(n.boundingBox({ includeLabels: false }), extent));
  const eles = onScreen.union(added);
  if (anchorId) eles.merge(cy.getElementById(anchorId));
  cy.stop(true, true);
  cy.fit(eles, padding);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center(eles);
  }
}
