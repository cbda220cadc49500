// The example operations GraphiQL opens with (served offline at /graphql).

/** Default GraphiQL tab: search, one entity with relations and evidence, and the stats. */
export const GRAPHIQL_EXAMPLE = `# EV industry knowledge graph. Ctrl-Enter runs the selected operation.

query Search {
  search(text: "renault", limit: 5) { score matched entity { id name type mentionCount } }
}

query EntityWithEvidence {
  entity(id: "company:renault") {
    name type aliases mentionCount firstSeen lastSeen
    relations(first: 10, minConfidence: 0.5) {
      type confidence claimCount
      source { name } target { name }
      evidence(first: 2) { sentence method article { title publishedAt url } }
    }
  }
}

query Neighborhood {
  neighborhood(ids: ["company:renault"], depth: 2, limit: 50) {
    truncated nodes { id name type } edges { id type source { id } target { id } }
  }
}

query Paths {
  paths(from: "company:renault", to: "company:nissan", maxHops: 4) { length nodes { name } edges { type } }
}

query Stats {
  stats { entities relations articles claims entitiesByType { type count } }
}
`;
