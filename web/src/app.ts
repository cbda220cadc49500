// The explorer's wiring: one view store, the graph canvas, the panels, commands and shortcuts.
import type { Gql } from './api/client.js';
import { createCommands } from './app/commands.js';
import { mountCurationPanels } from './app/curation-panels.js';
import { createGraphEdits } from './app/graph-edits.js';
import { buildLayout } from './app/layout.js';
import { nodeMenuItems, relationTypeCounts } from './app/node-menu.js';
import { installTestHook } from './app/test-hook.js';
import { toolbarActions } from './app/toolbar-actions.js';
import { createViewExtras } from './app/view-extras.js';
import { createViewLoader } from './app/view-loader.js';
import { createGraphView } from './graph/graph-view.js';
import { History } from './graph/history.js';
import { graphiqlUrl, viewOperation } from './state/view-query.js';
import { browserUrl, createViewStore, type UrlPort } from './state/view-store.js';
import { mountAnalyticsPanel } from './ui/analytics-panel.js';
import { mountArticleDialog } from './ui/article-dialog.js';
import { mountContextMenu } from './ui/context-menu.js';
import { mountDetailsPanel } from './ui/details-panel.js';
import { mountFiltersPanel } from './ui/filters-panel.js';
import { mountHelp } from './ui/help.js';
import { mountIngestDialog } from './ui/ingest-dialog.js';
import { bindShortcuts } from './ui/keyboard.js';
import { mountLegend } from './ui/legend.js';
import { createNotifier } from './ui/notice.js';
import { mountPathsPanel } from './ui/paths-panel.js';
import { mountQualifierFilters } from './ui/qualifier-filters.js';
import { mountSearchBox } from './ui/search-box.js';
import { mountStatsLine } from './ui/stats-line.js';
import { mountSavedViewsPanel } from './ui/saved-views-panel.js';
import { mountTimelineStrip } from './ui/timeline-strip.js';
import { mountToolbar } from './ui/toolbar.js';
import { mountViewSwitch } from './views/view-switch.js';

/** What the app needs from the page. */
export interface AppDeps {
  gql: Gql;
  webgl: boolean;
  /** Where the view is read from and written to; the address bar by default. */
  url?: UrlPort;
}

/** Mounts the whole explorer into `root`; returns dispose. */
export function mountApp(root: HTMLElement, deps: AppDeps): () => void {
  const { gql } = deps;
  const ui = buildLayout(root);
  const notify = createNotifier(ui.status);
  const url = deps.url ?? browserUrl;
  const savedId = new URLSearchParams(url.read()).get('saved'); // read before the URL is rewritten
  const store = createViewStore(url);
  const history = new History();
  const stats = mountStatsLine(ui.stats, gql);

  const graph = createGraphView(ui.graph, {
    webgl: deps.webgl,
    events: {
      onSelectNode: (id) => loader.selectNode(id),
      onSelectEdge: (id) => loader.selectEdge(id),
      onBackground: () => loader.clearSelection(),
      onExpand: (id) => void edits.expand(id),
      onHide: (id) => extras.onHide(id),
      onShowAll: () => extras.onShowAll(),
      onContext: (id, at) =>
        void relationTypeCounts(gql, id).then((counts) =>
          menu.open(at, nodeMenuItems(id, graph, edits, menuActions, counts)),
        ),
    },
  });
  const focusEntity = (id: string) => void loader.focusEntity(id);
  const setPathEnd = (which: 'from' | 'to', id: string, name: string) =>
    paths.setEnd(which, id, name);
  const menuActions = {
    focusEntity,
    setPathEnd,
    selectNode: (id: string) => loader.selectNode(id),
  };

  const articles = mountArticleDialog(gql, notify);
  const details = mountDetailsPanel(ui.details, {
    gql,
    notify,
    openArticle: articles.open,
    focusEntity,
    expand: (id) => void edits.expand(id),
    selectRelation: (id) => loader.selectEdge(id),
    setPathEnd,
    changed: (removed) => {
      if (removed?.length)
        store.update((v) => ({ focus: v.focus.filter((f) => !removed.includes(f)) }));
      void stats.refresh();
      void loader.load({ fit: false });
    },
  });
  const curation = mountCurationPanels({
    gql,
    notify,
    openArticle: articles.open,
    changed: () => {
      void stats.refresh();
      void loader.load({ fit: false });
    },
  });
  const setTruncated = (cut: boolean, what: string) => ui.setTruncated(cut, what);
  const afterLoad = () => extras.afterLoad();
  const loader = createViewLoader({
    gql,
    graph,
    store,
    notify,
    details,
    history,
    setTruncated,
    afterLoad,
  });
  const edits = createGraphEdits({ gql, graph, store, notify, history, setTruncated });
  const extras = createViewExtras({
    graph,
    store,
    findPaths: (from, to, hops) => edits.findPaths(from, to, hops),
  });
  const timeline = mountTimelineStrip(ui.timeline, { gql, store });
  const saved = mountSavedViewsPanel(ui.saved, {
    gql,
    store,
    notify,
    positions: () => extras.positions(),
    show: (positions) => (extras.restoreNext(positions), loader.load()),
  });

  const menu = mountContextMenu();
  const help = mountHelp();
  const ingest = mountIngestDialog({
    gql,
    notify,
    ingested: (ids, created) => {
      void stats.refresh();
      void edits.showIngested(ids, created);
    },
  });
  const legend = mountLegend(ui.legend, store);
  const filters = mountFiltersPanel(ui.filters, store);
  const qualifierFilters = mountQualifierFilters(ui.filters, {
    store,
    reload: () => void loader.load({ fit: false }),
  });
  const analytics = mountAnalyticsPanel(ui.analytics, {
    cy: graph.cy,
    store,
    selectNode: (id) => {
      graph.select(id);
      loader.selectNode(id);
    },
  });
  const paths = mountPathsPanel(ui.paths, {
    gql,
    find: (from, to, hops) => extras.findPath({ from, to, hops }),
    clear: () => extras.clearPath(),
  });
  const search = mountSearchBox(ui.search, { gql, onPick: (hit) => focusEntity(hit.entity.id) });

  const commands = createCommands({
    ...{ graph, edits, search, ingest, help, menu },
    ...{ library: curation.library, curationLog: curation.log },
  });
  const unbindKeys = bindShortcuts(commands);
  const toolbar = mountToolbar(
    ui.toolbar,
    toolbarActions({
      graph,
      store,
      notify,
      commands,
      webgl: deps.webgl,
      home: () => loader.home(),
    }),
  );
  const disposeViews = mountViewSwitch({
    tabs: ui.viewTabs,
    area: ui.viewArea,
    graphEl: ui.graph,
    graph,
    store,
    selectNode: (id) => (graph.select(id), loader.selectNode(id)),
    selectEdge: (id) => loader.selectEdge(id),
    notifyError: (err) => notify.error(err),
  });
  const showGraphiql = () => toolbar.setGraphiql(graphiqlUrl(viewOperation(store.get())));
  const unsubscribe = store.subscribe(showGraphiql);
  showGraphiql();

  void stats.refresh();
  void (savedId ? saved.open(savedId) : loader.load());
  const removeHook = installTestHook({ cy: graph.cy, view: () => store.get() });

  return () => {
    removeHook();
    disposeViews();
    unsubscribe();
    unbindKeys();
    loader.dispose();
    timeline.dispose();
    saved.dispose();
    for (const part of [
      search,
      paths,
      legend,
      filters,
      toolbar,
      menu,
      help,
      ingest,
      articles,
      qualifierFilters,
      analytics,
    ])
      part.dispose();
    curation.dispose();
    details.dispose();
    graph.dispose();
    root.replaceChildren();
  };
}
