// Which drawn elements a filtered view shows (pure): no node is left stranded by a filter.
import type { ViewFilters } from '../state/view-state.js';
import type { EdgeData, NodeData } from './elements.js';
import { edgePasses, nodePasses } from './filters.js';

/** A drawn node as the filter sees it. */
export interface FilterNode {
  data: Pick<NodeData, 'id' | 'type'>;
  /** Hidden by the user (menu or `h`), not by a filter. */
  userHidden: boolean;
  focus: boolean;
}

/** A drawn edge as the filter sees it. */
export interface FilterEdge {
  data: Pick<
    EdgeData,
    'id' | 'source' | 'target' | 'type' | 'confidence' | 'firstSeen' | 'lastSeen'
  >;
  userHidden: boolean;
}

/** Ids of the nodes and edges to show. */
export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Nodes pass the entity-type filter; edges pass the relation filters and join two shown nodes. A
 * node that had drawn edges but lost all of them to the filters is hidden too (it would stand
 * alone, unlike anything the server returns for the same view), unless it is focused.
 */
export function visibleUnderFilters(
  nodes: readonly FilterNode[],
  edges: readonly FilterEdge[],
  f: ViewFilters,
): VisibleSet {
  const candidate = new Set(
    nodes.filter((n) => !n.userHidden && nodePasses(n.data, f)).map((n) => n.data.id),
  );
  const present = new Set(nodes.filter((n) => !n.userHidden).map((n) => n.data.id));
  const shownEdges = new Set<string>();
  const hasShownEdge = new Set<string>();
  const hadEdge = new Set<string>();
  for (const e of edges) {
    if (e.userHidden) continue;
    const { source, target } = e.data;
    if (present.has(source) && present.has(target)) {
      hadEdge.add(source);
      hadEdge.add(target);
    }
    if (candidate.has(source) && candidate.has(target) && edgePasses(e.data, f)) {
      shownEdges.add(e.data.id);
      hasShownEdge.add(source);
      hasShownEdge.add(target);
    }
  }
  const shownNodes = new Set(
    nodes
      .filter((n) => candidate.has(n.data.id))
      .filter((n) => n.focus || hasShownEdge.has(n.data.id) || !hadEdge.has(n.data.id))
      .map((n) => n.data.id),
  );
  return { nodes: shownNodes, edges: shownEdges };
}

/** The status line's count of what is shown. */
export function shownCountLine(nodes: number, edges: number, focused: boolean): string {
  const what = `${nodes} ${nodes === 1 ? 'entity' : 'entities'} and ${edges} ${edges === 1 ? 'relation' : 'relations'}`;
  return focused
    ? `${what} around the focused entities.`
    : `Overview: ${what} among the most-mentioned entities. Search or double-click to explore.`;
}
