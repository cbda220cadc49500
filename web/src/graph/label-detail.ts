// Level of detail for node labels: the font grows as the view zooms out so a drawn label stays
// legible (≥ 10 px on screen), and when zoomed out only the most-mentioned nodes keep a label.
import type { Core } from 'cytoscape';
import { isBigGraph } from './big-graph-mode.js';

/** A label's size on screen at zoom ≥ 1/MAX_LABEL_SCALE. */
export const LABEL_PX = 11;
/** Labels smaller than this on screen are not drawn (Cytoscape's min-zoomed-font-size). */
export const MIN_LABEL_PX = 10;
/** The font never grows past this factor (below that zoom, labels shrink and then vanish). */
export const MAX_LABEL_SCALE = 6;
/** At or above this zoom every node has its label. */
export const ALL_LABELS_ZOOM = 0.8;
/** On a big graph, labels are updated this long after the zoom stops, not on every frame. */
export const BIG_GRAPH_SETTLE_MS = 150;
/** Screen area (px²) given to one label when zoomed out. */
const AREA_PER_LABEL = 22_000;

/** The font size (graph units) that draws a label at LABEL_PX on screen at `zoom`. */
export function labelFontSize(zoom: number): number {
  const z = Math.min(1, Math.max(1 / MAX_LABEL_SCALE, zoom));
  return Math.round((LABEL_PX / z) * 10) / 10;
}

/** How many nodes keep a label at `zoom` on a `width`×`height` canvas; null means all. */
export function labelBudget(zoom: number, width: number, height: number): number | null {
  if (zoom >= ALL_LABELS_ZOOM) return null;
  return Math.max(8, Math.round((width * height) / AREA_PER_LABEL));
}

/** A node as ranked for a label: mentions first, then links, then id (stable). */
export interface LabelCandidate {
  id: string;
  mentions: number;
  degree: number;
}

/** The ids of the `budget` nodes that keep their label (all when budget is null). */
export function labelledIds(nodes: readonly LabelCandidate[], budget: number | null): Set<string> {
  if (budget === null || budget >= nodes.length) return new Set(nodes.map((n) => n.id));
  const ranked = [...nodes].sort(
    (a, b) => b.mentions - a.mentions || b.degree - a.degree || a.id.localeCompare(b.id),
  );
  return new Set(ranked.slice(0, budget).map((n) => n.id));
}

/**
 * Keeps labels in step with the zoom: `restyle(fontSize)` is called when the font size changes,
 * and nodes without a label get the `minor-label` class. `currentFont` tells the font the style
 * has now, when the caller may restyle too. Returns dispose.
 */
export function installLabelDetail(
  cy: Core,
  restyle: (fontSize: number) => void,
  currentFont?: () => number,
): () => void {
  let font = labelFontSize(1);
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let big = false; // known from the last apply: `add` fires once per element, so keep it cheap
  const apply = () => {
    frame = 0;
    timer = undefined;
    const zoom = cy.zoom();
    const next = labelFontSize(zoom);
    if (currentFont) font = currentFont();
    if (Math.abs(next - font) / font > 0.04) {
      font = next;
      restyle(font);
    }
    const nodes = cy.nodes();
    big = isBigGraph(nodes.length);
    const keep = labelledIds(
      nodes.map((n) => ({
        id: n.id(),
        mentions: Number(n.data('mentions') ?? 0),
        degree: n.degree(false),
      })),
      labelBudget(zoom, cy.width(), cy.height()),
    );
    cy.batch(() => {
      nodes.forEach((n) => {
        const minor = !keep.has(n.id());
        if (n.hasClass('minor-label') !== minor) n.toggleClass('minor-label', minor);
      });
    });
  };
  // A big graph restyles thousands of elements: doing it while the user zooms costs frames.
  const schedule = () => {
    if (big) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(apply, BIG_GRAPH_SETTLE_MS);
    } else if (!frame) frame = requestAnimationFrame(apply);
  };
  cy.on('zoom resize add remove', schedule);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    cy.off('zoom resize add remove', schedule);
  };
}
