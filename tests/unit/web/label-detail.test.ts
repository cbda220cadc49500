// Unit tests: label size follows the zoom, and zoomed out only the main nodes keep a label.
import { describe, expect, it } from 'vitest';
import {
  ALL_LABELS_ZOOM,
  LABEL_PX,
  MAX_LABEL_SCALE,
  MIN_LABEL_PX,
  labelBudget,
  labelFontSize,
  labelledIds,
} from '../../../web/src/graph/label-detail.js';
import { graphStyle } from '../../../web/src/graph/style.js';

describe('label level of detail', () => {
  it('keeps a drawn label at LABEL_PX on screen down to 1/MAX_LABEL_SCALE zoom', () => {
    for (const zoom of [1, 0.8, 0.5, 0.4, 1 / MAX_LABEL_SCALE])
      expect(labelFontSize(zoom) * zoom).toBeCloseTo(LABEL_PX, 0);
    expect(labelFontSize(2)).toBe(LABEL_PX);
    // Further out the font stops growing: the label shrinks below MIN_LABEL_PX and is not drawn.
    expect(labelFontSize(0.1) * 0.1).toBeLessThan(MIN_LABEL_PX);
  });
  it('labels every node when zoomed in, a screenful of the main ones when zoomed out', () => {
    expect(labelBudget(ALL_LABELS_ZOOM, 1000, 800)).toBeNull();
    expect(labelBudget(0.5, 1000, 800)).toBe(36);
    expect(labelBudget(0.5, 100, 100)).toBe(8);
  });
  it('picks the most-mentioned nodes, then the most linked', () => {
    const nodes = [
      { id: 'a', mentions: 1, degree: 1 },
      { id: 'b', mentions: 9, degree: 1 },
      { id: 'c', mentions: 4, degree: 2 },
      { id: 'd', mentions: 4, degree: 5 },
    ];
    expect([...labelledIds(nodes, 2)].sort()).toEqual(['b', 'd']);
    expect(labelledIds(nodes, null).size).toBe(4);
    expect(labelledIds(nodes, 10).size).toBe(4);
  });
  it('scales the node label style with the font and hides minor labels', () => {
    const sheet = graphStyle(22) as { selector: string; style: Record<string, unknown> }[];
    const node = sheet.find((b) => b.selector === 'node');
    expect(node?.style['font-size']).toBe(22);
    expect(node?.style['min-zoomed-font-size']).toBe(MIN_LABEL_PX);
    expect(node?.style['text-max-width']).toBe('280px');
    expect(sheet.find((b) => b.selector === 'node.minor-label')?.style.label).toBe('');
  });
});
