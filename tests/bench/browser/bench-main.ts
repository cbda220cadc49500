// Bench page: draws a synthetic graph either the product's way (graph view: worker force layout,
// preset, fit) or the old way (fcose on the main thread); reports times and records frame times.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { subgraphElements } from '../../../web/src/graph/elements.js';
import { createGraphView } from '../../../web/src/graph/graph-view.js';
import { fcoseLayout } from '../../../web/src/graph/layout.js';
import { graphStyle } from '../../../web/src/graph/style.js';
import { syntheticGraph } from './synthetic-graph.js';

cytoscape.use(fcose);

/** What the page reports on `window.__bench`. */
export interface BenchReport {
  nodes: number;
  edges: number;
  path: 'worker' | 'fcose';
  webgl: boolean;
  /** Adding the elements (worker path: after the layout, with the style and the fit). */
  addMs: number;
  layoutMs: number;
  drawMs: number;
  totalMs: number;
  /** The longest gap between animation frames while the layout ran (main thread busy). */
  longestStallMs: number;
  /** Nodes still at the origin after the layout (all of them would mean no layout). */
  atOrigin: number;
  error?: string;
}

type BenchWindow = Window & {
  __bench?: BenchReport | { error: string };
  __frames?: { start(): void; stop(): number[] };
  __cy?: cytoscape.Core;
  __keys?: number;
  /** Key presses handled while the layout's status line was up. */
  __keysDuringLayout: number;
};

const w = window as unknown as BenchWindow;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Records the gaps between animation frames from start() to stop(). */
function frameRecorder(): { start(): void; stop(): number[] } {
  let deltas: number[] = [];
  let last = 0;
  let id = 0;
  const tick = (t: number) => {
    if (last) deltas.push(t - last);
    last = t;
    id = requestAnimationFrame(tick);
  };
  return {
    start() {
      deltas = [];
      last = 0;
      id = requestAnimationFrame(tick);
    },
    stop() {
      cancelAnimationFrame(id);
      return deltas;
    },
  };
}

/** The old path: a plain canvas with the base style, fcose on the main thread, fit. */
async function drawWithFcose(
  container: HTMLElement,
  elements: ElementDefinition[],
  webgl: boolean,
) {
  const cy = cytoscape({
    container,
    style: graphStyle(),
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  const t = performance.now();
  cy.batch(() => cy.add(elements));
  const added = performance.now();
  await fcoseLayout(cy);
  cy.fit();
  return { cy, addMs: added - t, layoutMs: performance.now() - added };
}

/** The product's path: the graph view's replace (worker layout for big graphs, preset, fit). */
async function drawWithGraphView(
  container: HTMLElement,
  elements: ElementDefinition[],
  webgl: boolean,
) {
  const noop = () => undefined;
  const view = createGraphView(container, {
    webgl,
    events: {
      onSelectNode: noop,
      onSelectEdge: noop,
      onBackground: noop,
      onExpand: noop,
      onContext: noop,
    },
  });
  // A big graph is added once the worker has answered: the first `add` ends the layout phase.
  let laidOut = 0;
  view.cy.one('add', () => void (laidOut = performance.now()));
  await view.replace(elements);
  return { cy: view.cy, laidOut };
}

async function run(): Promise<void> {
  const p = new URLSearchParams(location.search);
  const n = Number(p.get('n') ?? 1000);
  const m = Number(p.get('m') ?? n * 2);
  const webgl = p.get('webgl') === '1';
  const path = p.get('path') === 'fcose' ? 'fcose' : 'worker';
  const elements = subgraphElements(syntheticGraph(n, m));
  const container = document.getElementById('cy');
  if (!container) throw new Error('bench.html has no #cy element');
  // Keyboard presses answered while the layout runs show that the page is not frozen.
  w.__keys = 0;
  w.__keysDuringLayout = 0;
  document.addEventListener('keydown', () => {
    w.__keys = (w.__keys ?? 0) + 1;
    if (document.querySelector('.layout-progress')) w.__keysDuringLayout += 1;
  });
  const stalls = frameRecorder();
  stalls.start();
  const t0 = performance.now();
  let cy: cytoscape.Core;
  let addMs: number;
  let layoutMs: number;
  if (path === 'fcose') {
    ({ cy, addMs, layoutMs } = await drawWithFcose(container, elements, webgl));
  } else {
    const drawn = await drawWithGraphView(container, elements, webgl);
    cy = drawn.cy;
    // Worker path: layout until the add, then add + style + fit.
    layoutMs = (drawn.laidOut || t0) - t0;
    addMs = performance.now() - (drawn.laidOut || t0);
  }
  const t2 = performance.now();
  await frame();
  await frame();
  const t3 = performance.now();
  const gaps = stalls.stop();
  w.__cy = cy;
  w.__frames = frameRecorder();
  w.__bench = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    path,
    webgl,
    addMs: Math.round(addMs),
    layoutMs: Math.round(layoutMs),
    drawMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t0),
    longestStallMs: Math.round(Math.max(0, ...gaps)),
    atOrigin: cy.nodes().filter((node) => {
      const q = node.position();
      return q.x === 0 && q.y === 0;
    }).length,
  };
}

run().catch((err: unknown) => {
  w.__bench = { error: String(err) };
});
