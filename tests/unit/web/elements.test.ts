// Unit tests: API subgraphs → Cytoscape elements.
import { describe, expect, it } from 'vitest';
import {
  edgeElement,
  edgeWidth,
  newElements,
  nodeElement,
  nodeSize,
  subgraphElements,
} from '../../../web/src/graph/elements.js';
import type { EntityLite, RelationLite } from '../../../web/src/api/types.js';

const ent = (id: string, mentionCount = 1): EntityLite => ({
  id,
  name: id.toUpperCase(),
  type: 'Company',
  aliases: [],
  mentionCount,
  articleCount: 1,
  firstSeen: '2024-01-01',
  lastSeen: '2024-02-01',
  location: null,
});
const rel = (
  s: string,
  t: string,
  type: RelationLite['type'] = 'SUBSIDIARY_OF',
  role: string | null = null,
): RelationLite => ({
  id: `${type}:${s}:${t}`,
  type,
  source: { id: s },
  target: { id: t },
  confidence: 0.9,
  claimCount: 2,
  articleCount: 3,
  firstSeen: null,
  lastSeen: null,
  role,
  qualifiers: { label: role, tense: 'CURRENT', modality: 'ASSERTED' },
});

describe('sizes', () => {
  it('grows node size with mentions, bounded', () => {
    expect(nodeSize(0)).toBe(24);
    expect(nodeSize(10)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(1e9)).toBe(90);
    expect(nodeSize(-5)).toBe(24);
  });
  it('grows edge width with articles, bounded', () => {
    expect(edgeWidth(0)).toBe(1.5);
    expect(edgeWidth(5)).toBeGreaterThan(edgeWidth(1));
    expect(edgeWidth(1e6)).toBe(10);
  });
});

describe('elements', () => {
  it('maps an entity to a node with type class and size', () => {
    const n = nodeElement(ent('ampere', 7));
    expect(n.group).toBe('nodes');
    expect(n.data).toMatchObject({
      id: 'ampere',
      label: 'AMPERE',
      type: 'Company',
      mentions: 7,
      size: nodeSize(7),
    });
    expect(n.classes).toContain('t-Company');
  });
  it('maps a relation to a labelled edge; symmetric relations are marked', () => {
    const e = edgeElement(rel('ampere', 'renault'));
    expect(e.data).toMatchObject({
      source: 'ampere',
      target: 'renault',
      label: 'subsidiary of',
      symmetric: false,
      articles: 3,
    });
    const p = edgeElement(rel('a', 'b', 'PARTNERS_WITH'));
    expect(p.data.symmetric).toBe(true);
    expect(p.classes).toContain('symmetric');
    expect(edgeElement(rel('p', 'c', 'LEADS', 'CEO')).data.label).toBe('leads (CEO)');
  });
  it('drops duplicate nodes and dangling edges', () => {
    const els = subgraphElements({
      nodes: [ent('a'), ent('b'), ent('a')],
      edges: [rel('a', 'b'), rel('a', 'b'), rel('a', 'zzz')],
    });
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(2);
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual([
      'SUBSIDIARY_OF:a:b',
    ]);
    expect(els[0]?.group).toBe('nodes');
  });
  it('keeps only new elements for incremental additions', () => {
    const els = subgraphElements({ nodes: [ent('a'), ent('b')], edges: [rel('a', 'b')] });
    expect(newElements(els, new Set(['a'])).map((e) => e.data.id)).toEqual([
      'b',
      'SUBSIDIARY_OF:a:b',
    ]);
  });
});
