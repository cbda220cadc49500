// End-to-end tests' window into the app, installed only when the page was opened by such a test.
import type { Core } from 'cytoscape';
import type { ViewState } from '../state/view-state.js';

/** What an e2e test reads: the Cytoscape instance and the current view. */
export interface TestHook {
  cy: Core;
  view(): Readonly<ViewState>;
}

/** The flag an e2e test sets before the page's scripts run (Playwright `addInitScript`). */
export const TEST_FLAG = '__KG_E2E__';

/** Publishes `window.kgExplorer` when the flag is set; otherwise does nothing. */
export function installTestHook(hook: TestHook): () => void {
  const w = window as unknown as Record<string, unknown>;
  if (w[TEST_FLAG] !== true) return () => undefined;
  w.kgExplorer = hook;
  return () => delete w.kgExplorer;
}
