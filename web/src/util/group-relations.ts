// Groups an entity's relations by type and direction for the details panel (pure).
import { RELATION_TYPE_LABELS, type RelationType } from '../../../schema/ontology.js';
import type { EntityDetail } from '../api/types.js';

type Rel = EntityDetail['relations'][number];

/** One line of the details panel: the other entity of a relation. */
export interface RelationLine {
  relation: Rel;
  other: { id: string; name: string; type: string };
  outgoing: boolean;
}

/** A group heading ("subsidiary of", "← subsidiary of") and its lines, strongest first. */
export interface RelationGroup {
  type: RelationType;
  heading: string;
  lines: RelationLine[];
}

/** Groups relations of `entityId` by type and direction, groups in ontology label order. */
export function groupRelations(entityId: string, relations: readonly Rel[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const r of relations) {
    const outgoing = r.source.id === entityId;
    const key = `${r.type}:${outgoing ? 'out' : 'in'}`;
    const label = RELATION_TYPE_LABELS[r.type] ?? r.type;
    let g = groups.get(key);
    if (!g) {
      g = { type: r.type, heading: outgoing ? label : `${label} (incoming)`, lines: [] };
      groups.set(key, g);
    }
    g.lines.push({ relation: r, other: outgoing ? r.target : r.source, outgoing });
  }
  const list = [...groups.values()];
  for (const g of list)
    g.lines.sort(
      (a, b) =>
        b.relation.articleCount - a.relation.articleCount ||
        b.relation.confidence - a.relation.confidence,
    );
  return list.sort((a, b) => a.heading.localeCompare(b.heading));
}
