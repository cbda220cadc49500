// Full layout of a big graph off the main thread: the request goes to the force-layout worker, a
// status line over the canvas shows its progress, and the answer comes back as positions.
import type { Core } from 'cytoscape';
import {
  layoutRequest,
  presetPositions,
  type ForceLayoutMessage,
  type ForceLayoutRequest,
} from './force-layout-plan.js';
import { showLayoutProgress } from './layout-progress.js';

/** The layout under way on each canvas; a newer one cancels it. */
const running = new WeakMap<Core, () => void>();

/** The request for what `cy` shows now (pinned nodes keep their place). */
export function requestFor(cy: Core): ForceLayoutRequest {
  return layoutRequest(
    cy.nodes().map((n) => ({
      id: n.id(),
      pinned: n.locked() ? { ...n.position() } : null,
      w: n.width(),
      h: n.height(),
    })),
    cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
  );
}

/**
 * Runs `req` in a new layout worker for the canvas `cy` (cancelling the one under way there).
 * Resolves with the positions, or null when a newer layout (or dispose) cancelled this one;
 * rejects when the worker fails.
 */
export function runLayoutWorker(
  cy: Core,
  req: ForceLayoutRequest,
): Promise<{ xs: Float64Array; ys: Float64Array } | null> {
  running.get(cy)?.();
  const container = cy.container();
  const progress = container ? showLayoutProgress(container, req.ids.length) : null;
  const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      progress?.close();
      if (running.get(cy) === cancel) running.delete(cy);
      cy.off('destroy', cancel);
    };
    const cancel = () => {
      finish();
      resolve(null);
    };
    running.set(cy, cancel);
    cy.one('destroy', cancel);
    worker.onmessage = (e: MessageEvent<ForceLayoutMessage>) => {
      const msg = e.data;
      if (msg.kind === 'progress') return progress?.update(msg.done, msg.total);
      finish();
      if (msg.kind === 'error') return reject(new Error(`layout worker: ${msg.message}`));
      resolve(cy.destroyed() ? null : { xs: msg.xs, ys: msg.ys });
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(`layout worker failed: ${e.message}`));
    };
    // Copies go to the worker (the start positions are not needed here afterwards).
    worker.postMessage(req, [req.xs.buffer, req.ys.buffer]);
  });
}

/**
 * Lays out every node of `cy` in the worker and applies the positions with Cytoscape's preset
 * layout in one batch (no fit). Resolves true once applied, false when cancelled.
 */
export async function workerLayout(cy: Core): Promise<boolean> {
  const req = requestFor(cy);
  const answer = await runLayoutWorker(cy, req);
  if (!answer) return false;
  const positions = presetPositions(req.ids, answer.xs, answer.ys);
  cy.batch(() => {
    cy.layout({ name: 'preset', positions, fit: false, animate: false }).run();
  });
  return true;
}
