// GraphQL documents the web app sends; one place so "copy as GraphQL" and the client agree.

export const ENTITY_FIELDS = `fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
}`;

export const RELATION_FIELDS = `fragment RelationFields on Relation {
  id
  type
  source { id }
  target { id }
  confidence
  claimCount
  articleCount
  firstSeen
  lastSeen
  role
}`;

const SUBGRAPH = `nodes { ...EntityFields }
    edges { ...RelationFields }
    truncated`;

const FRAGMENTS = `${ENTITY_FIELDS}\n\n${RELATION_FIELDS}`;

export const OVERVIEW_QUERY = `query Overview($limit: Int) {
  overview(limit: $limit) {
    ${SUBGRAPH}
  }
}

${FRAGMENTS}`;

export const NEIGHBORHOOD_QUERY = `query Neighborhood(
  $ids: [ID!]!
  $depth: Int
  $limit: Int
  $relationTypes: [RelationType!]
  $entityTypes: [EntityType!]
  $minConfidence: Float
  $since: String
  $until: String
) {
  neighborhood(
    ids: $ids
    depth: $depth
    limit: $limit
    relationTypes: $relationTypes
    entityTypes: $entityTypes
    minConfidence: $minConfidence
    since: $since
    until: $until
  ) {
    ${SUBGRAPH}
  }
}

${FRAGMENTS}`;

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 5) {
    length
    nodes { ...EntityFields }
    edges { ...RelationFields }
  }
}

${FRAGMENTS}`;

export const SEARCH_QUERY = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    score
    matched
    entity { id name type mentionCount }
  }
}`;

export const STATS_QUERY = `query Stats { stats { entities relations articles claims } }`;

const ARTICLE_REF = `id title url source publishedAt`;

export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    ...EntityFields
    relations(first: 200) {
      id type confidence claimCount articleCount firstSeen lastSeen role
      source { id name type }
      target { id name type }
    }
    articles(first: 20) { ${ARTICLE_REF} }
  }
}

${ENTITY_FIELDS}`;

export const RELATION_QUERY = `query Relation($id: ID!) {
  relation(id: $id) {
    id type confidence claimCount articleCount firstSeen lastSeen role
    source { ...EntityFields }
    target { ...EntityFields }
    evidence(first: 50) {
      id sentence confidence method start end
      article { ${ARTICLE_REF} }
    }
  }
}

${ENTITY_FIELDS}`;

export const ARTICLE_QUERY = `query Article($id: ID!) {
  article(id: $id) {
    ${ARTICLE_REF} author language text
    entities { count entity { id name type aliases } }
    claims { id type sentence confidence start end rejected subject { id name } object { id name } }
  }
}`;

export const INGEST_MUTATION = `mutation Ingest($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    created dryRun warnings
    article { id title language publishedAt }
    entities { id name type }
    relations { type confidence sentence source { id name } target { id name } }
  }
}`;

export const MERGE_MUTATION = `mutation Merge($keep: ID!, $merge: [ID!]!) {
  mergeEntities(keep: $keep, merge: $merge) { merged relationsMoved entity { id name } }
}`;

export const UPDATE_ENTITY_MUTATION = `mutation UpdateEntity($id: ID!, $aliases: [String!]) {
  updateEntity(id: $id, aliases: $aliases) { id aliases }
}`;

export const REJECT_CLAIM_MUTATION = `mutation RejectClaim($id: ID!) {
  rejectClaim(id: $id) { id rejected }
}`;

export const EXPORT_QUERY = `query Export($ids: [ID!], $depth: Int) {
  export(ids: $ids, depth: $depth, format: JSON) { filename mimeType content }
}`;
