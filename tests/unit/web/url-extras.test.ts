// Unit tests: the time range, hidden nodes and path search in the shared URL.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../web/src/state/url-state.js';
import { defaultView, OVERVIEW_LIMIT, type ViewState } from '../../../web/src/state/view-state.js';
import { viewOperation } from '../../../web/src/state/view-query.js';

const full = (): ViewState => {
  const v = defaultView();
  v.focus = ['renault'];
  v.filters.timeRange = { from: '2024-01-01', to: '2024-03-31' };
  v.hidden = ['douai', 'plant:renault-douai'];
  v.path = { from: 'catl', to: 'renault', hops: 3 };
  return v;
};

describe('url extras', () => {
  it('round-trips time range, hidden nodes and path', () => {
    const query = encodeView(full());
    expect(query).toContain('tfrom=2024-01-01');
    expect(query).toContain('hide=douai%2Cplant%3Arenault-douai');
    expect(decodeView(query)).toEqual(full());
  });
  it('keeps an open-ended range and leaves unset parts out of the link', () => {
    const v = defaultView();
    v.filters.timeRange = { from: null, to: '2024-06-30' };
    expect(encodeView(v)).toBe('tto=2024-06-30');
    expect(decodeView('tto=2024-06-30').filters.timeRange).toEqual({
      from: null,
      to: '2024-06-30',
    });
    expect(encodeView({ ...defaultView(), hidden: [], path: null })).toBe('');
  });
  it('ignores malformed values', () => {
    const v = decodeView('tfrom=2024-05-01&tto=2024-01-01&pfrom=a&pto=b&phops=99&hide=,,');
    expect(v.filters.timeRange).toBeUndefined();
    expect(v.path).toBeUndefined();
    expect(v.hidden).toBeUndefined();
    expect(decodeView('tfrom=May').filters.timeRange).toBeUndefined();
  });
  it('sends the time range with the overview and the neighbourhood', () => {
    expect(viewOperation({ ...full(), focus: [] }).variables).toEqual({
      limit: OVERVIEW_LIMIT,
      timeRange: { from: '2024-01-01', to: '2024-03-31' },
    });
    expect(viewOperation(full()).variables).toMatchObject({
      timeRange: { from: '2024-01-01', to: '2024-03-31' },
    });
  });
});
