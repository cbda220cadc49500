// Pure parts of drawing a big graph in one go: the zoom a fit will reach, the labels kept at that
// zoom, and the element definitions with their positions and label classes set before adding.
import type { ElementDefinition } from 'cytoscape';
import { labelBudget, labelledIds, type LabelCandidate } from './label-detail.js';

/** The canvas and fit settings that decide the zoom of a fit. */
export interface FitBox {
  width: number;
  height: number;
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/** The zoom at which every node (centre ± half its size) fits in the box, clamped. */
export function fitZoom(
  positions: Readonly<Record<string, { x: number; y: number }>>,
  sizes: Readonly<Record<string, number>>,
  box: FitBox,
): number {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const [id, p] of Object.entries(positions)) {
    const r = (sizes[id] ?? 0) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  if (!Number.isFinite(x1)) return box.maxZoom;
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  const z = Math.min((box.width - 2 * box.padding) / w, (box.height - 2 * box.padding) / h);
  return Math.min(box.maxZoom, Math.max(box.minZoom, z));
}

/** Label candidates (mentions, links) for the node definitions among `elements`. */
export function labelCandidates(elements: readonly ElementDefinition[]): LabelCandidate[] {
  const degree = new Map<string, number>();
  for (const e of elements) {
    const { source, target } = e.data as { source?: string; target?: string };
    if (source === undefined || target === undefined) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return elements
    .filter((e) => (e.data as { source?: string }).source === undefined && e.data.id)
    .map((e) => ({
      id: e.data.id ?? '',
      mentions: Number((e.data as { mentions?: number }).mentions ?? 0),
      degree: degree.get(e.data.id ?? '') ?? 0,
    }));
}

/**
 * The definitions with each node's position set and `minor-label` on the nodes that do not keep
 * a label at `zoom` on a `width`×`height` canvas (what label-detail.ts would do after the add).
 */
export function placedElements(
  elements: readonly ElementDefinition[],
  positions: Readonly<Record<string, { x: number; y: number }>>,
  zoom: number,
  width: number,
  height: number,
): ElementDefinition[] {
  const keep = labelledIds(labelCandidates(elements), labelBudget(zoom, width, height));
  return elements.map((e) => {
    const id = e.data.id ?? '';
    const p = positions[id];
    if (!p) return e;
    const classes = keep.has(id) ? e.classes : [e.classes ?? [], 'minor-label'].flat().join(' ');
    return { ...e, position: { ...p }, ...(classes ? { classes } : {}) };
  });
}
