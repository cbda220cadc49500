// Drawing settings for big graphs: Cytoscape's viewport options (edges hidden and a texture moved
// while the user pans or zooms, motion blur, pixel ratio 1) switched on at BIG_GRAPH_NODES nodes.
import type { Core } from 'cytoscape';

/** From this many nodes the canvas draws in its fast mode (see README, "Big views"). */
export const BIG_GRAPH_NODES = 1000;

/** Whether a graph of `nodes` nodes is drawn in the fast mode. */
export const isBigGraph = (nodes: number): boolean => nodes >= BIG_GRAPH_NODES;

/** The renderer fields behind the init options of the same names, read on every frame. */
interface ViewportFields {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
  forcedPixelRatio: number | null;
}

/** The viewport options for a big (or not big) graph; pure data. */
export function viewportOptions(big: boolean): ViewportFields {
  return {
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    motionBlur: big,
    forcedPixelRatio: big ? 1 : null,
  };
}

/**
 * Switches the canvas renderer's viewport options for a big graph (or back). Cytoscape reads
 * them only at start-up as options, so they are set on its renderer, whose fields bear the same
 * names; a renderer without them (headless) is left alone.
 */
export function setViewportMode(cy: Core, big: boolean): void {
  const r = (cy as unknown as { renderer(): Partial<ViewportFields> | undefined }).renderer();
  if (!r || !('textureOnViewport' in r)) return;
  const pixelRatioChanged = r.forcedPixelRatio !== viewportOptions(big).forcedPixelRatio;
  Object.assign(r, viewportOptions(big));
  if (pixelRatioChanged) cy.resize();
}
