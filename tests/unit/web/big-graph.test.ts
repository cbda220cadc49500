// Unit tests: a big graph's drawing plan (fit zoom, labels kept, positioned definitions), its
// viewport options and its fast edge style.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { isBigGraph, viewportOptions } from '../../../web/src/graph/big-graph-mode.js';
import { fitZoom, labelCandidates, placedElements } from '../../../web/src/graph/big-graph-plan.js';
import { graphStyle } from '../../../web/src/graph/style.js';

type Block = { selector: string; style: Record<string, unknown> };
const box = { width: 1000, height: 600, padding: 40, minZoom: 0.05, maxZoom: 1.2 };

describe('big graph plan', () => {
  it('computes the zoom a fit reaches (node sizes included), clamped to the limits', () => {
    const pos = { a: { x: 0, y: 0 }, b: { x: 1800, y: 200 } };
    // width 1800 + 2·10 = 1820 into 920 px; height 220 into 520 px.
    expect(fitZoom(pos, { a: 20, b: 20 }, box)).toBeCloseTo(920 / 1820, 6);
    expect(fitZoom({ a: { x: 0, y: 0 } }, { a: 20 }, box)).toBe(1.2);
    expect(fitZoom({ a: { x: 0, y: 0 }, b: { x: 1e6, y: 0 } }, {}, box)).toBe(0.05);
    expect(fitZoom({}, {}, box)).toBe(1.2);
  });

  const elements: ElementDefinition[] = [
    { data: { id: 'hub', mentions: 90 }, classes: 'entity' },
    ...Array.from({ length: 30 }, (_, i) => ({
      data: { id: `n${i}`, mentions: 1 },
      classes: 'entity',
    })),
    ...Array.from({ length: 30 }, (_, i) => ({
      data: { id: `r${i}`, source: 'hub', target: `n${i}` },
    })),
  ];

  it('counts links per node for the label ranking', () => {
    const c = labelCandidates(elements);
    expect(c).toHaveLength(31);
    expect(c.find((x) => x.id === 'hub')).toEqual({ id: 'hub', mentions: 90, degree: 30 });
  });

  it('sets positions and marks minor labels before the add, as label-detail would after it', () => {
    const pos: Record<string, { x: number; y: number }> = {};
    elements
      .filter((e) => !e.data.source)
      .forEach((e, i) => (pos[e.data.id ?? ''] = { x: i, y: -i }));
    // Zoomed out on a small canvas: the budget is 8 labels, the hub first.
    const placed = placedElements(elements, pos, 0.1, 200, 200);
    const hub = placed.find((e) => e.data.id === 'hub');
    expect(hub?.position).toEqual({ x: 0, y: -0 });
    expect(hub?.classes).toBe('entity');
    const minor = placed.filter((e) => String(e.classes ?? '').includes('minor-label'));
    expect(minor).toHaveLength(31 - 8);
    expect(minor[0]?.classes).toBe('entity minor-label');
    expect(placed.filter((e) => e.data.source).every((e) => e.position === undefined)).toBe(true);
    // Zoomed in every node keeps its label.
    const near = placedElements(elements, pos, 1, 200, 200);
    expect(near.some((e) => String(e.classes ?? '').includes('minor-label'))).toBe(false);
  });
});

describe('big graph drawing mode', () => {
  it('turns on Cytoscape’s viewport options and pixel ratio 1 only for big graphs', () => {
    expect(isBigGraph(999)).toBe(false);
    expect(isBigGraph(1000)).toBe(true);
    expect(viewportOptions(true)).toEqual({
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      motionBlur: true,
      forcedPixelRatio: 1,
    });
    expect(Object.values(viewportOptions(false))).toEqual([false, false, false, null]);
  });

  it('draws a big graph’s edges as haystack lines without arrows or labels; small graphs keep them', () => {
    const last = (sheet: Block[]) => sheet.filter((b) => b.selector === 'edge').at(-1)?.style;
    expect(last(graphStyle(11, true) as Block[])).toMatchObject({
      'curve-style': 'haystack',
      'target-arrow-shape': 'none',
      label: '',
    });
    expect(last(graphStyle(11) as Block[])?.['curve-style']).toBe('bezier');
  });
});
