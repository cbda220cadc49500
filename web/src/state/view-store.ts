// The one store of view state: every change goes through `update`, which writes the URL and notifies.
import { createStore } from 'zustand/vanilla';
import { decodeView, encodeView } from './url-state.js';
import type { ViewState } from './view-state.js';

/** Where the store reads its first state and writes every change (the address bar, or a fake). */
export interface UrlPort {
  read(): string;
  write(query: string): void;
}

/** A change: fields to replace, or a function of the current view that returns them. */
export type ViewPatch = Partial<ViewState> | ((view: Readonly<ViewState>) => Partial<ViewState>);

/** Called once per change with the new and the previous view. */
export type ViewListener = (view: Readonly<ViewState>, previous: Readonly<ViewState>) => void;

/** The view store. Views are replaced, never mutated: treat what `get` returns as read-only. */
export interface ViewStore {
  get(): Readonly<ViewState>;
  /** Applies a change; nothing happens (no URL write, no notification) when the view is the same. */
  update(patch: ViewPatch): void;
  subscribe(listener: ViewListener): () => void;
}

/** The address bar as a UrlPort: `?query`, or the bare path for the default view. */
export const browserUrl: UrlPort = {
  read: () => location.search,
  write: (query) => window.history.replaceState(null, '', query ? `?${query}` : location.pathname),
};

/** A store started from the URL; the URL is rewritten at once in its canonical form. */
export function createViewStore(url: UrlPort): ViewStore {
  const store = createStore<ViewState>()(() => decodeView(url.read()));
  // The URL encodes the whole view, so equal encodings mean an unchanged view.
  let encoded = encodeView(store.getState());
  url.write(encoded);
  return {
    get: () => store.getState(),
    update(patch) {
      const current = store.getState();
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      const nextEncoded = encodeView(next);
      if (nextEncoded === encoded) return;
      encoded = nextEncoded;
      url.write(encoded);
      store.setState(next, true);
    },
    subscribe: (listener) => store.subscribe(listener),
  };
}
