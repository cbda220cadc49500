// Filters: relation types, minimum confidence, date range of supporting articles, depth.
import {
  RELATION_TYPES,
  RELATION_TYPE_LABELS,
  type RelationType,
} from '../../../schema/ontology.js';
import type { ViewFilters } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';
import { DEPTH_CHOICES, depthLabel } from './depth-choices.js';
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
      const box = h('input', { type: 'checkbox', 'data-rel': t, autocomplete: 'off' });
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
    autocomplete: 'off',
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
  const since = h('input', { type: 'date', autocomplete: 'off', 'aria-label': 'Articles since' });
  const until = h('input', { type: 'date', autocomplete: 'off', 'aria-label': 'Articles until' });
  since.addEventListener('change', () => setFilters({ since: since.value || null }));
  until.addEventListener('change', () => setFilters({ until: until.value || null }));
  // autocomplete=off: the browser must not restore an old choice over the store's on reload or
  // back/forward; the control only ever shows the store's depth (render below).
  const depth = h(
    'select',
    { 'aria-label': 'Expansion depth', autocomplete: 'off' },
    DEPTH_CHOICES.map((d) => h('option', { value: d }, depthLabel(d))),
  );
  depth.addEventListener('change', () => {
    store.update({ depth: Number(depth.value) });
    render();
  });
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
    depth.selectedIndex = DEPTH_CHOICES.indexOf(v.depth);
  };
  render();
  const unsubscribe = store.subscribe(render);
  // A page restored from the back/forward cache shows the store as it was left.
  const onPageShow = () => render();
  window.addEventListener('pageshow', onPageShow);
  return {
    dispose() {
      window.removeEventListener('pageshow', onPageShow);
      unsubscribe();
      container.replaceChildren();
    },
  };
}
