// Saved views: name and save the current view, list them, reopen one, copy its link, delete it.
import type { Gql } from '../api/client.js';
import {
  DeleteSavedViewDocument,
  SaveViewDocument,
  SavedViewDocument,
  SavedViewsDocument,
  type SavedViewFieldsFragment,
} from '../api/generated/operations.js';
import type { Positions } from '../app/view-extras.js';
import { decodeView, encodeView } from '../state/url-state.js';
import type { ViewStore } from '../state/view-store.js';
import { h, setChildren } from './dom.js';
import type { Notifier } from './notice.js';

/** What the panel needs. */
export interface SavedViewsDeps {
  gql: Gql;
  store: ViewStore;
  notify: Notifier;
  positions(): Positions;
  /** Draws the store's view, placing nodes at `positions` when given. */
  show(positions: Positions | null): Promise<void>;
}

/** The stored state: the view's URL query (validated again on open) and node positions. */
interface StoredState {
  query: string;
  positions?: Positions;
}

/** The link that reopens a saved view. */
export function savedViewLink(id: string, base: string = location.href): string {
  const url = new URL(base);
  url.search = new URLSearchParams({ saved: id }).toString();
  return url.toString();
}

function parseState(text: string): StoredState | null {
  try {
    const s = JSON.parse(text) as Partial<StoredState>;
    return typeof s.query === 'string'
      ? { query: s.query, ...(s.positions ? { positions: s.positions } : {}) }
      : null;
  } catch {
    return null;
  }
}

/** Mounts the panel; `open(id)` reopens a saved view by id (for `?saved=<id>` links). */
export function mountSavedViewsPanel(
  container: HTMLElement,
  deps: SavedViewsDeps,
): { open(id: string): Promise<void>; dispose(): void } {
  const { gql, store, notify } = deps;
  const name = h('input', {
    type: 'text',
    placeholder: 'Name this view…',
    'aria-label': 'Saved view name',
    maxlength: 120,
  });
  const save = h('button', { type: 'button', class: 'primary small' }, 'Save view');
  const list = h('ul', { class: 'saved-views', 'aria-label': 'Saved views' });
  container.append(h('h3', {}, 'Saved views'), h('div', { class: 'row' }, name, save), list);

  const apply = async (view: SavedViewFieldsFragment) => {
    const state = parseState(view.state);
    if (!state) return notify.warn(`The saved view “${view.name}” could not be read.`);
    const decoded = decodeView(state.query);
    store.update({ ...decoded, hidden: decoded.hidden ?? [], path: decoded.path ?? null });
    await deps.show(state.positions ?? null);
    notify.info(`Opened the saved view “${view.name}”.`);
  };

  const refresh = async () => {
    try {
      const { savedViews } = await gql(SavedViewsDocument, {});
      setChildren(
        list,
        savedViews.length === 0 ? h('li', { class: 'muted' }, 'None yet.') : null,
        savedViews.map((v) =>
          h(
            'li',
            { 'data-id': v.id },
            h('button', { type: 'button', class: 'link', onclick: () => void apply(v) }, v.name),
            h(
              'a',
              { href: savedViewLink(v.id), class: 'small', title: 'Link to this view' },
              'link',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'link small',
                'aria-label': `Delete ${v.name}`,
                onclick: () => void remove(v),
              },
              '✕',
            ),
          ),
        ),
      );
    } catch (err) {
      notify.error(err);
    }
  };

  const remove = async (v: SavedViewFieldsFragment) => {
    try {
      await gql(DeleteSavedViewDocument, { id: v.id });
      notify.info(`Deleted the saved view “${v.name}”.`);
    } catch (err) {
      notify.error(err);
    }
    await refresh();
  };

  const doSave = async () => {
    const state: StoredState = { query: encodeView(store.get()), positions: deps.positions() };
    try {
      const { saveView } = await gql(SaveViewDocument, {
        input: { name: name.value, state: JSON.stringify(state) },
      });
      name.value = '';
      const link = savedViewLink(saveView.id);
      await navigator.clipboard?.writeText(link).catch(() => undefined);
      notify.info(`Saved “${saveView.name}”. Its link: ${link}`);
    } catch (err) {
      notify.error(err);
    }
    await refresh();
  };
  save.addEventListener('click', () => void doSave());
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void doSave();
  });
  void refresh();

  return {
    async open(id) {
      try {
        const { savedView } = await gql(SavedViewDocument, { id });
        if (savedView) return await apply(savedView);
        notify.warn('That saved view no longer exists; showing the overview.');
      } catch (err) {
        notify.error(err);
      }
      await deps.show(null);
    },
    dispose: () => container.replaceChildren(),
  };
}
