// Changes to the drawing that undo can take back: expand, paths, newly loaded articles; and collapse.
import type { Gql } from '../api/client.js';
import { NeighborhoodDocument, PathsDocument } from '../api/generated/operations.js';
import type { RelationType } from '../api/types.js';
import { subgraphElements } from '../graph/elements.js';
import type { GraphView } from '../graph/graph-view.js';
import type { History } from '../graph/history.js';
import { revealNodes } from '../graph/reveal.js';
import { neighborhoodVariables } from '../state/view-query.js';
import { NEIGHBORHOOD_LIMIT } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';
import type { Notifier } from '../ui/notice.js';

/** What the edits work with. */
export interface GraphEditsDeps {
  gql: Gql;
  graph: GraphView;
  store: ViewStore;
  notify: Notifier;
  history: History;
  setTruncated(truncated: boolean, what: string): void;
}

/** The undoable edits. */
export interface GraphEdits {
  /** Adds the neighbours of `id`; `types` replaces the relation-type filter ([] = every type). */
  expand(id: string, types?: RelationType[]): Promise<void>;
  undo(): void;
  collapse(id: string): void;
  findPaths(from: string, to: string, maxHops: number): Promise<void>;
  /** Draws what newly loaded articles mention; only the entities they created are marked fresh. */
  showIngested(entityIds: string[], createdIds: string[]): Promise<void>;
}

const FOCUS = 'focus:';

/** Creates the edits. */
export function createGraphEdits(deps: GraphEditsDeps): GraphEdits {
  const { gql, graph, store, notify, history } = deps;
  const isNode = (id: string) => graph.cy.getElementById(id).isNode();
  return {
    async expand(id, types) {
      try {
        const { neighborhood: sub } = await notify.busy(
          'Expanding…',
          gql(NeighborhoodDocument, neighborhoodVariables([id], 1, store.get().filters, types)),
        );
        const added = await graph.add(subgraphElements(sub), id);
        revealNodes(graph.cy, added, id);
        const { focus } = store.get();
        const newFocus = !focus.includes(id) && focus.length > 0;
        if (newFocus) store.update({ focus: [...focus, id] });
        history.push({ label: `expand ${id}`, added: newFocus ? [...added, FOCUS + id] : added });
        graph.markFocus(store.get().focus);
        const nodes = added.filter(isNode).length;
        notify.info(
          nodes || added.length
            ? `Added ${nodes} entities and ${added.length - nodes} relations.`
            : 'Nothing new around this entity.',
        );
        deps.setTruncated(sub.truncated, 'This expansion');
      } catch (err) {
        notify.error(err);
      }
    },
    undo() {
      const step = history.pop();
      if (!step) return notify.info('Nothing to undo.');
      const unfocus = step.added
        .filter((a) => a.startsWith(FOCUS))
        .map((a) => a.slice(FOCUS.length));
      graph.remove(step.added.filter((a) => !a.startsWith(FOCUS)));
      store.update((v) => ({ focus: v.focus.filter((f) => !unfocus.includes(f)) }));
      notify.info(`Undid the last ${step.label.startsWith('expand') ? 'expansion' : 'change'}.`);
    },
    collapse(id) {
      const removed = graph.collapse(id);
      notify.info(
        removed.length ? `Collapsed: ${removed.length} elements removed.` : 'Nothing to collapse.',
      );
    },
    async findPaths(from, to, maxHops) {
      try {
        const { paths } = await notify.busy(
          'Finding paths…',
          gql(PathsDocument, { from, to, maxHops }),
        );
        if (!paths.length) {
          graph.clearHighlight();
          return notify.warn(`No path within ${maxHops} hops between these two entities.`);
        }
        const elements = subgraphElements({
          nodes: paths.flatMap((p) => p.nodes),
          edges: paths.flatMap((p) => p.edges),
        });
        history.push({ label: 'paths', added: await graph.add(elements, from) });
        graph.highlight(elements.map((e) => e.data.id ?? ''));
        const shortest = Math.min(...paths.map((p) => p.length));
        notify.info(
          `${paths.length} path(s) found; the shortest has ${shortest} hop(s). Press Esc to clear the highlight.`,
        );
      } catch (err) {
        notify.error(err);
      }
    },
    async showIngested(entityIds, createdIds) {
      if (!entityIds.length) return;
      try {
        const { neighborhood } = await gql(NeighborhoodDocument, {
          ids: entityIds,
          depth: 1,
          limit: NEIGHBORHOOD_LIMIT,
        });
        graph.cy.nodes('.fresh').removeClass('fresh');
        const added = await graph.add(subgraphElements(neighborhood));
        for (const id of createdIds) graph.cy.getElementById(id).addClass('fresh');
        history.push({ label: 'ingest', added });
        if (store.get().focus.length)
          store.update((v) => ({ focus: [...new Set([...v.focus, ...entityIds])].slice(0, 50) }));
        const shown = graph.cy.collection();
        for (const id of entityIds) shown.merge(graph.cy.getElementById(id));
        if (shown.nonempty())
          graph.cy.animate({
            fit: { eles: shown.closedNeighborhood(), padding: 60 },
            duration: 300,
          });
      } catch (err) {
        notify.error(err);
      }
    },
  };
}
