// Filtered views: what is shown, with no node left stranded by a filter, and the count line.
import { describe, expect, it } from 'vitest';
import {
  shownCountLine,
  visibleUnderFilters,
  type FilterEdge,
  type FilterNode,
} from '../../../web/src/graph/filter-visibility.js';
import { defaultView, type ViewFilters } from '../../../web/src/state/view-state.js';

const node = (id: string, type = 'Company', extra: Partial<FilterNode> = {}): FilterNode => ({
  data: { id, type },
  userHidden: false,
  focus: false,
  ...extra,
});
const edge = (id: string, source: string, target: string, type: string, confidence = 0.9) =>
  ({
    data: { id, source, target, type, confidence, firstSeen: null, lastSeen: null },
    userHidden: false,
  }) satisfies FilterEdge;
const filters = (f: Partial<ViewFilters>): ViewFilters => ({ ...defaultView().filters, ...f });
const sorted = (s: Set<string>) => [...s].sort();

// a -OPERATES-> p, a -PARTNERS_WITH-> b, b -SUPPLIES-> c (low confidence), lone has no edge.
const NODES = [node('a'), node('b'), node('c'), node('p', 'Plant'), node('lone')];
const EDGES = [
  edge('e1', 'a', 'p', 'OPERATES'),
  edge('e2', 'a', 'b', 'PARTNERS_WITH'),
  edge('e3', 'b', 'c', 'SUPPLIES', 0.3),
];

describe('visibleUnderFilters', () => {
  it('shows everything without filters, an edgeless node included', () => {
    const v = visibleUnderFilters(NODES, EDGES, filters({}));
    expect(sorted(v.nodes)).toEqual(['a', 'b', 'c', 'lone', 'p']);
    expect(sorted(v.edges)).toEqual(['e1', 'e2', 'e3']);
  });
  it('hides nodes whose only edges a relation-type filter removed', () => {
    const v = visibleUnderFilters(NODES, EDGES, filters({ relationTypes: ['OPERATES'] }));
    expect(sorted(v.nodes)).toEqual(['a', 'lone', 'p']);
    expect(sorted(v.edges)).toEqual(['e1']);
  });
  it('hides nodes stranded by the confidence filter, but never a focused one', () => {
    const f = filters({ minConfidence: 0.5 });
    expect(sorted(visibleUnderFilters(NODES, EDGES, f).nodes)).toEqual(['a', 'b', 'lone', 'p']);
    const focusedC = NODES.map((n) => (n.data.id === 'c' ? { ...n, focus: true } : n));
    expect(visibleUnderFilters(focusedC, EDGES, f).nodes.has('c')).toBe(true);
  });
  it('drops edges to nodes of a filtered-out type, and what they strand', () => {
    const v = visibleUnderFilters(NODES, EDGES, filters({ entityTypes: ['Plant'] }));
    expect(sorted(v.nodes)).toEqual([]);
    const w = visibleUnderFilters(NODES, EDGES, filters({ entityTypes: ['Company'] }));
    expect(sorted(w.nodes)).toEqual(['a', 'b', 'c', 'lone']);
    expect(sorted(w.edges)).toEqual(['e2', 'e3']);
  });
  it('does not treat nodes the user hid as filtered', () => {
    const hidden = NODES.map((n) => (n.data.id === 'b' ? { ...n, userHidden: true } : n));
    const v = visibleUnderFilters(hidden, EDGES, filters({}));
    expect(v.nodes.has('b')).toBe(false);
    expect(v.nodes.has('c')).toBe(true); // alone because of the user, not of a filter
  });
  it('is deterministic: the same input gives the same sets in any element order', () => {
    const f = filters({ relationTypes: ['PARTNERS_WITH', 'SUPPLIES'] });
    const a = visibleUnderFilters(NODES, EDGES, f);
    const b = visibleUnderFilters([...NODES].reverse(), [...EDGES].reverse(), f);
    expect(sorted(b.nodes)).toEqual(sorted(a.nodes));
    expect(sorted(b.edges)).toEqual(sorted(a.edges));
  });
});

describe('shownCountLine', () => {
  it('counts what is shown', () => {
    expect(shownCountLine(3, 1, true)).toBe(
      '3 entities and 1 relation around the focused entities.',
    );
    expect(shownCountLine(1, 0, false)).toMatch(/^Overview: 1 entity and 0 relations/);
  });
});
