// Filters on claim qualifiers: "current leaders only" and "hide planned/possible" (view store + reload).
import type { ViewFilters } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';
import { h } from './dom.js';

/** What the qualifier filters work with. */
export interface QualifierFiltersDeps {
  store: ViewStore;
  /** Reloads the view so the server applies the filter too (it drops entities left unlinked). */
  reload(): void;
}

/** Mounts the two checkboxes at the end of `container`; returns dispose. */
export function mountQualifierFilters(
  container: HTMLElement,
  deps: QualifierFiltersDeps,
): { dispose(): void } {
  const { store } = deps;
  const box = (name: string) => h('input', { type: 'checkbox', 'data-qualifier': name });
  const leaders = box('current-leaders');
  const possible = box('hide-possible');
  const set = (patch: Partial<ViewFilters>) => {
    store.update((v) => ({ filters: { ...v.filters, ...patch } }));
    deps.reload();
  };
  leaders.addEventListener('change', () => set({ currentLeadersOnly: leaders.checked }));
  possible.addEventListener('change', () => set({ hidePossible: possible.checked }));
  const section = h(
    'div',
    { class: 'qualifier-filters' },
    h('h3', {}, 'Claim qualifiers'),
    h(
      'label',
      { class: 'check', title: 'Hide "leads" relations whose sentences all say former' },
      leaders,
      'Current leaders only',
    ),
    h(
      'label',
      { class: 'check', title: 'Hide relations stated only as plans or possibilities' },
      possible,
      'Hide planned/possible',
    ),
  );
  container.append(section);
  const render = () => {
    const f = store.get().filters;
    leaders.checked = f.currentLeadersOnly ?? false;
    possible.checked = f.hidePossible ?? false;
  };
  render();
  const unsubscribe = store.subscribe((v, prev) => {
    if (v.filters !== prev.filters) render();
  });
  return {
    dispose() {
      unsubscribe();
      section.remove();
    },
  };
}
