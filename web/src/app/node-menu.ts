// The right-click menu of a node.
import { RELATION_TYPES, RELATION_TYPE_LABELS } from '../../../schema/ontology.js';
import type { GraphView } from '../graph/graph-view.js';
import type { MenuItem } from '../ui/context-menu.js';
import type { GraphEdits } from './graph-edits.js';

/** The actions the menu offers besides the edits. */
export interface NodeMenuActions {
  focusEntity(id: string): void;
  selectNode(id: string): void;
  setPathEnd(which: 'from' | 'to', id: string, name: string): void;
}

/** The menu items for node `id`. */
export function nodeMenuItems(
  id: string,
  graph: GraphView,
  edits: GraphEdits,
  actions: NodeMenuActions,
): MenuItem[] {
  const node = graph.cy.getElementById(id);
  const name = String(node.data('label') ?? id);
  return [
    { label: `Expand ${name}`, action: () => void edits.expand(id, []) },
    {
      label: 'Expand by relation',
      items: RELATION_TYPES.map((t) => ({
        label: RELATION_TYPE_LABELS[t],
        action: () => void edits.expand(id, [t]),
      })),
    },
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
