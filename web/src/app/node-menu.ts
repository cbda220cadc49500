// The right-click menu of a node.
import {
  RELATION_TYPES,
  RELATION_TYPE_LABELS,
  isRelationType,
  type RelationType,
} from '../../../schema/ontology.js';
import type { Gql } from '../api/client.js';
import { RelationTypeCountsDocument } from '../api/generated/operations.js';
import type { GraphView } from '../graph/graph-view.js';
import type { MenuItem } from '../ui/context-menu.js';
import type { GraphEdits } from './graph-edits.js';

/** The actions the menu offers besides the edits. */
export interface NodeMenuActions {
  focusEntity(id: string): void;
  selectNode(id: string): void;
  setPathEnd(which: 'from' | 'to', id: string, name: string): void;
}

/** A relation type of the node and how many relations of it the node has. */
export interface TypeCount {
  type: RelationType;
  count: number;
}

/** The node's relation counts per type (GraphQL `Entity.relationTypeCounts`); null if unavailable. */
export async function relationTypeCounts(gql: Gql, id: string): Promise<TypeCount[] | null> {
  try {
    const { entity } = await gql(RelationTypeCountsDocument, { id });
    if (!entity) return null;
    return entity.relationTypeCounts.flatMap((c) =>
      isRelationType(c.type) ? [{ type: c.type, count: c.count }] : [],
    );
  } catch {
    return null;
  }
}

function expandByType(id: string, edits: GraphEdits, counts: TypeCount[] | null): MenuItem {
  if (counts && counts.length === 0)
    return { label: 'Expand by relation: none', action: () => undefined };
  return {
    label: 'Expand by relation',
    items: counts
      ? counts.map(({ type, count }) => ({
          label: `${RELATION_TYPE_LABELS[type]} (${count})`,
          action: () => void edits.expand(id, [type]),
        }))
      : RELATION_TYPES.map((t) => ({
          label: RELATION_TYPE_LABELS[t],
          action: () => void edits.expand(id, [t]),
        })),
  };
}

/**
 * The menu items for node `id`; "Expand by relation" lists the types in `counts` with their
 * counts (every type when the counts could not be read).
 */
export function nodeMenuItems(
  id: string,
  graph: GraphView,
  edits: GraphEdits,
  actions: NodeMenuActions,
  counts: TypeCount[] | null = null,
): MenuItem[] {
  const node = graph.cy.getElementById(id);
  const name = String(node.data('label') ?? id);
  return [
    { label: `Expand ${name}`, action: () => void edits.expand(id, []) },
    expandByType(id, edits, counts),
    { label: 'Collapse (remove its leaf neighbours)', action: () => edits.collapse(id) },
    { label: 'Hide', action: () => graph.hide(id) },
    {
      label: node.hasClass('pinned') ? 'Unpin' : 'Pin in place',
      action: () => graph.togglePin(id),
    },
    { label: 'Focus on this entity', action: () => actions.focusEntity(id) },
    { label: 'Path from here…', action: () => actions.setPathEnd('from', id, name) },
    { label: 'Path to here…', action: () => actions.setPathEnd('to', id, name) },
    { label: 'Details', action: () => actions.selectNode(id) },
  ];
}
