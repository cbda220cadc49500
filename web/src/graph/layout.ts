// Layout runs: full fcose (a big graph: d3-force in a Web Worker), and incremental fcose that keeps
// existing nodes where they are; fcose runs are seeded (same graph, same drawing), not animated,
// and end with a declutter pass (no overlapping nodes, no edge midpoint on an unrelated node,
// parallel edges drawable).
import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { declutter } from './declutter.js';
import { WORKER_LAYOUT_MIN_NODES } from './force-layout-plan.js';
import { LAYOUT_SEED, withSeededRandom } from './seeded-random.js';
import { workerLayout } from './worker-layout.js';

/** Above this many nodes the incremental step places new nodes in rings instead of fcose. */
export const FCOSE_INCREMENTAL_MAX = 1500;

/**
 * Runs fcose without animation, with Math.random seeded: fcose computes synchronously, so the
 * nodes reach their final places (and the declutter pass runs) before anything is drawn; an
 * animated run would draw nodes passing over each other on the way.
 */
function run(cy: Core, opts: Record<string, unknown>): Promise<void> {
  return new Promise((done) => {
    const layout = cy.layout({ ...opts, animate: false } as unknown as LayoutOptions);
    layout.one('layoutstop', () => done());
    withSeededRandom(LAYOUT_SEED, () => layout.run());
  });
}

/**
 * Places `nodes` on a grid 120 units apart, so that nothing overlaps (two nodes on one spot make
 * their edge undrawable, which Cytoscape warns about) until the layout has run.
 */
export function spreadOnGrid(nodes: NodeCollection): void {
  const cols = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  nodes.forEach((node, i) => {
    node.position({ x: (i % cols) * 120, y: Math.floor(i / cols) * 120 });
  });
}

/**
 * Full layout of everything (pinned nodes stay fixed). Above WORKER_LAYOUT_MIN_NODES nodes the
 * force layout runs in a Web Worker and the page stays responsive meanwhile.
 */
export async function fullLayout(cy: Core): Promise<void> {
  const n = cy.nodes().length;
  if (n === 0) return;
  if (n > WORKER_LAYOUT_MIN_NODES) {
    await workerLayout(cy); // the worker declutters too
    return;
  }
  await fcoseLayout(cy);
}

/** Full fcose layout on the main thread (the way every graph was laid out before the worker). */
export async function fcoseLayout(cy: Core): Promise<void> {
  const n = cy.nodes().length;
  if (n === 0) return;
  const pinned = cy.nodes('.pinned');
  await run(cy, {
    name: 'fcose',
    quality: n > 700 ? 'draft' : 'default',
    randomize: pinned.length === 0,
    nodeDimensionsIncludeLabels: n < 300,
    idealEdgeLength: 90,
    nodeRepulsion: 6500,
    numIter: n > 300 ? 1000 : 2500,
    fixedNodeConstraint: pinned.map((p: NodeSingular) => ({
      nodeId: p.id(),
      position: { ...p.position() },
    })),
    padding: 30,
  });
  declutter(cy);
}

/** Puts `fresh` nodes in a ring around the anchor (or the centre) as a starting point. */
export function seedPositions(cy: Core, fresh: NodeCollection, anchorId?: string): void {
  const anchor = anchorId ? cy.getElementById(anchorId) : undefined;
  const ext = cy.extent();
  const c =
    anchor && anchor.nonempty()
      ? anchor.position()
      : { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  const r = 80 + 6 * Math.sqrt(fresh.length) * 10;
  fresh.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
    node.position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
  });
}

/** Lays out only the new nodes; every node already drawn keeps its position. */
export async function incrementalLayout(
  cy: Core,
  fresh: NodeCollection,
  anchorId?: string,
): Promise<void> {
  if (fresh.empty()) return;
  seedPositions(cy, fresh, anchorId);
  const all = cy.nodes();
  if (all.length === fresh.length) return fullLayout(cy);
  if (all.length > FCOSE_INCREMENTAL_MAX) return;
  const old = all.difference(fresh);
  await run(cy, {
    name: 'fcose',
    randomize: false,
    fit: false,
    idealEdgeLength: 90,
    nodeRepulsion: 6500,
    fixedNodeConstraint: old.map((p: NodeSingular) => ({
      nodeId: p.id(),
      position: { ...p.position() },
    })),
  });
  declutter(cy, fresh);
}
