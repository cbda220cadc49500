// The explorer: wires the API, the graph canvas and the panels around one shareable view state.
import { RELATION_TYPES, RELATION_TYPE_LABELS, type RelationType } from '../../schema/ontology.js';
import type { Gql } from './api/client.js';
import { NEIGHBORHOOD_QUERY, PATHS_QUERY, STATS_QUERY } from './api/queries.js';
import type { PathResult, Stats, Subgraph } from './api/types.js';
import { subgraphElements } from './graph/elements.js';
import { createGraphView } from './graph/graph-view.js';
import { History } from './graph/history.js';
import { decodeView, encodeView } from './state/url-state.js';
import { NEIGHBORHOOD_LIMIT, type ViewState } from './state/view-state.js';
import { graphiqlUrl, operationText, viewOperation } from './state/view-query.js';
import { mountArticleDialog } from './ui/article-dialog.js';
import { mountContextMenu } from './ui/context-menu.js';
import { mountDetailsPanel } from './ui/details-panel.js';
import { download, h } from './ui/dom.js';
import { mountFiltersPanel } from './ui/filters-panel.js';
import { mountHelp } from './ui/help.js';
import { mountIngestDialog } from './ui/ingest-dialog.js';
import { mountLegend } from './ui/legend.js';
import { createNotifier } from './ui/notice.js';
import { mountPathsPanel } from './ui/paths-panel.js';
import { mountSearchBox } from './ui/search-box.js';
import { mountToolbar } from './ui/toolbar.js';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the app needs from the page. */
export interface AppDeps {
  gql: Gql;
  webgl: boolean;
}

/** Mounts the whole explorer into `root`; returns dispose. */
export function mountApp(root: HTMLElement, deps: AppDeps): () => void {
  const { gql } = deps;
  const statsEl = h('div', { class: 'stats', 'aria-live': 'polite' });
  const searchSlot = h('div', { class: 'search-slot' });
  const toolbarEl = h('nav', { class: 'toolbar', 'aria-label': 'View actions' });
  const side = h('aside', { class: 'side' });
  const legendSlot = h('section', {});
  const filtersSlot = h('section', {});
  const pathsSlot = h('section', {});
  side.append(legendSlot, filtersSlot, pathsSlot);
  const graphEl = h('div', { class: 'graph', 'aria-label': 'Knowledge graph' });
  const truncatedEl = h('div', { class: 'truncated', hidden: true });
  const detailsEl = h('aside', { class: 'details', 'aria-label': 'Details' });
  const statusEl = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  root.append(
    h('header', { class: 'top' }, h('h1', {}, 'EV graph'), searchSlot, statsEl, toolbarEl),
    h(
      'main',
      { class: 'layout' },
      side,
      h('div', { class: 'graph-wrap' }, graphEl, truncatedEl),
      detailsEl,
    ),
    statusEl,
  );

  const notify = createNotifier(statusEl);
  const view: ViewState = decodeView(location.search);
  const history = new History();
  let lastStats: Stats | null = null;

  const graph = createGraphView(graphEl, {
    webgl: deps.webgl,
    events: {
      onSelectNode: (id) => selectNode(id),
      onSelectEdge: (id) => selectEdge(id),
      onBackground: () => {
        view.selected = null;
        syncUrl();
        graph.clearHighlight();
        details.clear();
      },
      onExpand: (id) => void expand(id),
      onContext: (id, at) => openNodeMenu(id, at),
    },
  });

  const articles = mountArticleDialog(gql, notify);
  const details = mountDetailsPanel(detailsEl, {
    gql,
    notify,
    openArticle: articles.open,
    focusEntity: (id) => void focusEntity(id),
    expand: (id) => void expand(id),
    selectRelation: (id) => selectEdge(id),
    setPathEnd: (which, id, name) => paths.setEnd(which, id, name),
    changed: (removed) => {
      if (removed?.length) view.focus = view.focus.filter((f) => !removed.includes(f));
      void refreshStats();
      void loadView(false);
    },
  });
  const menu = mountContextMenu();
  const help = mountHelp();
  const ingest = mountIngestDialog({ gql, notify, ingested: (ids) => void showIngested(ids) });

  const syncUrl = () => {
    const q = encodeView(view);
    window.history.replaceState(null, '', q ? `?${q}` : location.pathname);
    toolbar.setGraphiql(graphiqlUrl(viewOperation(view)));
  };
  const setTruncated = (truncated: boolean, what: string) => {
    truncatedEl.hidden = !truncated;
    truncatedEl.textContent = truncated
      ? `${what} was cut to the API's limit: not everything is shown. Narrow the filters or focus on fewer entities.`
      : '';
  };
  const filterQueryVars = (): Record<string, unknown> => {
    const f = view.filters;
    const v: Record<string, unknown> = {};
    if (f.entityTypes.length) v.entityTypes = f.entityTypes;
    if (f.minConfidence > 0) v.minConfidence = f.minConfidence;
    if (f.since) v.since = f.since;
    if (f.until) v.until = f.until;
    return v;
  };

  async function refreshStats(): Promise<void> {
    try {
      const { stats } = await gql<{ stats: Stats }>(STATS_QUERY);
      lastStats = stats;
      statsEl.textContent = [
        plural(stats.entities, 'entity', 'entities'),
        plural(stats.relations, 'relation'),
        plural(stats.articles, 'article'),
        plural(stats.claims, 'claim'),
      ].join(' · ');
    } catch {
      statsEl.textContent = lastStats ? statsEl.textContent : '';
    }
  }

  async function loadView(fit = true): Promise<void> {
    const op = viewOperation(view);
    try {
      const data = await notify.busy(
        view.focus.length ? 'Loading the neighbourhood…' : 'Loading the overview…',
        gql<{ overview?: Subgraph; neighborhood?: Subgraph }>(op.query, op.variables),
      );
      const sub = data.neighborhood ?? data.overview;
      if (!sub) return;
      history.clear();
      await graph.replace(subgraphElements(sub));
      if (!fit) graph.fit();
      graph.applyFilters(view.filters);
      graph.markFocus(view.focus);
      setTruncated(sub.truncated, view.focus.length ? 'This neighbourhood' : 'The overview');
      if (sub.nodes.length === 0) {
        notify.info(
          view.focus.length
            ? 'Nothing matches this view with the current filters.'
            : 'The graph is empty: load an article to start (Load articles, or press n).',
        );
      } else {
        notify.info(
          view.focus.length
            ? `${sub.nodes.length} entities and ${sub.edges.length} relations around the focused entities.`
            : `Overview: the ${sub.nodes.length} most-mentioned entities and their links. Search or double-click to explore.`,
        );
      }
      if (view.selected) restoreSelection(view.selected);
    } catch (err) {
      notify.error(err);
    }
  }

  function restoreSelection(id: string): void {
    graph.select(id);
    const el = graph.cy.getElementById(id);
    if (el.nonempty() && el.isEdge()) void details.showRelation(id);
    else void details.showEntity(id);
  }

  function selectNode(id: string): void {
    view.selected = id;
    syncUrl();
    void details.showEntity(id);
  }
  function selectEdge(id: string): void {
    view.selected = id;
    graph.select(id);
    syncUrl();
    void details.showRelation(id);
  }

  async function focusEntity(id: string): Promise<void> {
    view.focus = [id];
    view.selected = id;
    syncUrl();
    await loadView();
    graph.select(id);
    const node = graph.cy.getElementById(id);
    if (node.nonempty()) graph.cy.animate({ center: { eles: node }, duration: 250 });
    void details.showEntity(id);
  }

  async function expand(id: string, types?: RelationType[]): Promise<void> {
    const relationTypes =
      types ?? (view.filters.relationTypes.length ? view.filters.relationTypes : undefined);
    try {
      const data = await notify.busy(
        'Expanding…',
        gql<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, {
          ids: [id],
          depth: 1,
          limit: NEIGHBORHOOD_LIMIT,
          ...(relationTypes ? { relationTypes } : {}),
          ...filterQueryVars(),
        }),
      );
      const sub = data.neighborhood;
      const added = await graph.add(subgraphElements(sub), id);
      const newFocus = !view.focus.includes(id) && view.focus.length > 0;
      if (newFocus) view.focus.push(id);
      history.push({ label: `expand ${id}`, added: newFocus ? [...added, `focus:${id}`] : added });
      graph.markFocus(view.focus);
      syncUrl();
      const nodes = added.filter((a) => graph.cy.getElementById(a).isNode()).length;
      notify.info(
        nodes || added.length
          ? `Added ${nodes} entities and ${added.length - nodes} relations.`
          : 'Nothing new around this entity.',
      );
      setTruncated(sub.truncated, 'This expansion');
    } catch (err) {
      notify.error(err);
    }
  }

  function undo(): void {
    const step = history.pop();
    if (!step) {
      notify.info('Nothing to undo.');
      return;
    }
    const focusIds = step.added.filter((a) => a.startsWith('focus:')).map((a) => a.slice(6));
    graph.remove(step.added.filter((a) => !a.startsWith('focus:')));
    view.focus = view.focus.filter((f) => !focusIds.includes(f));
    graph.markFocus(view.focus);
    syncUrl();
    notify.info(`Undid the last ${step.label.startsWith('expand') ? 'expansion' : 'change'}.`);
  }

  async function findPaths(from: string, to: string, maxHops: number): Promise<void> {
    try {
      const data = await notify.busy(
        'Finding paths…',
        gql<{ paths: PathResult[] }>(PATHS_QUERY, { from, to, maxHops }),
      );
      if (!data.paths.length) {
        graph.clearHighlight();
        notify.warn(`No path within ${maxHops} hops between these two entities.`);
        return;
      }
      const sub: Subgraph = {
        nodes: data.paths.flatMap((p) => p.nodes),
        edges: data.paths.flatMap((p) => p.edges),
        truncated: false,
      };
      const elements = subgraphElements(sub);
      const added = await graph.add(elements, from);
      history.push({ label: 'paths', added });
      graph.highlight(elements.map((e) => e.data.id ?? ''));
      const shortest = Math.min(...data.paths.map((p) => p.length));
      notify.info(
        `${data.paths.length} path(s) found; the shortest has ${shortest} hop(s). Press Esc to clear the highlight.`,
      );
    } catch (err) {
      notify.error(err);
    }
  }

  async function showIngested(entityIds: string[]): Promise<void> {
    void refreshStats();
    if (!entityIds.length) return;
    try {
      const data = await gql<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, {
        ids: entityIds,
        depth: 1,
        limit: NEIGHBORHOOD_LIMIT,
      });
      graph.cy.nodes('.fresh').removeClass('fresh');
      const added = await graph.add(subgraphElements(data.neighborhood), undefined, 'fresh');
      for (const id of entityIds) graph.cy.getElementById(id).addClass('fresh');
      history.push({ label: 'ingest', added });
      if (view.focus.length) {
        view.focus = [...new Set([...view.focus, ...entityIds])].slice(0, 50);
        syncUrl();
      }
      const fresh = graph.cy.nodes('.fresh');
      if (fresh.nonempty())
        graph.cy.animate({ fit: { eles: fresh.closedNeighborhood(), padding: 60 }, duration: 300 });
    } catch (err) {
      notify.error(err);
    }
  }

  function openNodeMenu(id: string, at: { x: number; y: number }): void {
    const node = graph.cy.getElementById(id);
    const name = String(node.data('label') ?? id);
    menu.open(at, [
      { label: `Expand ${name}`, action: () => void expand(id, []) },
      {
        label: 'Expand by relation',
        items: RELATION_TYPES.map((t) => ({
          label: RELATION_TYPE_LABELS[t],
          action: () => void expand(id, [t]),
        })),
      },
      { label: 'Collapse (remove its leaf neighbours)', action: () => collapse(id) },
      { label: 'Hide', action: () => graph.hide(id) },
      {
        label: node.hasClass('pinned') ? 'Unpin' : 'Pin in place',
        action: () => graph.togglePin(id),
      },
      { label: 'Focus on this entity', action: () => void focusEntity(id) },
      { label: 'Path from here…', action: () => paths.setEnd('from', id, name) },
      { label: 'Path to here…', action: () => paths.setEnd('to', id, name) },
      { label: 'Details', action: () => selectNode(id) },
    ]);
  }

  function collapse(id: string): void {
    const removed = graph.collapse(id);
    notify.info(
      removed.length ? `Collapsed: ${removed.length} elements removed.` : 'Nothing to collapse.',
    );
  }

  const legend = mountLegend(legendSlot, {
    getTypes: () => view.filters.entityTypes,
    setTypes: (types) => {
      view.filters.entityTypes = types;
      graph.applyFilters(view.filters);
      syncUrl();
    },
  });
  const filters = mountFiltersPanel(filtersSlot, {
    getView: () => view,
    onChange: (patch, depth) => {
      view.filters = { ...view.filters, ...patch };
      graph.applyFilters(view.filters);
      filters.render();
      syncUrl();
      if (depth !== undefined && depth !== view.depth) {
        view.depth = depth;
        syncUrl();
        if (view.focus.length) void loadView();
      }
    },
  });
  const paths = mountPathsPanel(pathsSlot, {
    gql,
    find: (from, to, hops) => void findPaths(from, to, hops),
    clear: () => graph.clearHighlight(),
  });
  const search = mountSearchBox(searchSlot, {
    gql,
    globalShortcut: true,
    onPick: (hit) => void focusEntity(hit.entity.id),
  });

  const exportJson = () => {
    const data = {
      view,
      exportedAt: new Date().toISOString(),
      nodes: graph.cy.nodes().map((n) => ({ ...(n.data() as object), position: n.position() })),
      edges: graph.cy.edges().map((e) => e.data() as object),
    };
    download('ev-graph-view.json', JSON.stringify(data, null, 2));
  };
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify.info(`${what} copied to the clipboard.`);
    } catch {
      window.prompt(`Copy the ${what.toLowerCase()}:`, text);
    }
  };
  const toolbar = mountToolbar(toolbarEl, [
    {
      id: 'home',
      label: 'Overview',
      title: 'Back to the overview',
      run: () => ((view.focus = []), (view.selected = null), syncUrl(), void loadView()),
    },
    {
      id: 'load',
      label: 'Load articles',
      title: 'Paste or drop articles',
      key: 'n',
      run: () => ingest.open(),
    },
    { id: 'undo', label: 'Undo', title: 'Undo the last expansion', key: 'u', run: undo },
    {
      id: 'layout',
      label: 'Re-layout',
      title: 'Lay out again; pinned nodes stay',
      key: 'l',
      run: () => void graph.relayout(),
    },
    { id: 'fit', label: 'Fit', title: 'Fit to screen', key: 'f', run: () => graph.fit() },
    { id: 'unhide', label: 'Show hidden', title: 'Show nodes you hid', run: () => graph.showAll() },
    {
      id: 'share',
      label: 'Share',
      title: 'Copy a link to this view',
      run: () => void copy(location.href, 'Link'),
    },
    {
      id: 'png',
      label: 'PNG',
      title: 'Export an image of the graph',
      run: () => download('ev-graph.png', graph.png()),
    },
    { id: 'json', label: 'JSON', title: 'Export the drawn graph as JSON', run: exportJson },
    {
      id: 'gql',
      label: 'Copy GraphQL',
      title: 'Copy the query that reproduces this view',
      run: () => void copy(operationText(viewOperation(view)), 'GraphQL query'),
    },
    {
      id: 'webgl',
      label: deps.webgl ? 'WebGL: on' : 'WebGL: off',
      title: 'Switch the WebGL renderer (faster for thousands of nodes); reloads the page',
      run: () => {
        localStorage.setItem('kg.webgl', deps.webgl ? '0' : '1');
        location.reload();
      },
    },
    { id: 'help', label: '?', title: 'Keyboard shortcuts', key: '?', run: () => help.open() },
  ]);

  const selectedNodeId = (): string | null => {
    const sel = graph.cy.nodes(':selected');
    return sel.nonempty() ? sel.first().id() : null;
  };
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement | null;
    if (
      t &&
      (t.tagName === 'INPUT' ||
        t.tagName === 'TEXTAREA' ||
        t.tagName === 'SELECT' ||
        t.isContentEditable)
    )
      return;
    if (document.querySelector('dialog[open]')) return;
    const sel = selectedNodeId();
    const k = e.key;
    if ((k === 'z' && (e.ctrlKey || e.metaKey)) || (k === 'u' && !e.ctrlKey && !e.metaKey)) undo();
    else if (e.ctrlKey || e.metaKey || e.altKey) return;
    else if (k === 'f') graph.fit();
    else if (k === 'l') void graph.relayout();
    else if (k === 'n') ingest.open();
    else if (k === '?') help.open();
    else if (k === 'Escape') {
      graph.clearHighlight();
      graph.select(null);
      menu.close();
    } else if (sel && k === 'e') void expand(sel);
    else if (sel && k === 'c') collapse(sel);
    else if (sel && k === 'p') graph.togglePin(sel);
    else if (sel && (k === 'h' || k === 'Delete')) graph.hide(sel);
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);

  syncUrl();
  void refreshStats();
  void loadView();
  // Test and power-user hook: the Cytoscape instance and the current view.
  (window as unknown as { kgExplorer: unknown }).kgExplorer = { cy: graph.cy, view: () => view };

  return () => {
    document.removeEventListener('keydown', onKey);
    search();
    for (const part of [paths, legend, filters, toolbar, menu, help, ingest, articles, details])
      part.dispose();
    graph.dispose();
    root.replaceChildren();
  };
}
