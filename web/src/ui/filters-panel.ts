// Filters: relation types, minimum confidence, date range of supporting articles, depth.
import {
  RELATION_TYPES,
  RELATION_TYPE_LABELS,
  type RelationType,
} from '../../../schema/ontology.js';
import type { ViewFilters } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';
import { h } from './dom.js';

/** Mounts the filters; they show the view's filters and depth and change them in the store. */
export function mountFiltersPanel(container: HTMLElement, store: ViewStore): { dispose(): void } {
  const setFilters = (patch: Partial<ViewFilters>) =>
    store.update((v) => ({ filters: { ...v.filters, ...patch } }));
  const boxes = new Map<RelationType, HTMLInputElement>();
  const relList = h(
    'div',
    { class: 'rel-list' },
    RELATION_TYPES.map((t) => {
      const box = h('input', { type: 'checkbox', 'data-rel': t });
      boxes.set(t, box);
      box.addEventListener('change', () => {
        const on = RELATION_TYPES.filter((r) => boxes.get(r)?.checked);
        setFilters({ relationTypes: on.length === RELATION_TYPES.length ? [] : on });
      });
      return h('label', { class: 'check' }, box, RELATION_TYPE_LABELS[t]);
    }),
  );
  const conf = h('input', {
    type: 'range',
    min: 0,
    max: 1,
    step: 0.05,
    'aria-label': 'Minimum confidence',
  });
  const confOut = h('output', {});
  conf.addEventListener('input', () => {
    confOut.textContent = `${Math.round(Number(conf.value) * 100)}%`;
  });
  conf.addEventListener('change', () => setFilters({ minConfidence: Number(conf.value) }));
  const since = h('input', { type: 'date', 'aria-label': 'Articles since' });
  const until = h('input', { type: 'date', 'aria-label': 'Articles until' });
  since.addEventListener('change', () => setFilters({ since: since.value || null }));
  until.addEventListener('change', () => setFilters({ until: until.value || null }));
  const depth = h(
    'select',
    { 'aria-label': 'Expansion depth' },
    [1, 2, 3].map((d) => h('option', { value: d }, `${d} hop${d > 1 ? 's' : ''}`)),
  );
  depth.addEventListener('change', () => store.update({ depth: Number(depth.value) }));
  const all = h(
    'button',
    {
      type: 'button',
      class: 'link',
      onclick: () => setFilters({ relationTypes: [] }),
    },
    'all',
  );

  container.append(
    h('h3', {}, 'Relations ', all),
    relList,
    h('h3', {}, 'Minimum confidence'),
    h('div', { class: 'row' }, conf, confOut),
    h('h3', {}, 'Supporting articles dated'),
    h('div', { class: 'row dates' }, h('label', {}, 'from ', since), h('label', {}, 'to ', until)),
    h('h3', {}, 'Neighbourhood depth'),
    depth,
  );

  const render = () => {
    const v = store.get();
    for (const [t, box] of boxes)
      box.checked = v.filters.relationTypes.length === 0 || v.filters.relationTypes.includes(t);
    conf.value = String(v.filters.minConfidence);
    confOut.textContent = `${Math.round(v.filters.minConfidence * 100)}%`;
    since.value = v.filters.since ?? '';
    until.value = v.filters.until ?? '';
    depth.value = String(v.depth);
  };
  render();
  const unsubscribe = store.subscribe((v, prev) => {
    if (v.filters !== prev.filters || v.depth !== prev.depth) render();
  });
  return {
    dispose() {
      unsubscribe();
      container.replaceChildren();
    },
  };
}
