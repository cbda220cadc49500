// Keeps hidden nodes and the path search in the view store, and restores them (with positions) after a load.
import type { GraphView } from '../graph/graph-view.js';
import type { PathState } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';

/** Node positions by id (rounded model coordinates). */
export type Positions = Record<string, { x: number; y: number }>;

/** What the extras work with. */
export interface ViewExtrasDeps {
  graph: GraphView;
  store: ViewStore;
  findPaths(from: string, to: string, hops: number): Promise<void>;
}

/** Store-side handlers for the canvas and the paths panel, and the after-load restore. */
export interface ViewExtras {
  onHide(id: string): void;
  onShowAll(): void;
  /** Runs and records a path search. */
  findPath(path: PathState): void;
  clearPath(): void;
  /** The drawn nodes' positions. */
  positions(): Positions;
  /** Positions to apply (and the path to search again) after the next load. */
  restoreNext(positions: Positions | null): void;
  afterLoad(): void;
}

/** Creates the extras; `restoreNext` is armed for the first load (a link may carry a path). */
export function createViewExtras(deps: ViewExtrasDeps): ViewExtras {
  const { graph, store } = deps;
  let pending: { positions: Positions | null } | null = { positions: null };
  return {
    onHide: (id) =>
      store.update((v) => (v.hidden?.includes(id) ? {} : { hidden: [...(v.hidden ?? []), id] })),
    onShowAll: () => store.update({ hidden: [] }),
    findPath(path) {
      store.update({ path });
      void deps.findPaths(path.from, path.to, path.hops);
    },
    clearPath() {
      store.update({ path: null });
      graph.clearHighlight();
    },
    positions() {
      const out: Positions = {};
      graph.cy.nodes().forEach((n) => {
        const p = n.position();
        out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
      });
      return out;
    },
    restoreNext(positions) {
      pending = { positions };
    },
    afterLoad() {
      const view = store.get();
      for (const id of view.hidden ?? []) graph.hide(id);
      const restore = pending;
      pending = null;
      if (!restore) return;
      if (restore.positions) {
        const at = restore.positions;
        graph.cy.batch(() =>
          graph.cy.nodes().forEach((n) => {
            const p = at[n.id()];
            if (p) n.position(p);
          }),
        );
        graph.fit();
      }
      if (view.path) void deps.findPaths(view.path.from, view.path.to, view.path.hops);
    },
  };
}
