// Maps API subgraphs to Cytoscape element definitions (pure data, sizes computed here).
import type { ElementDefinition } from 'cytoscape';
import { RELATION_TYPE_LABELS, SYMMETRIC_RELATIONS } from '../../../schema/ontology.js';
import type { EntityLite, RelationLite, Subgraph } from '../api/types.js';

/** Node diameter in px from a mention count: grows with log2, 24 to 90. */
export function nodeSize(mentions: number): number {
  return Math.round(Math.min(90, 24 + 9 * Math.log2(1 + Math.max(0, mentions))));
}

/** Edge width in px from the number of supporting articles: 1.5 to 10. */
export function edgeWidth(articles: number): number {
  return Math.round(Math.min(10, 1.5 + 2 * Math.log2(1 + Math.max(0, articles))) * 10) / 10;
}

/** Data carried by a node element. */
export interface NodeData {
  id: string;
  label: string;
  type: string;
  mentions: number;
  articles: number;
  size: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Map coordinates (null when the API knows none) and where they come from. */
  lat: number | null;
  lon: number | null;
  locationSource: string | null;
}

/** Data carried by an edge element. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  confidence: number;
  articles: number;
  claims: number;
  width: number;
  symmetric: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Claim qualifiers of the relation: short label, tense and modality (see Relation.qualifiers). */
  qualifier?: string | null;
  tense?: string;
  modality?: string;
}

/** One node element for an entity. */
export function nodeElement(e: EntityLite): ElementDefinition & { data: NodeData } {
  return {
    group: 'nodes',
    data: {
      id: e.id,
      label: e.name,
      type: e.type,
      mentions: e.mentionCount,
      articles: e.articleCount,
      size: nodeSize(e.mentionCount),
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      lat: e.location?.lat ?? null,
      lon: e.location?.lon ?? null,
      locationSource: e.location?.source ?? null,
    },
    classes: `entity t-${e.type}`,
  };
}

/** The edge label: the type, then the qualifiers ("former CEO", "planned/possible") or the role. */
function edgeLabel(base: string, r: RelationLite): string {
  const extra = r.qualifiers.label ?? r.role;
  return extra ? `${base} (${extra})` : base;
}

function qualifierClasses(r: RelationLite): string {
  return `${r.qualifiers.tense === 'FORMER' ? ' former' : ''}${r.qualifiers.modality === 'POSSIBLE' ? ' possible' : ''}`;
}

/** One edge element for a relation; the label shows the role for LEADS when known. */
export function edgeElement(r: RelationLite): ElementDefinition & { data: EdgeData } {
  const base = RELATION_TYPE_LABELS[r.type] ?? r.type;
  return {
    group: 'edges',
    data: {
      id: r.id,
      source: r.source.id,
      target: r.target.id,
      type: r.type,
      label: edgeLabel(base, r),
      confidence: r.confidence,
      articles: r.articleCount,
      claims: r.claimCount,
      width: edgeWidth(r.articleCount),
      symmetric: SYMMETRIC_RELATIONS.has(r.type),
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      qualifier: r.qualifiers.label,
      tense: r.qualifiers.tense,
      modality: r.qualifiers.modality,
    },
    classes: `relation r-${r.type}${SYMMETRIC_RELATIONS.has(r.type) ? ' symmetric' : ''}${qualifierClasses(r)}`,
  };
}

/** Elements for a subgraph: nodes first, de-duplicated, and only edges whose ends are present. */
export function subgraphElements(g: Pick<Subgraph, 'nodes' | 'edges'>): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const ids = new Set<string>();
  for (const n of g.nodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    out.push(nodeElement(n));
  }
  const edgeIds = new Set<string>();
  for (const r of g.edges) {
    if (edgeIds.has(r.id) || !ids.has(r.source.id) || !ids.has(r.target.id)) continue;
    edgeIds.add(r.id);
    out.push(edgeElement(r));
  }
  return out;
}

/** Only the elements whose id is not already in `existing` (for incremental additions). */
export function newElements(
  elements: ElementDefinition[],
  existing: ReadonlySet<string>,
): ElementDefinition[] {
  return elements.filter((e) => e.data.id !== undefined && !existing.has(e.data.id));
}
