// Bench page: lays out and draws a synthetic graph with the app's style and layout; reports times.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { subgraphElements } from '../../../web/src/graph/elements.js';
import { fullLayout } from '../../../web/src/graph/layout.js';
import { graphStyle } from '../../../web/src/graph/style.js';
import { syntheticGraph } from './synthetic-graph.js';

cytoscape.use(fcose);

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function run(): Promise<void> {
  const p = new URLSearchParams(location.search);
  const n = Number(p.get('n') ?? 1000);
  const m = Number(p.get('m') ?? n * 2);
  const webgl = p.get('webgl') === '1';
  const elements = subgraphElements(syntheticGraph(n, m));
  const t0 = performance.now();
  const container = document.getElementById('cy');
  const cy = cytoscape({
    container,
    style: graphStyle(),
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  cy.batch(() => cy.add(elements));
  const t1 = performance.now();
  await fullLayout(cy);
  const t2 = performance.now();
  cy.fit();
  await frame();
  await frame();
  const t3 = performance.now();
  // Interaction cost: one pan + zoom redraw.
  cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: 300, y: 300 } });
  await frame();
  await frame();
  const t4 = performance.now();
  (window as unknown as { __bench: unknown }).__bench = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    webgl,
    addMs: Math.round(t1 - t0),
    layoutMs: Math.round(t2 - t1),
    drawMs: Math.round(t3 - t2),
    zoomRedrawMs: Math.round(t4 - t3),
    totalMs: Math.round(t3 - t0),
  };
}

run().catch((err: unknown) => {
  (window as unknown as { __bench: unknown }).__bench = { error: String(err) };
});
