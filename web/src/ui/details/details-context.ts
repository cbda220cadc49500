// What the entity and relation views of the details panel get from the panel.
import type { DetailsDeps } from '../details-panel.js';

/** The panel's deps plus ways to re-show and to clean up when the panel moves on. */
export interface DetailsContext {
  deps: DetailsDeps;
  showEntity(id: string): void;
  showRelation(id: string): void;
  /** Runs `fn` when the panel shows something else or is disposed. */
  onDispose(fn: () => void): void;
}
