// The ontology: the one whitelist of entity labels and relationship types used everywhere.

/** Entity types; each is also a Neo4j label next to `Entity`. */
export const ENTITY_TYPES = [
  'Company',
  'Brand',
  'Person',
  'Plant',
  'Place',
  'Vehicle',
  'Technology',
  'Organization',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation types, subject → object; each is also a Neo4j relationship type. */
export const RELATION_TYPES = [
  'SUBSIDIARY_OF',
  'OWNS_STAKE_IN',
  'INVESTS_IN',
  'BRAND_OF',
  'LEADS',
  'OPERATES',
  'PRODUCES',
  'SUPPLIES',
  'PARTNERS_WITH',
  'COMPETES_WITH',
  'LOCATED_IN',
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that hold both ways; stored once with the endpoints in id order. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set([
  'PARTNERS_WITH',
  'COMPETES_WITH',
]);

/** Human labels for the web legend and the `ontology` query. */
export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  Company: 'Company',
  Brand: 'Brand',
  Person: 'Person',
  Plant: 'Plant / factory',
  Place: 'Place',
  Vehicle: 'Vehicle model',
  Technology: 'Technology',
  Organization: 'Organization',
};

export const RELATION_TYPE_LABELS: Record<RelationType, string> = {
  SUBSIDIARY_OF: 'subsidiary of',
  OWNS_STAKE_IN: 'owns a stake in',
  INVESTS_IN: 'invests in',
  BRAND_OF: 'brand of',
  LEADS: 'leads',
  OPERATES: 'operates',
  PRODUCES: 'produces',
  SUPPLIES: 'supplies',
  PARTNERS_WITH: 'partners with',
  COMPETES_WITH: 'competes with',
  LOCATED_IN: 'located in',
  PART_OF: 'part of',
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
