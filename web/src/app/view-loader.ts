// Loads the view's subgraph, keeps the canvas in step with the store, and moves the selection.
import type { Gql } from '../api/client.js';
import { subgraphElements } from '../graph/elements.js';
import type { GraphView } from '../graph/graph-view.js';
import type { History } from '../graph/history.js';
import { fetchSubgraph, viewOperation } from '../state/view-query.js';
import type { ViewStore } from '../state/view-store.js';
import type { DetailsPanel } from '../ui/details-panel.js';
import type { Notifier } from '../ui/notice.js';

/** What the loader works with. */
export interface ViewLoaderDeps {
  gql: Gql;
  graph: GraphView;
  store: ViewStore;
  notify: Notifier;
  details: DetailsPanel;
  history: History;
  setTruncated(truncated: boolean, what: string): void;
}

/** Loading and selection actions. */
export interface ViewLoader {
  /** Draws the view's subgraph; `fit: false` keeps drawn nodes where they are. */
  load(opts?: { fit?: boolean }): Promise<void>;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  clearSelection(): void;
  focusEntity(id: string): Promise<void>;
  home(): void;
  dispose(): void;
}

/** Creates the loader and subscribes the canvas to the store. */
export function createViewLoader(deps: ViewLoaderDeps): ViewLoader {
  const { graph, store, notify, details } = deps;

  const restoreSelection = (id: string) => {
    graph.select(id);
    const el = graph.cy.getElementById(id);
    if (el.nonempty() && el.isEdge()) void details.showRelation(id);
    else void details.showEntity(id);
  };

  const loader: ViewLoader = {
    async load({ fit = true } = {}) {
      const focused = store.get().focus.length > 0;
      try {
        const sub = await notify.busy(
          focused ? 'Loading the neighbourhood…' : 'Loading the overview…',
          fetchSubgraph(deps.gql, viewOperation(store.get())),
        );
        deps.history.clear();
        await graph.replace(subgraphElements(sub), { fit });
        const view = store.get();
        graph.applyFilters(view.filters);
        graph.markFocus(view.focus);
        deps.setTruncated(sub.truncated, focused ? 'This neighbourhood' : 'The overview');
        if (sub.nodes.length === 0)
          notify.info(
            focused
              ? 'Nothing matches this view with the current filters.'
              : 'The graph is empty: load an article to start (Load articles, or press n).',
          );
        else
          notify.info(
            focused
              ? `${sub.nodes.length} entities and ${sub.edges.length} relations around the focused entities.`
              : `Overview: the ${sub.nodes.length} most-mentioned linked entities and their links. Search or double-click to explore.`,
          );
        if (view.selected) restoreSelection(view.selected);
      } catch (err) {
        notify.error(err);
      }
    },
    selectNode(id) {
      store.update({ selected: id });
      void details.showEntity(id);
    },
    selectEdge(id) {
      store.update({ selected: id });
      graph.select(id);
      void details.showRelation(id);
    },
    clearSelection() {
      store.update({ selected: null });
      graph.clearHighlight();
      details.clear();
    },
    async focusEntity(id) {
      store.update({ focus: [id], selected: id });
      await loader.load();
      graph.select(id);
      const node = graph.cy.getElementById(id);
      if (node.nonempty()) graph.cy.animate({ center: { eles: node }, duration: 250 });
      void details.showEntity(id);
    },
    home() {
      store.update({ focus: [], selected: null });
      void loader.load();
    },
    dispose: () => unsubscribe(),
  };

  // The canvas follows the store: filters, focus marks, and a reload when the depth changes.
  const unsubscribe = store.subscribe((view, previous) => {
    if (view.filters !== previous.filters) graph.applyFilters(view.filters);
    if (view.focus !== previous.focus) graph.markFocus(view.focus);
    if (view.depth !== previous.depth && view.focus.length) void loader.load();
  });
  return loader;
}
