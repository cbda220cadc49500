// Decides which drawn elements pass the view filters (pure; the view hides the rest).
import type { ViewFilters } from '../state/view-state.js';
import type { EdgeData, NodeData } from './elements.js';

/** True when the node's type passes the filter (empty list = all types). */
export function nodePasses(node: Pick<NodeData, 'type'>, f: ViewFilters): boolean {
  return f.entityTypes.length === 0 || (f.entityTypes as string[]).includes(node.type);
}

/** True when a relation passes type, confidence and date-range filters. */
export function edgePasses(
  edge: Pick<EdgeData, 'type' | 'confidence' | 'firstSeen' | 'lastSeen' | 'tense' | 'modality'>,
  f: ViewFilters,
): boolean {
  if (f.currentLeadersOnly && edge.type === 'LEADS' && edge.tense === 'FORMER') return false;
  if (f.hidePossible && edge.modality === 'POSSIBLE') return false;
  if (f.relationTypes.length && !(f.relationTypes as string[]).includes(edge.type)) return false;
  if (edge.confidence < f.minConfidence) return false;
  // "As of" a range: some supporting article falls inside it (approximated by first/last seen).
  if (f.until && edge.firstSeen && edge.firstSeen > f.until) return false;
  if (f.since && edge.lastSeen && edge.lastSeen < f.since) return false;
  return true;
}
