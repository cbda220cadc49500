// The Cytoscape canvas: adds/removes elements, layouts, filters, highlights and exports.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ViewFilters } from '../state/view-state.js';
import { isBigGraph, setViewportMode } from './big-graph-mode.js';
import { fitZoom, placedElements } from './big-graph-plan.js';
import { newElements, type EdgeData, type NodeData } from './elements.js';
import { visibleUnderFilters } from './filter-visibility.js';
import {
  elementsLayoutRequest,
  presetPositions,
  WORKER_LAYOUT_MIN_NODES,
} from './force-layout-plan.js';
import { installLabelDetail, LABEL_PX, labelFontSize } from './label-detail.js';
import { fullLayout, incrementalLayout, spreadOnGrid } from './layout.js';
import { runLayoutWorker } from './worker-layout.js';
import { graphStyle } from './style.js';

cytoscape.use(fcose);

const targetId = (e: cytoscape.EventObject): string =>
  (e.target as cytoscape.SingularElementArgument).id();

/** What the canvas reports to the app. */
export interface GraphEvents {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onBackground(): void;
  onExpand(id: string): void;
  onContext(id: string, at: { x: number; y: number }): void;
  /** The user hid a node (or edge). */
  onHide?(id: string): void;
  /** Every hidden element is shown again. */
  onShowAll?(): void;
}

/** Options for the canvas. */
export interface GraphViewOptions {
  webgl: boolean;
  events: GraphEvents;
}

/** The graph canvas and its operations. */
export interface GraphView {
  readonly cy: Core;
  /**
   * Draws exactly `elements`. With `fit` (the default) everything is laid out afresh and
   * fitted; without it, nodes already drawn keep their place and only new ones are laid out.
   */
  replace(elements: ElementDefinition[], opts?: { fit?: boolean }): Promise<void>;
  add(elements: ElementDefinition[], anchorId?: string, cls?: string): Promise<string[]>;
  remove(ids: readonly string[]): void;
  hide(id: string): void;
  showAll(): void;
  collapse(id: string): string[];
  togglePin(id: string): boolean;
  applyFilters(f: ViewFilters): void;
  /** How many nodes and edges are shown (drawn and not hidden by filters or the user). */
  shownCounts(): { nodes: number; edges: number };
  highlight(ids: readonly string[]): void;
  clearHighlight(): void;
  markFocus(ids: readonly string[]): void;
  select(id: string | null): void;
  /** The first selected node's id, or null. */
  selectedNodeId(): string | null;
  relayout(): Promise<void>;
  fit(): void;
  ids(): Set<string>;
  png(): Blob;
  dispose(): void;
}

/** Creates the canvas inside `container`. */
export function createGraphView(container: HTMLElement, opts: GraphViewOptions): GraphView {
  const cy = cytoscape({
    container,
    style: graphStyle(),
    minZoom: 0.05, // keep in step with minZoom below
    maxZoom: 4,
    hideEdgesOnViewport: false,
    textureOnViewport: false,
    boxSelectionEnabled: true,
    ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  let filters: ViewFilters | null = null;
  const { events } = opts;
  let font = LABEL_PX;
  let big = false;
  const restyle = (f: number) => {
    font = f;
    cy.style().fromJson(graphStyle(font, big)).update();
  };
  // A big graph gets haystack edges and Cytoscape's fast viewport options (big-graph-mode.ts).
  const drawMode = (nodes = cy.nodes().length, always = false) => {
    const now = isBigGraph(nodes);
    if (now === big && !always) return;
    big = now;
    setViewportMode(cy, big);
    restyle(font);
  };
  const stopLabels = installLabelDetail(cy, restyle, () => font);
  const minZoom = 0.05;
  const maxFitZoom = 1.2;

  /**
   * A big graph is laid out in the worker before it is added (the current drawing stays until
   * then); it is added once, with its positions, the style for the zoom of the fit, and its labels.
   */
  const replaceBig = async (elements: ElementDefinition[]) => {
    const req = elementsLayoutRequest(elements);
    const answer = await runLayoutWorker(cy, req);
    if (!answer) return;
    const positions = presetPositions(req.ids, answer.xs, answer.ys);
    const sizes: Record<string, number> = {};
    req.ids.forEach((id, i) => (sizes[id] = req.widths[i] ?? 0));
    const box = {
      width: cy.width(),
      height: cy.height(),
      padding: 40,
      minZoom,
      maxZoom: maxFitZoom,
    };
    const zoom = fitZoom(positions, sizes, box);
    cy.batch(() => cy.elements().remove());
    font = labelFontSize(zoom);
    drawMode(req.ids.length, true); // restyles the empty canvas: cheap
    cy.batch(() => cy.add(placedElements(elements, positions, zoom, box.width, box.height)));
    reapply();
    fitCapped();
  };

  cy.on('tap', 'node', (e) => events.onSelectNode(targetId(e)));
  cy.on('tap', 'edge', (e) => events.onSelectEdge(targetId(e)));
  cy.on('tap', (e) => {
    if (e.target === cy) events.onBackground();
  });
  cy.on('dbltap', 'node', (e) => events.onExpand(targetId(e)));
  cy.on('cxttap', 'node', (e) => {
    const rect = container.getBoundingClientRect();
    const p = e.renderedPosition ?? { x: 0, y: 0 };
    events.onContext(targetId(e), { x: rect.left + p.x, y: rect.top + p.y });
  });

  // Fits the graph but never zooms in past 1.2x, so two nodes do not fill the screen.
  const fitCapped = () => {
    cy.fit(undefined, 40);
    if (cy.zoom() > maxFitZoom) {
      cy.zoom(maxFitZoom);
      cy.center();
    }
  };
  const reapply = () => {
    if (filters) view.applyFilters(filters);
  };

  const view: GraphView = {
    cy,
    async replace(elements, { fit = true } = {}) {
      if (!fit && cy.nodes().nonempty()) {
        const keep = new Set(elements.map((e) => e.data.id));
        cy.batch(() => {
          cy.elements()
            .filter((e) => !keep.has(e.id()))
            .remove();
          for (const e of elements) cy.getElementById(e.data.id ?? '').data(e.data);
        });
        drawMode();
        await view.add(elements);
        return;
      }
      if (elements.filter((e) => !e.data.source).length > WORKER_LAYOUT_MIN_NODES)
        return replaceBig(elements);
      cy.batch(() => {
        cy.elements().remove();
        spreadOnGrid(cy.add(elements).nodes());
      });
      drawMode();
      reapply();
      await fullLayout(cy);
      fitCapped();
    },
    async add(elements, anchorId, cls) {
      const fresh = newElements(elements, view.ids());
      if (fresh.length === 0) return [];
      let added!: cytoscape.CollectionReturnValue;
      cy.batch(() => {
        added = cy.add(fresh);
        if (cls) added.nodes().addClass(cls);
      });
      drawMode();
      reapply();
      await incrementalLayout(cy, added.nodes(), anchorId);
      return added.map((e) => e.id());
    },
    remove(ids) {
      cy.batch(() => {
        for (const id of ids) cy.getElementById(id).remove();
      });
      drawMode();
    },
    hide(id) {
      cy.getElementById(id).addClass('user-hidden').style('display', 'none');
      opts.events.onHide?.(id);
    },
    showAll() {
      cy.batch(() => cy.elements('.user-hidden').removeClass('user-hidden').removeStyle('display'));
      reapply();
      opts.events.onShowAll?.();
    },
    collapse(id) {
      // Removes neighbours that hang only on this node and are not pinned.
      const node = cy.getElementById(id);
      const leaves = node
        .neighborhood()
        .nodes()
        .filter((n) => !n.hasClass('pinned') && n.degree(false) <= node.edgesWith(n).length);
      const ids = leaves.union(leaves.connectedEdges()).map((e) => e.id());
      cy.batch(() => leaves.remove());
      return ids;
    },
    togglePin(id) {
      const n = cy.getElementById(id);
      if (n.hasClass('pinned')) {
        n.removeClass('pinned').unlock();
        return false;
      }
      n.addClass('pinned').lock();
      return true;
    },
    applyFilters(f) {
      filters = f;
      const shown = visibleUnderFilters(
        cy.nodes().map((n) => ({
          data: n.data() as NodeData,
          userHidden: n.hasClass('user-hidden'),
          focus: n.hasClass('focus'),
        })),
        cy
          .edges()
          .map((e) => ({ data: e.data() as EdgeData, userHidden: e.hasClass('user-hidden') })),
        f,
      );
      cy.batch(() => {
        cy.nodes().forEach(
          (n) => void n.style('display', shown.nodes.has(n.id()) ? 'element' : 'none'),
        );
        cy.edges().forEach(
          (e) => void e.style('display', shown.edges.has(e.id()) ? 'element' : 'none'),
        );
      });
    },
    shownCounts() {
      const on = (e: cytoscape.SingularElementArgument) => e.style('display') !== 'none';
      return { nodes: cy.nodes().filter(on).length, edges: cy.edges().filter(on).length };
    },
    highlight(ids) {
      const set = cy.collection();
      for (const id of ids) set.merge(cy.getElementById(id));
      cy.batch(() => {
        cy.elements().removeClass('path').addClass('faded');
        set.removeClass('faded').addClass('path');
      });
      if (set.nonempty()) cy.animate({ fit: { eles: set, padding: 60 }, duration: 300 });
    },
    clearHighlight() {
      cy.batch(() => cy.elements().removeClass('faded path'));
    },
    markFocus(ids) {
      cy.batch(() => {
        cy.nodes('.focus').removeClass('focus');
        for (const id of ids) cy.getElementById(id).addClass('focus');
      });
      reapply(); // a focused node stays shown even when the filters leave it alone
    },
    select(id) {
      cy.elements(':selected').unselect();
      if (!id) return;
      const el = cy.getElementById(id);
      if (el.nonempty()) {
        el.select();
        if (el.isNode() && !el.renderedBoundingBox().w) cy.center(el);
      }
    },
    selectedNodeId() {
      const sel = cy.nodes(':selected');
      return sel.nonempty() ? sel.first().id() : null;
    },
    relayout: () => fullLayout(cy),
    fit: () => fitCapped(),
    ids: () => new Set(cy.elements().map((e) => e.id())),
    png: () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
    dispose: () => {
      stopLabels();
      cy.destroy();
    },
  };
  return view;
}
