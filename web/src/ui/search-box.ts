// Search with debounced autocomplete and keyboard navigation (the `/` shortcut calls `focus`).
import type { Gql } from '../api/client.js';
import { SearchDocument } from '../api/generated/operations.js';
import type { SearchHit } from '../api/types.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { h, setChildren } from './dom.js';
import { errorWords } from './notice.js';

/** What the search box needs. */
export interface SearchDeps {
  gql: Gql;
  onPick(hit: SearchHit): void;
  placeholder?: string;
  /** The field's accessible name; each box on the page needs its own. */
  label?: string;
}

const DEBOUNCE_MS = 160;

/** A mounted search box. */
export interface SearchBox {
  /** Focuses the field and selects its text. */
  focus(): void;
  dispose(): void;
}

/** Mounts a search field with a results list into `container`. */
export function mountSearchBox(container: HTMLElement, deps: SearchDeps): SearchBox {
  const listId = `search-list-${Math.random().toString(36).slice(2, 8)}`;
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: deps.placeholder ?? 'Search entities…  ( / )',
    'aria-label': deps.label ?? 'Search entities',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { class: 'search-list', role: 'listbox', id: listId, hidden: true });
  const wrap = h('div', { class: 'search' }, input, list);
  container.append(wrap);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctrl: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (message?: string) => {
    if (message) {
      setChildren(list, h('li', { class: 'search-empty' }, message));
    } else {
      setChildren(
        list,
        hits.map((hit, i) =>
          h(
            'li',
            {
              role: 'option',
              id: `${listId}-${i}`,
              class: i === active ? 'active' : '',
              'aria-selected': i === active ? 'true' : 'false',
              onmousedown: (e: Event) => {
                e.preventDefault();
                pick(i);
              },
            },
            h('span', {
              class: 'swatch',
              style: `background:${TYPE_LOOK[hit.entity.type]?.color ?? '#999'}`,
            }),
            h('span', { class: 'hit-name' }, hit.entity.name),
            hit.matched && hit.matched !== hit.entity.name
              ? h('span', { class: 'hit-alias' }, `“${hit.matched}”`)
              : null,
            h('span', { class: 'hit-type' }, hit.entity.type),
          ),
        ),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.entity.name;
    // Focus leaves the field, so the next single-key shortcut (e to expand…) acts on the pick
    // instead of being typed into the box.
    input.blur();
    deps.onPick(hit);
  };
  const query = async (text: string) => {
    ctrl?.abort();
    ctrl = new AbortController();
    try {
      const data = await deps.gql(SearchDocument, { text, limit: 12 }, ctrl.signal);
      hits = data.search;
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : `No entity matches “${text}”.`);
    } catch (err) {
      const words = errorWords(err);
      if (words) render(words);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void query(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
      list.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) pick(active);
    } else if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('focus', () => {
    if (hits.length) render();
  });

  return {
    focus() {
      input.focus();
      input.select();
    },
    dispose() {
      clearTimeout(timer);
      ctrl?.abort();
      wrap.remove();
    },
  };
}
