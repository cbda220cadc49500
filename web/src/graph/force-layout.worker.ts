// The layout Web Worker: receives a ForceLayoutRequest, runs d3-force off the main thread and
// posts progress, then the positions (transferred), or an error.
import type { ForceLayoutMessage, ForceLayoutRequest } from './force-layout-plan.js';
import { runForceLayout } from './force-layout-run.js';

/** The parts of a dedicated worker's global scope this file uses (the DOM lib lacks its type). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ForceLayoutRequest>) => void) | null;
  postMessage(message: ForceLayoutMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  try {
    const { xs, ys } = runForceLayout(e.data, (done, total) =>
      scope.postMessage({ kind: 'progress', done, total }),
    );
    scope.postMessage({ kind: 'done', xs, ys }, [xs.buffer, ys.buffer]);
  } catch (err) {
    scope.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
