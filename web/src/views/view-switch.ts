// Switches the main area between the graph, map and table views (kept in the store and the URL).
import type { GraphView } from '../graph/graph-view.js';
import type { ViewMode } from '../state/view-state.js';
import { VIEW_MODES } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';
import { h } from '../ui/dom.js';
import { mountMapView, type MapView } from './map/map-view.js';
import { mountTableView, type TableView } from './table/table-view.js';
import { readViewData } from './view-data.js';

/** What the view switch works with. */
export interface ViewSwitchDeps {
  /** Where the tabs go. */
  tabs: HTMLElement;
  /** The area of the active view (the graph canvas is already in it). */
  area: HTMLElement;
  /** The graph canvas's element inside `area`. */
  graphEl: HTMLElement;
  graph: GraphView;
  store: ViewStore;
  /** Selects a node (store, canvas and details panel). */
  selectNode(id: string): void;
  selectEdge(id: string): void;
  notifyError(err: unknown): void;
}

const LABELS: Record<ViewMode, string> = { graph: 'Graph', map: 'Map', table: 'Table' };

/** Mounts the tabs and the map and table panes; returns dispose. */
export function mountViewSwitch(deps: ViewSwitchDeps): () => void {
  const { store, graph } = deps;
  const panes: Record<Exclude<ViewMode, 'graph'>, HTMLElement> = {
    map: h('div', {
      class: 'view-pane map-pane',
      id: 'view-pane-map',
      role: 'tabpanel',
      hidden: true,
    }),
    table: h('div', {
      class: 'view-pane table-pane',
      id: 'view-pane-table',
      role: 'tabpanel',
      hidden: true,
    }),
  };
  deps.graphEl.id ||= 'view-pane-graph';
  deps.area.append(panes.map, panes.table);
  let map: MapView | null = null;
  let table: TableView | null = null;
  let graphStale = false;

  const tabs = VIEW_MODES.map((mode) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        class: 'view-tab',
        'data-view': mode,
        'aria-controls': mode === 'graph' ? deps.graphEl.id : `view-pane-${mode}`,
        onclick: () => store.update({ mode }),
      },
      LABELS[mode],
    ),
  );
  const tablist = h('div', { class: 'view-tabs', role: 'tablist', 'aria-label': 'View' }, tabs);
  tablist.addEventListener('keydown', (e) => {
    const i = VIEW_MODES.indexOf(store.get().mode);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = VIEW_MODES[(i + step + VIEW_MODES.length) % VIEW_MODES.length] ?? 'graph';
    store.update({ mode: next });
    tabs[VIEW_MODES.indexOf(next)]?.focus();
    e.preventDefault();
  });
  deps.tabs.append(tablist);

  const refresh = () => {
    const { mode, selected } = store.get();
    if (mode === 'graph') return;
    const data = readViewData(graph.cy);
    if (mode === 'map') {
      map ??= mountMapView(panes.map, deps);
      map.update(data, selected);
    } else {
      table ??= mountTableView(panes.table, deps);
      table.update(data, selected);
    }
  };

  const show = (mode: ViewMode) => {
    for (const [i, tab] of tabs.entries()) {
      const on = VIEW_MODES[i] === mode;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    deps.graphEl.hidden = mode !== 'graph';
    panes.map.hidden = mode !== 'map';
    panes.table.hidden = mode !== 'table';
    if (mode === 'graph') {
      // The canvas may have been drawn while hidden (zero size): measure and fit again.
      graph.cy.resize();
      if (graphStale) graph.fit();
      graphStale = false;
      const sel = store.get().selected;
      if (sel) graph.select(sel);
    } else refresh();
  };

  // The canvas changed (loads, expansions, hiding): redraw the active map or table once.
  let pending = 0;
  const onCanvasChange = () => {
    if (store.get().mode === 'graph') return;
    if (!pending) pending = window.setTimeout(() => ((pending = 0), refresh()), 30);
  };
  const onElementsChange = () => {
    if (store.get().mode !== 'graph') graphStale = true;
  };
  graph.cy.on('add remove data style', onCanvasChange);
  graph.cy.on('add remove', onElementsChange);
  const unsubscribe = store.subscribe((view, previous) => {
    if (view.mode !== previous.mode) show(view.mode);
    else if (view.selected !== previous.selected || view.filters !== previous.filters) refresh();
  });
  show(store.get().mode);

  return () => {
    unsubscribe();
    window.clearTimeout(pending);
    graph.cy.off('add remove data style', onCanvasChange);
    graph.cy.off('add remove', onElementsChange);
    map?.dispose();
    table?.dispose();
    tablist.remove();
    panes.map.remove();
    panes.table.remove();
  };
}
