// Pick two entities and find the shortest paths between them.
import type { Gql } from '../api/client.js';
import type { SearchHit } from '../api/types.js';
import { h } from './dom.js';
import { mountSearchBox } from './search-box.js';

/** What the paths panel needs. */
export interface PathsDeps {
  gql: Gql;
  find(from: string, to: string, maxHops: number): void;
  clear(): void;
}

/** Mounts the panel; returns { setEnd, dispose }. */
export function mountPathsPanel(
  container: HTMLElement,
  deps: PathsDeps,
): { setEnd(which: 'from' | 'to', id: string, name: string): void; dispose(): void } {
  const ends: Record<'from' | 'to', string | null> = { from: null, to: null };
  const fromSlot = h('div', { class: 'path-end' });
  const toSlot = h('div', { class: 'path-end' });
  const hops = h(
    'select',
    { 'aria-label': 'Maximum hops' },
    [2, 3, 4, 5, 6].map((n) => h('option', { value: n }, `≤ ${n} hops`)),
  );
  hops.value = '4';
  const go = h('button', { type: 'button', class: 'primary small' }, 'Find paths');
  const clear = h('button', { type: 'button', class: 'small' }, 'Clear');
  container.append(
    h('h3', {}, 'Paths'),
    fromSlot,
    toSlot,
    h('div', { class: 'row' }, hops, go, clear),
  );
  const boxes = [
    mountSearchBox(fromSlot, {
      gql: deps.gql,
      placeholder: 'From…',
      label: 'Path start: entity to search',
      onPick: (hit: SearchHit) => (ends.from = hit.entity.id),
    }),
    mountSearchBox(toSlot, {
      gql: deps.gql,
      placeholder: 'To…',
      label: 'Path end: entity to search',
      onPick: (hit: SearchHit) => (ends.to = hit.entity.id),
    }),
  ];
  go.addEventListener('click', () => {
    if (ends.from && ends.to) deps.find(ends.from, ends.to, Number(hops.value));
  });
  clear.addEventListener('click', () => deps.clear());
  return {
    setEnd(which, id, name) {
      ends[which] = id;
      const input = (which === 'from' ? fromSlot : toSlot).querySelector('input');
      if (input) input.value = name;
      if (ends.from && ends.to) deps.find(ends.from, ends.to, Number(hops.value));
    },
    dispose() {
      boxes.forEach((b) => b.dispose());
      container.replaceChildren();
    },
  };
}
