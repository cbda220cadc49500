// Unit tests: the style sheet and the colour-blind-safe palette.
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../schema/ontology.js';
import { GRAPH_COLOURS, TYPE_LOOK } from '../../../web/src/graph/palette.js';
import { graphStyle, MIN_ZOOMED_FONT_SIZE } from '../../../web/src/graph/style.js';

type Block = { selector: string; style: Record<string, unknown> };

describe('graph style', () => {
  const sheet = graphStyle() as Block[];
  it('gives every entity type its own colour (Okabe–Ito hues, darkened for contrast) and shape', () => {
    const colours = new Set(ENTITY_TYPES.map((t) => TYPE_LOOK[t].color));
    const shapes = new Set(ENTITY_TYPES.map((t) => TYPE_LOOK[t].shape));
    expect(colours.size).toBe(ENTITY_TYPES.length);
    expect(shapes.size).toBe(ENTITY_TYPES.length);
    for (const c of colours) expect(Object.values(GRAPH_COLOURS)).toContain(c);
    for (const t of ENTITY_TYPES) {
      const block = sheet.find((b) => b.selector === `node[type = "${t}"]`);
      expect(block?.style['background-color']).toBe(TYPE_LOOK[t].color);
      expect(block?.style.shape).toBe(TYPE_LOOK[t].shape);
    }
  });
  it('sizes nodes by mentions and edges by articles, hides labels when zoomed out', () => {
    const node = sheet.find((b) => b.selector === 'node');
    const edge = sheet.find((b) => b.selector === 'edge');
    expect(node?.style.width).toBe('data(size)');
    expect(node?.style['min-zoomed-font-size']).toBe(MIN_ZOOMED_FONT_SIZE);
    expect(edge?.style.width).toBe('data(width)');
    expect(edge?.style.label).toBe('data(label)');
  });
  it('has highlight classes for paths, pins, selection and fading', () => {
    const selectors = sheet.map((b) => b.selector);
    for (const s of [
      'edge.path',
      'node.path',
      'node.pinned',
      '.faded',
      'node:selected',
      'edge.symmetric',
    ]) {
      expect(selectors).toContain(s);
    }
  });
});
