// One Cypher statement with its parameters, as the write planners return it; and the one string order.

/** A Cypher statement with its parameters (`name` labels it in profiles and logs). */
export interface CypherStatement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** Code-unit order of two strings (the order Neo4j sorts ids in): stable lock order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
