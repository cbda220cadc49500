// The analytics choice and the qualifier filters in the view: URL round trip, GraphQL variables, drawn-edge filter.
import { describe, expect, it } from 'vitest';
import { edgePasses } from '../../../web/src/graph/filters.js';
import { decodeView, encodeView } from '../../../web/src/state/url-state.js';
import { viewOperation } from '../../../web/src/state/view-query.js';
import { defaultView, OVERVIEW_LIMIT } from '../../../web/src/state/view-state.js';

describe('analytics in the URL', () => {
  it('round-trips size and colour as ?size=…&color=…', () => {
    const v = {
      ...defaultView(),
      analytics: { size: 'pagerank' as const, color: 'community' as const },
    };
    expect(encodeView(v)).toBe('size=pagerank&color=community');
    expect(decodeView('?size=pagerank&color=community').analytics).toEqual({
      size: 'pagerank',
      color: 'community',
    });
    expect(decodeView('?color=betweenness').analytics).toEqual({
      size: null,
      color: 'betweenness',
    });
  });

  it('ignores unknown measures', () => {
    expect(decodeView('?size=magic&color=rainbow').analytics).toBeUndefined();
  });
});

describe('qualifier filters in the view', () => {
  const filtered = () => {
    const v = defaultView();
    v.filters.currentLeadersOnly = true;
    v.filters.hidePossible = true;
    return v;
  };

  it('round-trips through the URL', () => {
    expect(encodeView(filtered())).toBe('leaders=current&planned=hide');
    const back = decodeView('leaders=current&planned=hide').filters;
    expect(back.currentLeadersOnly).toBe(true);
    expect(back.hidePossible).toBe(true);
  });

  it('become the qualifiers variable of the overview and neighbourhood queries', () => {
    expect(viewOperation(filtered()).variables).toEqual({
      limit: OVERVIEW_LIMIT,
      qualifiers: { currentLeadersOnly: true, hidePossible: true },
    });
    const focused = { ...filtered(), focus: ['x'] };
    expect(viewOperation(focused).variables).toMatchObject({
      qualifiers: { currentLeadersOnly: true, hidePossible: true },
    });
    expect(viewOperation(defaultView()).variables).toEqual({ limit: OVERVIEW_LIMIT });
  });

  it('hide former LEADS and possible relations already drawn', () => {
    const f = filtered().filters;
    const edge = { type: 'LEADS', confidence: 0.9, firstSeen: null, lastSeen: null };
    expect(edgePasses({ ...edge, tense: 'FORMER', modality: 'ASSERTED' }, f)).toBe(false);
    expect(edgePasses({ ...edge, tense: 'CURRENT', modality: 'ASSERTED' }, f)).toBe(true);
    expect(edgePasses({ ...edge, tense: 'CURRENT', modality: 'POSSIBLE' }, f)).toBe(false);
    expect(edgePasses({ ...edge, type: 'PARTNERS_WITH', tense: 'FORMER' }, f)).toBe(true);
    expect(
      edgePasses({ ...edge, tense: 'FORMER', modality: 'POSSIBLE' }, defaultView().filters),
    ).toBe(true);
  });
});
