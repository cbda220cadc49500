// Unit tests: every colour drawn on the graph canvas reaches 3:1 against it (WCAG 1.4.11).
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../schema/ontology.js';
import { contrastRatio, luminance } from '../../../web/src/graph/contrast.js';
import {
  BORDER_COLOURS,
  CANVAS_BACKGROUND,
  EDGE_COLOUR,
  GRAPH_COLOURS,
  MIN_GRAPHIC_CONTRAST,
  TYPE_LOOK,
} from '../../../web/src/graph/palette.js';
import { graphStyle } from '../../../web/src/graph/style.js';

type Block = { selector: string; style: Record<string, unknown> };

describe('WCAG contrast', () => {
  it('computes the known ratios', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(() => luminance('red')).toThrow(/#rrggbb/);
  });
});

describe('graph palette on the canvas', () => {
  const sheet = graphStyle() as Block[];
  it('gives every node fill and border at least 3:1', () => {
    for (const t of ENTITY_TYPES) {
      const { color, border } = TYPE_LOOK[t];
      expect(contrastRatio(color, CANVAS_BACKGROUND), `${t} fill`).toBeGreaterThanOrEqual(
        MIN_GRAPHIC_CONTRAST,
      );
      expect(contrastRatio(border, CANVAS_BACKGROUND), `${t} border`).toBeGreaterThanOrEqual(
        MIN_GRAPHIC_CONTRAST,
      );
    }
    for (const c of [...Object.values(GRAPH_COLOURS), ...Object.values(BORDER_COLOURS)])
      expect(contrastRatio(c, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
  });
  it('draws edges and highlight borders at least 3:1, fully opaque', () => {
    const edge = sheet.find((b) => b.selector === 'edge');
    expect(edge?.style['line-color']).toBe(EDGE_COLOUR);
    expect(edge?.style.opacity ?? 1).toBe(1);
    const colours = sheet.flatMap((b) =>
      ['line-color', 'target-arrow-color', 'border-color', 'background-color']
        .map((k) => b.style[k])
        .filter((v): v is string => typeof v === 'string' && v.startsWith('#') && v !== '#ffffff'),
    );
    expect(colours.length).toBeGreaterThan(10);
    for (const c of colours)
      expect(contrastRatio(c, CANVAS_BACKGROUND), c).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
  });
  it('keeps the types apart: distinct colours and shapes', () => {
    expect(new Set(ENTITY_TYPES.map((t) => TYPE_LOOK[t].color)).size).toBe(ENTITY_TYPES.length);
    expect(new Set(ENTITY_TYPES.map((t) => TYPE_LOOK[t].shape)).size).toBe(ENTITY_TYPES.length);
  });
});
