// Unit tests: the view store writes the URL itself, notifies once per change, and filters → variables.
import { describe, expect, it, vi } from 'vitest';
import { createViewStore, type UrlPort } from '../../../web/src/state/view-store.js';
import { decodeView } from '../../../web/src/state/url-state.js';
import {
  filterVariables,
  neighborhoodVariables,
  viewOperation,
} from '../../../web/src/state/view-query.js';
import { defaultView } from '../../../web/src/state/view-state.js';

/** An address bar in memory: what the store last wrote, and every write. */
function memoryUrl(initial = ''): UrlPort & { current: string; writes: string[] } {
  const url = {
    current: initial,
    writes: [] as string[],
    read: () => url.current,
    write: (q: string) => {
      url.current = q;
      url.writes.push(q);
    },
  };
  return url;
}

describe('view store', () => {
  it('starts from the URL and rewrites it in canonical form', () => {
    const url = memoryUrl('?depth=2&focus=ampere&junk=1&types=Company,Nope');
    const store = createViewStore(url);
    expect(store.get().focus).toEqual(['ampere']);
    expect(store.get().depth).toBe(2);
    expect(store.get().filters.entityTypes).toEqual(['Company']);
    expect(url.current).toBe('focus=ampere&depth=2&types=Company');
  });

  it('round-trips every change through the URL', () => {
    const url = memoryUrl();
    const store = createViewStore(url);
    store.update({ focus: ['ampere', 'renault'], selected: 'SUBSIDIARY_OF:ampere:renault' });
    store.update((v) => ({ filters: { ...v.filters, minConfidence: 0.6, since: '2024-01-01' } }));
    store.update({ depth: 3 });
    expect(decodeView(url.current)).toEqual(store.get());
    // A second store opened on that URL (a shared link) has the same view.
    expect(createViewStore(memoryUrl(`?${url.current}`)).get()).toEqual(store.get());
    store.update({ focus: [], selected: null, depth: 1, filters: defaultView().filters });
    expect(url.current).toBe('');
  });

  it('notifies each subscriber once per change, with the previous view', () => {
    const store = createViewStore(memoryUrl());
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((v) => ({
      focus: ['a', 'b'],
      depth: 2,
      filters: { ...v.filters, relationTypes: ['SUPPLIES'] },
    }));
    expect(listener).toHaveBeenCalledTimes(1);
    const [now, before] = listener.mock.calls[0] as [
      ReturnType<typeof store.get>,
      ReturnType<typeof store.get>,
    ];
    expect(now.focus).toEqual(['a', 'b']);
    expect(before.focus).toEqual([]);
    expect(before.filters.relationTypes).toEqual([]);
  });

  it('neither notifies nor writes the URL when nothing changed', () => {
    const url = memoryUrl('?focus=a');
    const store = createViewStore(url);
    const listener = vi.fn();
    store.subscribe(listener);
    const writes = url.writes.length;
    store.update({ focus: ['a'] });
    store.update((v) => ({ filters: { ...v.filters } }));
    expect(listener).not.toHaveBeenCalled();
    expect(url.writes.length).toBe(writes);
  });

  it('writes the URL before subscribers run, and stops notifying after unsubscribe', () => {
    const url = memoryUrl();
    const store = createViewStore(url);
    const seen: string[] = [];
    const off = store.subscribe(() => seen.push(url.current));
    store.update({ selected: 'x' });
    off();
    store.update({ selected: 'y' });
    expect(seen).toEqual(['sel=x']);
    expect(url.current).toBe('sel=y');
  });

  it('replaces the view instead of mutating it', () => {
    const store = createViewStore(memoryUrl());
    const before = store.get();
    store.update({ focus: ['a'] });
    expect(before.focus).toEqual([]);
    expect(store.get()).not.toBe(before);
  });
});

describe('filters → variables (one source)', () => {
  const filters = {
    entityTypes: ['Company' as const],
    relationTypes: ['SUPPLIES' as const],
    minConfidence: 0.5,
    since: '2024-01-01',
    until: null,
  };
  it('sends only the filters that are set', () => {
    expect(filterVariables(defaultView().filters)).toEqual({});
    expect(filterVariables(filters)).toEqual({
      entityTypes: ['Company'],
      relationTypes: ['SUPPLIES'],
      minConfidence: 0.5,
      since: '2024-01-01',
    });
  });
  it('gives the view query and an expansion the same filter variables', () => {
    const view = { ...defaultView(), focus: ['a'], depth: 2, filters };
    const op = viewOperation(view);
    const expansion = neighborhoodVariables(['b'], 1, filters);
    const pick = ({ ids: _ids, depth: _d, limit: _l, ...rest }: Record<string, unknown>) => rest;
    expect(pick(op.variables)).toEqual(filterVariables(filters));
    expect(pick(expansion)).toEqual(filterVariables(filters));
  });
  it('lets an expansion ask for other relation types, or every type with []', () => {
    expect(neighborhoodVariables(['b'], 1, filters, ['LEADS']).relationTypes).toEqual(['LEADS']);
    expect(neighborhoodVariables(['b'], 1, filters, []).relationTypes).toEqual([]);
    expect(neighborhoodVariables(['b'], 1, defaultView().filters)).toEqual({
      ids: ['b'],
      depth: 1,
      limit: 300,
    });
  });
});
