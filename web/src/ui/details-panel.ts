// Details of the selected entity or relation, with evidence and curation actions.
import type { Gql } from '../api/client.js';
import { EntityDocument, RelationDocument } from '../api/generated/operations.js';
import type { OpenArticle } from './article-dialog.js';
import type { DetailsContext } from './details/details-context.js';
import { entityDetails } from './details/entity-details.js';
import { relationDetails } from './details/relation-details.js';
import { h, setChildren } from './dom.js';
import type { Notifier } from './notice.js';

/** What the details panel needs from the app. */
export interface DetailsDeps {
  gql: Gql;
  notify: Notifier;
  openArticle: OpenArticle;
  focusEntity(id: string): void;
  expand(id: string): void;
  selectRelation(id: string): void;
  setPathEnd(which: 'from' | 'to', id: string, name: string): void;
  /** Called after a curation changed the graph (reload the view). */
  changed(removedIds?: string[]): void;
}

/** The panel's operations. */
export interface DetailsPanel {
  showEntity(id: string): Promise<void>;
  showRelation(id: string): Promise<void>;
  clear(): void;
  dispose(): void;
}

const empty = () =>
  h(
    'div',
    { class: 'details-empty' },
    h('p', {}, 'Select a node or an edge to see its details and evidence.'),
    h('p', { class: 'hint' }, 'Double-click a node to expand it; right-click for more actions.'),
  );

/** Mounts the details panel into `container`. */
export function mountDetailsPanel(container: HTMLElement, deps: DetailsDeps): DetailsPanel {
  const { gql, notify } = deps;
  let cleanups: (() => void)[] = [];
  // Only the latest request may fill the panel.
  let token = 0;
  const show = (child: Node) => {
    for (const fn of cleanups) fn();
    cleanups = [];
    setChildren(container, child);
    container.scrollTop = 0;
  };
  const ctx: DetailsContext = {
    deps,
    showEntity: (id) => void panel.showEntity(id),
    showRelation: (id) => void panel.showRelation(id),
    onDispose: (fn) => cleanups.push(fn),
  };
  show(empty());

  const panel: DetailsPanel = {
    async showEntity(id) {
      const mine = ++token;
      try {
        const data = await notify.busy('Loading details…', gql(EntityDocument, { id }));
        if (mine !== token) return;
        show(
          data.entity
            ? entityDetails(data.entity, ctx)
            : h('p', { class: 'muted' }, 'That entity no longer exists.'),
        );
      } catch (err) {
        if (mine === token) notify.error(err);
      }
    },
    async showRelation(id) {
      const mine = ++token;
      try {
        const data = await notify.busy('Loading evidence…', gql(RelationDocument, { id }));
        if (mine !== token) return;
        show(
          data.relation
            ? relationDetails(data.relation, ctx)
            : h('p', { class: 'muted' }, 'That relation no longer exists.'),
        );
      } catch (err) {
        if (mine === token) notify.error(err);
      }
    },
    clear() {
      token++;
      show(empty());
    },
    dispose() {
      for (const fn of cleanups) fn();
      container.replaceChildren();
    },
  };
  return panel;
}
