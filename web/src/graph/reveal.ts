// Brings nodes just added into view: when any lies outside the viewport, the view is fitted to
// what was on screen plus the new nodes (zoom capped as for a first view).
import type { Core } from 'cytoscape';

/** True when the box lies entirely inside the extent. */
function inside(
  b: { x1: number; y1: number; x2: number; y2: number },
  e: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  return b.x1 >= e.x1 && b.y1 >= e.y1 && b.x2 <= e.x2 && b.y2 <= e.y2;
}

/** Fits the view to include `ids` (and what was already visible); resolves when done. */
export async function revealNodes(cy: Core, ids: readonly string[], padding = 40): Promise<void> {
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
  await cy.animation({ fit: { eles, padding }, duration: 300 }).play().promise('completed');
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center(eles);
  }
}
