// Type definitions for @neo4j/graphql over the bench graph (:Entity nodes, typed relations, Articles).
import { RELATION_TYPES, type RelationType } from '../../../schema/ontology.js';

/** `SUBSIDIARY_OF` → `SubsidiaryOf`. */
function pascal(type: RelationType): string {
  return type
    .toLowerCase()
    .split('_')
    .map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`)
    .join('');
}

/** The peer's field for relations of `type` leaving (`out`) or entering (`in`) an entity. */
export function relationField(type: RelationType, dir: 'out' | 'in'): string {
  return `${dir}${pascal(type)}`;
}

const relationFields = RELATION_TYPES.flatMap((t) =>
  (['out', 'in'] as const).map(
    (dir) =>
      `  ${relationField(t, dir)}: [Entity!]! @relationship(type: "${t}", direction: ${dir === 'out' ? 'OUT' : 'IN'}, properties: "RelationProps")`,
  ),
).join('\n');

/**
 * The peer schema. The full-text query uses the project's own index (`entity_search`); every
 * relation type is one field per direction, its aggregates are relationship properties.
 */
export const PEER_TYPE_DEFS = `
type Entity
  @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "aliasesText"] }]) {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]!
  aliasesText: String
  mentionCount: Int!
  articleCount: Int!
  firstSeen: String
  lastSeen: String
${relationFields}
  mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
}

type RelationProps @relationshipProperties {
  claims: Int
  articles: Int
  confidence: Float
  firstSeen: String
  lastSeen: String
  role: String
}

type Article @node {
  id: ID!
  title: String
  url: String
  source: String
  publishedAt: String
}
`;
