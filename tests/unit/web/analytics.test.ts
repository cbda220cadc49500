// Graph measures, communities and their style data, on small graphs built for the purpose.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { MEASURES, communities, measureScores, topN } from '../../../web/src/analytics/measures.js';
import {
  COMMUNITY_COLORS,
  SIZE_RANGE,
  communityColors,
  scoreColors,
  sizesFor,
} from '../../../web/src/analytics/style-data.js';

function graph(edges: [string, string][]): cytoscape.Core {
  const ids = [...new Set(edges.flat())];
  const elements: ElementDefinition[] = [
    ...ids.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...edges.map(([s, t]) => ({
      group: 'edges' as const,
      data: { id: `${s}-${t}`, source: s, target: t, claims: 1 },
    })),
  ];
  return cytoscape({ headless: true, elements });
}

// A star: the centre c with five leaves.
const star = () => graph(['a', 'b', 'd', 'e', 'f'].map((l) => ['c', l]));

// Two 4-cliques (a1..a4, b1..b4) joined by the bridge a1 — b1.
function twoCliques(): cytoscape.Core {
  const clique = (p: string): [string, string][] => {
    const out: [string, string][] = [];
    for (let i = 1; i <= 4; i++)
      for (let j = i + 1; j <= 4; j++) out.push([`${p}${i}`, `${p}${j}`]);
    return out;
  };
  return graph([...clique('a'), ...clique('b'), ['a1', 'b1']]);
}

describe('measureScores', () => {
  it('ranks the centre of a star first by every measure', () => {
    const cy = star();
    for (const m of MEASURES) {
      const ranked = topN(measureScores(cy.elements(), m), 6);
      expect(ranked[0]?.id).toBe('c');
      expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    }
    expect(measureScores(cy.elements(), 'degree').get('c')).toBe(5);
    expect(measureScores(cy.elements(), 'betweenness').get('c')).toBeCloseTo(1);
    const pr = [...measureScores(cy.elements(), 'pagerank').values()];
    expect(pr.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('gives the bridge endpoints of two cliques the top betweenness', () => {
    const top = topN(measureScores(twoCliques().elements(), 'betweenness'), 3);
    expect(top.slice(0, 2).map((r) => r.id)).toEqual(['a1', 'b1']);
    expect(top[1]!.score).toBeGreaterThan(top[2]!.score);
  });

  it('counts only visible elements when given a subset', () => {
    const cy = star();
    const visible = cy.elements().difference(cy.getElementById('a'));
    const deg = measureScores(visible, 'degree');
    expect(deg.has('a')).toBe(false);
    expect(deg.get('c')).toBe(4);
  });
});

describe('communities', () => {
  it('finds the two cliques of a bridged pair, the same on every run', () => {
    const cy = twoCliques();
    const c = communities(cy.elements());
    const a = new Set(['a1', 'a2', 'a3', 'a4'].map((id) => c.get(id)));
    const b = new Set(['b1', 'b2', 'b3', 'b4'].map((id) => c.get(id)));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
    expect(communities(cy.elements())).toEqual(c);
  });

  it('puts an isolated node alone and numbers the largest community 0', () => {
    const cy = twoCliques();
    cy.add({ group: 'nodes', data: { id: 'z' } });
    cy.add({ group: 'nodes', data: { id: 'a5' } });
    cy.add({ group: 'edges', data: { id: 'a2-a5', source: 'a2', target: 'a5' } });
    const c = communities(cy.elements());
    expect(c.get('a5')).toBe(c.get('a1'));
    expect(c.get('a1')).toBe(0);
    expect(c.get('z')).toBe(2);
  });
});

describe('style data', () => {
  it('sizes from the smallest to the largest score', () => {
    const sizes = sizesFor(
      new Map([
        ['x', 0],
        ['y', 5],
        ['z', 10],
      ]),
    );
    expect(sizes.get('x')).toBe(SIZE_RANGE.min);
    expect(sizes.get('z')).toBe(SIZE_RANGE.max);
    expect(sizes.get('y')).toBe(Math.round((SIZE_RANGE.min + SIZE_RANGE.max) / 2));
    expect(
      sizesFor(
        new Map([
          ['x', 3],
          ['y', 3],
        ]),
      ).get('x'),
    ).toBe(sizes.get('y'));
  });

  it('colours scores on a sequential scale and communities by number', () => {
    const colors = scoreColors(
      new Map([
        ['lo', 0],
        ['hi', 1],
      ]),
    );
    expect(colors.get('lo')).toBe('#ffeda0');
    expect(colors.get('hi')).toBe('#bd0026');
    const groups = communityColors(
      new Map([
        ['a', 0],
        ['b', 1],
        ['c', 99],
      ]),
    );
    expect(groups.get('a')).toBe(COMMUNITY_COLORS[0]);
    expect(groups.get('b')).toBe(COMMUNITY_COLORS[1]);
    expect(groups.get('c')).toBe('#9a9a9a');
  });
});
