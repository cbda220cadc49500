// Mounts the article library and the curation log; both reload the graph after a change.
import type { Gql } from '../api/client.js';
import type { OpenArticle } from '../ui/article-dialog.js';
import { mountCurationLogDialog } from '../ui/curation-log-dialog.js';
import { mountLibraryDialog } from '../ui/library-dialog.js';
import type { Notifier } from '../ui/notice.js';

/** What the two panels need. */
export interface CurationPanelDeps {
  gql: Gql;
  notify: Notifier;
  openArticle: OpenArticle;
  /** Reload the graph and the counts after a deletion, revert or restore. */
  changed(): void;
}

/** The library and the log, each with `open`, and one dispose. */
export function mountCurationPanels(deps: CurationPanelDeps) {
  const library = mountLibraryDialog(deps);
  const log = mountCurationLogDialog(deps);
  return {
    library,
    log,
    dispose: () => {
      library.dispose();
      log.dispose();
    },
  };
}
