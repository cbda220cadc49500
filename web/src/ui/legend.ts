// Legend of entity types that doubles as a type filter (click to show/hide a type).
import { ENTITY_TYPES, ENTITY_TYPE_LABELS, type EntityType } from '../../../schema/ontology.js';
import { TYPE_LOOK } from '../graph/palette.js';
import type { ViewStore } from '../state/view-store.js';
import { h, setChildren } from './dom.js';

/** Toggles `type` in a "shown types" list where empty means all. */
export function toggleType(shown: readonly EntityType[], type: EntityType): EntityType[] {
  const current = shown.length ? [...shown] : [...ENTITY_TYPES];
  const next = current.includes(type) ? current.filter((t) => t !== type) : [...current, type];
  return next.length === ENTITY_TYPES.length ? [] : ENTITY_TYPES.filter((t) => next.includes(t));
}

/** Mounts the legend; it shows and sets the view's entity-type filter. */
export function mountLegend(container: HTMLElement, store: ViewStore): { dispose(): void } {
  const list = h('ul', { class: 'legend', 'aria-label': 'Entity types (click to filter)' });
  container.append(h('h3', {}, 'Entity types'), list);
  const render = () => {
    const shown = store.get().filters.entityTypes;
    setChildren(
      list,
      ENTITY_TYPES.map((t) => {
        const on = shown.length === 0 || shown.includes(t);
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: `legend-item${on ? '' : ' off'}`,
              'aria-pressed': on ? 'true' : 'false',
              title: on ? `Hide ${ENTITY_TYPE_LABELS[t]}` : `Show ${ENTITY_TYPE_LABELS[t]}`,
              'data-type': t,
              onclick: () =>
                store.update((v) => ({
                  filters: { ...v.filters, entityTypes: toggleType(v.filters.entityTypes, t) },
                })),
            },
            h('span', {
              class: `shape shape-${TYPE_LOOK[t].shape}`,
              style: `background:${TYPE_LOOK[t].color}`,
            }),
            ENTITY_TYPE_LABELS[t],
          ),
        );
      }),
    );
  };
  render();
  const unsubscribe = store.subscribe((v, prev) => {
    if (v.filters.entityTypes !== prev.filters.entityTypes) render();
  });
  return {
    dispose() {
      unsubscribe();
      container.replaceChildren();
    },
  };
}
