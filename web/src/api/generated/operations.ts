/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * An article to load: its `text`, or only its `url` (the server fetches the page: HTML or plain
 * text, within the article size limit; private addresses are refused unless the operator allows
 * them). Either way `url` is kept as the article's provenance, and loading the same URL or the same
 * content again changes nothing.
 */
export type ArticleInput = {
  author?: string | null | undefined;
  /** Force the format (`text`, `markdown`, `html`); detected when absent. */
  format?: string | null | undefined;
  /** Force the language instead of detecting it. */
  language?: Language | null | undefined;
  publishedAt?: string | null | undefined;
  source?: string | null | undefined;
  /** Plain text, Markdown or HTML; leave out to fetch `url`. */
  text?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

/** Orders of the article library. */
export type ArticleSort =
  /** Most (non-rejected) claims first. */
  | 'CLAIMS'
  /** Most entities mentioned first. */
  | 'ENTITIES'
  /** Newest publication date first (undated last). */
  | 'NEWEST'
  | 'OLDEST'
  /** Title, A to Z. */
  | 'TITLE';

/** The kinds of curation the log records. */
export type CurationKind =
  | 'DELETE_ARTICLE'
  | 'MERGE_ENTITIES'
  | 'REJECT_CLAIM'
  | 'RESTORE_CLAIM'
  | 'UPDATE_ENTITY';

/** The kinds of entity in the ontology. */
export type EntityType =
  | 'Brand'
  | 'Company'
  | 'Organization'
  | 'Person'
  | 'Place'
  | 'Plant'
  | 'Technology'
  | 'Vehicle';

/** Filters shared by the graph queries and the timeline. Empty type lists mean all. */
export type GraphFilter = {
  entityTypes?: Array<EntityType> | null | undefined;
  minConfidence?: number | null | undefined;
  relationTypes?: Array<RelationType> | null | undefined;
  timeRange?: TimeRange | null | undefined;
};

export type Language =
  | 'en'
  | 'fr';

/** Where a location comes from. */
export type LocationSource =
  /** the coordinates of the entity's country in the domain reference (companies, organizations) */
  | 'COUNTRY'
  /** set by an analyst with updateEntity(location:) */
  | 'EDITED'
  /** the entity's own coordinates in the domain reference (plants, places) */
  | 'REFERENCE';

/** Filters on claim qualifiers for the graph queries. */
export type QualifierFilter = {
  /** Hide LEADS relations whose claims all state a former role. */
  currentLeadersOnly?: boolean | null | undefined;
  /** Hide relations whose claims all state a plan or possibility. */
  hidePossible?: boolean | null | undefined;
};

/** Whether a sentence states a fact, or only a plan or possibility ("plans to", "could"). */
export type QualifierModality =
  | 'ASSERTED'
  | 'POSSIBLE';

/** When a role holds, as the sentence puts it ("former CEO", "interim", "new"). */
export type QualifierTense =
  | 'CURRENT'
  | 'FORMER'
  | 'FUTURE'
  | 'INTERIM'
  | 'NEW';

/** The kinds of relation in the ontology, read subject → object. */
export type RelationType =
  /** brand → owner */
  | 'BRAND_OF'
  /** symmetric */
  | 'COMPETES_WITH'
  | 'INVESTS_IN'
  /** person → company or organization (role as a property) */
  | 'LEADS'
  /** → place */
  | 'LOCATED_IN'
  /** company → plant */
  | 'OPERATES'
  | 'OWNS_STAKE_IN'
  /** symmetric */
  | 'PARTNERS_WITH'
  /** plant → cluster, place → place, unit → group */
  | 'PART_OF'
  /** plant or company → vehicle */
  | 'PRODUCES'
  /** company → parent company */
  | 'SUBSIDIARY_OF'
  /** supplier → customer, plant or vehicle */
  | 'SUPPLIES';

export type SavedViewInput = {
  /** Replace this saved view; leave out to create a new one. */
  id?: string | null | undefined;
  /** 1 to 120 characters. */
  name: string;
  /** A JSON object, at most 64 KiB. */
  state: string;
};

export type TimePeriod =
  | 'MONTH'
  /** Weeks starting on Monday. */
  | 'WEEK';

/** An inclusive range of article publication dates (`YYYY-MM-DD`); either end may be open. */
export type TimeRange = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type EntityFieldsFragment = { id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null };

export type RelationFieldsFragment = { id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string }, target: { id: string }, qualifiers: { label: string | null, tense: QualifierTense, modality: QualifierModality } };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null }>, edges: Array<{ id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string }, target: { id: string }, qualifiers: { label: string | null, tense: QualifierTense, modality: QualifierModality } }> };

export type ArticleRefFragment = { id: string, title: string | null, url: string | null, source: string | null, publishedAt: string | null };

export type OverviewQueryVariables = Exact<{
  limit?: number | null | undefined;
  timeRange?: TimeRange | null | undefined;
  qualifiers?: QualifierFilter | null | undefined;
}>;


export type OverviewQuery = { overview: { truncated: boolean, nodes: Array<{ id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null }>, edges: Array<{ id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string }, target: { id: string }, qualifiers: { label: string | null, tense: QualifierTense, modality: QualifierModality } }> } };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string> | string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  entityTypes?: Array<EntityType> | EntityType | null | undefined;
  minConfidence?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  timeRange?: TimeRange | null | undefined;
  qualifiers?: QualifierFilter | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null }>, edges: Array<{ id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string }, target: { id: string }, qualifiers: { label: string | null, tense: QualifierTense, modality: QualifierModality } }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null }>, edges: Array<{ id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string }, target: { id: string }, qualifiers: { label: string | null, tense: QualifierTense, modality: QualifierModality } }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, entity: { id: string, name: string, type: EntityType, mentionCount: number } }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { entities: number, relations: number, articles: number, claims: number } };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { entity: { id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, relations: Array<{ id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string, name: string, type: EntityType }, target: { id: string, name: string, type: EntityType } }>, articles: Array<{ id: string, title: string | null, url: string | null, source: string | null, publishedAt: string | null }>, location: { lat: number, lon: number, source: LocationSource } | null } | null };

export type RelationQueryVariables = Exact<{
  id: string;
}>;


export type RelationQuery = { relation: { id: string, type: RelationType, confidence: number, claimCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, role: string | null, source: { id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null }, target: { id: string, name: string, type: EntityType, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, location: { lat: number, lon: number, source: LocationSource } | null }, qualifiers: { role: string | null, tense: QualifierTense, modality: QualifierModality, amount: string | null, label: string | null }, evidence: Array<{ id: string, sentence: string, confidence: number, method: string, start: number | null, end: number | null, qualifiers: { role: string | null, tense: QualifierTense, modality: QualifierModality, amount: string | null, label: string | null }, article: { id: string, title: string | null, url: string | null, source: string | null, publishedAt: string | null } }> } | null };

export type ArticleQueryVariables = Exact<{
  id: string;
}>;


export type ArticleQuery = { article: { author: string | null, language: string, text: string, id: string, title: string | null, url: string | null, source: string | null, publishedAt: string | null, entities: Array<{ count: number, entity: { id: string, name: string, type: EntityType, aliases: Array<string> } }>, claims: Array<{ id: string, type: RelationType, sentence: string, confidence: number, start: number | null, end: number | null, rejected: boolean, subject: { id: string, name: string }, object: { id: string, name: string } }> } | null };

export type IngestResultFieldsFragment = { created: boolean, dryRun: boolean, warnings: Array<string>, article: { id: string, title: string | null, language: string, publishedAt: string | null }, entities: Array<{ id: string, name: string, type: EntityType, articleCount: number }>, relations: Array<{ type: RelationType, confidence: number, sentence: string, source: { id: string, name: string }, target: { id: string, name: string } }> };

export type IngestMutationVariables = Exact<{
  input: ArticleInput;
  dryRun?: boolean | null | undefined;
}>;


export type IngestMutation = { ingestArticle: { created: boolean, dryRun: boolean, warnings: Array<string>, article: { id: string, title: string | null, language: string, publishedAt: string | null }, entities: Array<{ id: string, name: string, type: EntityType, articleCount: number }>, relations: Array<{ type: RelationType, confidence: number, sentence: string, source: { id: string, name: string }, target: { id: string, name: string } }> } };

export type IngestByLinkMutationVariables = Exact<{
  url: string;
  dryRun?: boolean | null | undefined;
}>;


export type IngestByLinkMutation = { ingestArticle: { created: boolean, dryRun: boolean, warnings: Array<string>, article: { id: string, title: string | null, language: string, publishedAt: string | null }, entities: Array<{ id: string, name: string, type: EntityType, articleCount: number }>, relations: Array<{ type: RelationType, confidence: number, sentence: string, source: { id: string, name: string }, target: { id: string, name: string } }> } };

export type MergeMutationVariables = Exact<{
  keep: string;
  merge: Array<string> | string;
}>;


export type MergeMutation = { mergeEntities: { merged: Array<string>, relationsMoved: number, entity: { id: string, name: string } } };

export type UpdateEntityMutationVariables = Exact<{
  id: string;
  aliases?: Array<string> | string | null | undefined;
}>;


export type UpdateEntityMutation = { updateEntity: { id: string, aliases: Array<string> } };

export type RejectClaimMutationVariables = Exact<{
  id: string;
}>;


export type RejectClaimMutation = { rejectClaim: { id: string, rejected: boolean } };

export type FeedPollFieldsFragment = { at: string, newCount: number, unchangedCount: number, refusedCount: number, error: string | null };

export type FeedFieldsFragment = { url: string, title: string | null, lastPolledAt: string | null, articleCount: number, lastPoll: { at: string, newCount: number, unchangedCount: number, refusedCount: number, error: string | null } | null };

export type FeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedsQuery = { feeds: Array<{ url: string, title: string | null, lastPolledAt: string | null, articleCount: number, lastPoll: { at: string, newCount: number, unchangedCount: number, refusedCount: number, error: string | null } | null }> };

export type AddFeedMutationVariables = Exact<{
  url: string;
}>;


export type AddFeedMutation = { addFeed: { url: string, title: string | null, lastPolledAt: string | null, articleCount: number, lastPoll: { at: string, newCount: number, unchangedCount: number, refusedCount: number, error: string | null } | null } };

export type RemoveFeedMutationVariables = Exact<{
  url: string;
}>;


export type RemoveFeedMutation = { removeFeed: boolean };

export type PollFeedsMutationVariables = Exact<{ [key: string]: never; }>;


export type PollFeedsMutation = { pollFeeds: Array<{ feed: { url: string, title: string | null, lastPolledAt: string | null, articleCount: number, lastPoll: { at: string, newCount: number, unchangedCount: number, refusedCount: number, error: string | null } | null }, poll: { at: string, newCount: number, unchangedCount: number, refusedCount: number, error: string | null } }> };

export type IngestManyMutationVariables = Exact<{
  inputs: Array<ArticleInput> | ArticleInput;
  dryRun?: boolean | null | undefined;
}>;


export type IngestManyMutation = { ingestArticles: Array<{ index: number, result: { created: boolean, dryRun: boolean, warnings: Array<string>, article: { id: string, title: string | null, language: string, publishedAt: string | null }, entities: Array<{ id: string, name: string, type: EntityType, articleCount: number }>, relations: Array<{ type: RelationType, confidence: number, sentence: string, source: { id: string, name: string }, target: { id: string, name: string } }> } | null, error: { code: string, message: string } | null }> };

export type TimelineQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  ids?: Array<string> | string | null | undefined;
  period?: TimePeriod | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ start: string, claimCount: number, articleCount: number }> };

export type SavedViewFieldsFragment = { id: string, name: string, state: string, createdAt: string, updatedAt: string };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ id: string, name: string, state: string, createdAt: string, updatedAt: string }> };

export type SavedViewQueryVariables = Exact<{
  id: string;
}>;


export type SavedViewQuery = { savedView: { id: string, name: string, state: string, createdAt: string, updatedAt: string } | null };

export type SaveViewMutationVariables = Exact<{
  input: SavedViewInput;
}>;


export type SaveViewMutation = { saveView: { id: string, name: string, state: string, createdAt: string, updatedAt: string } };

export type DeleteSavedViewMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSavedViewMutation = { deleteSavedView: boolean };

export type ArticleLibraryQueryVariables = Exact<{
  text?: string | null | undefined;
  sort?: ArticleSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticleLibraryQuery = { articleLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, items: Array<{ entityCount: number, claimCount: number, rejectedClaimCount: number, article: { language: string, id: string, title: string | null, url: string | null, source: string | null, publishedAt: string | null } }> } };

export type DeleteArticleMutationVariables = Exact<{
  id: string;
}>;


export type DeleteArticleMutation = { deleteArticle: { id: string, deleted: boolean, relationsRemoved: number, relationsUpdated: number } };

export type CurationLogQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CurationLogQuery = { curationEvents: { totalCount: number, nodes: Array<{ id: string, kind: CurationKind, actor: string, at: string, summary: string, targets: Array<string>, revertedAt: string | null, revertedBy: string | null }> }, rejectedClaims: { totalCount: number, nodes: Array<{ rejectedAt: string | null, rejectedReason: string | null, claim: { id: string, type: RelationType, sentence: string, subject: { id: string, name: string }, object: { id: string, name: string }, article: { id: string, title: string | null } } }> } };

export type RevertCurationMutationVariables = Exact<{
  id: string;
}>;


export type RevertCurationMutation = { revertCuration: { id: string, revertedAt: string | null, revertedBy: string | null } };

export type RestoreClaimMutationVariables = Exact<{
  id: string;
}>;


export type RestoreClaimMutation = { restoreClaim: { id: string, rejected: boolean } };

export type RelationTypeCountsQueryVariables = Exact<{
  id: string;
}>;


export type RelationTypeCountsQuery = { entity: { id: string, relationTypeCounts: Array<{ type: string, count: number }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
    `, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const RelationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationFields on Relation {
  id
  type
  source {
    id
  }
  target {
    id
  }
  confidence
  claimCount
  articleCount
  firstSeen
  lastSeen
  role
  qualifiers {
    label
    tense
    modality
  }
}
    `, {"fragmentName":"RelationFields"}) as unknown as TypedDocumentString<RelationFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    ...EntityFields
  }
  edges {
    ...RelationFields
  }
  truncated
}
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
fragment RelationFields on Relation {
  id
  type
  source {
    id
  }
  target {
    id
  }
  confidence
  claimCount
  articleCount
  firstSeen
  lastSeen
  role
  qualifiers {
    label
    tense
    modality
  }
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const ArticleRefFragmentDoc = new TypedDocumentString(`
    fragment ArticleRef on Article {
  id
  title
  url
  source
  publishedAt
}
    `, {"fragmentName":"ArticleRef"}) as unknown as TypedDocumentString<ArticleRefFragment, unknown>;
export const IngestResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment IngestResultFields on IngestResult {
  created
  dryRun
  warnings
  article {
    id
    title
    language
    publishedAt
  }
  entities {
    id
    name
    type
    articleCount
  }
  relations {
    type
    confidence
    sentence
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
}
    `, {"fragmentName":"IngestResultFields"}) as unknown as TypedDocumentString<IngestResultFieldsFragment, unknown>;
export const FeedPollFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedPollFields on FeedPoll {
  at
  newCount
  unchangedCount
  refusedCount
  error
}
    `, {"fragmentName":"FeedPollFields"}) as unknown as TypedDocumentString<FeedPollFieldsFragment, unknown>;
export const FeedFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedFields on Feed {
  url
  title
  lastPolledAt
  articleCount
  lastPoll {
    ...FeedPollFields
  }
}
    fragment FeedPollFields on FeedPoll {
  at
  newCount
  unchangedCount
  refusedCount
  error
}`, {"fragmentName":"FeedFields"}) as unknown as TypedDocumentString<FeedFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedViewFields on SavedView {
  id
  name
  state
  createdAt
  updatedAt
}
    `, {"fragmentName":"SavedViewFields"}) as unknown as TypedDocumentString<SavedViewFieldsFragment, unknown>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($limit: Int, $timeRange: TimeRange, $qualifiers: QualifierFilter) {
  overview(limit: $limit, timeRange: $timeRange, qualifiers: $qualifiers) {
    ...SubgraphFields
  }
}
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
fragment RelationFields on Relation {
  id
  type
  source {
    id
  }
  target {
    id
  }
  confidence
  claimCount
  articleCount
  firstSeen
  lastSeen
  role
  qualifiers {
    label
    tense
    modality
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...EntityFields
  }
  edges {
    ...RelationFields
  }
  truncated
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!], $entityTypes: [EntityType!], $minConfidence: Float, $since: String, $until: String, $timeRange: TimeRange, $qualifiers: QualifierFilter) {
  neighborhood(
    ids: $ids
    depth: $depth
    limit: $limit
    relationTypes: $relationTypes
    entityTypes: $entityTypes
    minConfidence: $minConfidence
    since: $since
    until: $until
    timeRange: $timeRange
    qualifiers: $qualifiers
  ) {
    ...SubgraphFields
  }
}
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
fragment RelationFields on Relation {
  id
  type
  source {
    id
  }
  target {
    id
  }
  confidence
  claimCount
  articleCount
  firstSeen
  lastSeen
  role
  qualifiers {
    label
    tense
    modality
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...EntityFields
  }
  edges {
    ...RelationFields
  }
  truncated
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 5) {
    length
    nodes {
      ...EntityFields
    }
    edges {
      ...RelationFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
fragment RelationFields on Relation {
  id
  type
  source {
    id
  }
  target {
    id
  }
  confidence
  claimCount
  articleCount
  firstSeen
  lastSeen
  role
  qualifiers {
    label
    tense
    modality
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    score
    matched
    entity {
      id
      name
      type
      mentionCount
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    entities
    relations
    articles
    claims
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    ...EntityFields
    relations(first: 200) {
      id
      type
      confidence
      claimCount
      articleCount
      firstSeen
      lastSeen
      role
      source {
        id
        name
        type
      }
      target {
        id
        name
        type
      }
    }
    articles(first: 20) {
      ...ArticleRef
    }
  }
}
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
fragment ArticleRef on Article {
  id
  title
  url
  source
  publishedAt
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const RelationDocument = new TypedDocumentString(`
    query Relation($id: ID!) {
  relation(id: $id) {
    id
    type
    confidence
    claimCount
    articleCount
    firstSeen
    lastSeen
    role
    source {
      ...EntityFields
    }
    target {
      ...EntityFields
    }
    qualifiers {
      role
      tense
      modality
      amount
      label
    }
    evidence(first: 50) {
      id
      sentence
      confidence
      method
      qualifiers {
        role
        tense
        modality
        amount
        label
      }
      start
      end
      article {
        ...ArticleRef
      }
    }
  }
}
    fragment EntityFields on Entity {
  id
  name
  type
  aliases
  mentionCount
  articleCount
  firstSeen
  lastSeen
  location {
    lat
    lon
    source
  }
}
fragment ArticleRef on Article {
  id
  title
  url
  source
  publishedAt
}`) as unknown as TypedDocumentString<RelationQuery, RelationQueryVariables>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($id: ID!) {
  article(id: $id) {
    ...ArticleRef
    author
    language
    text
    entities {
      count
      entity {
        id
        name
        type
        aliases
      }
    }
    claims {
      id
      type
      sentence
      confidence
      start
      end
      rejected
      subject {
        id
        name
      }
      object {
        id
        name
      }
    }
  }
}
    fragment ArticleRef on Article {
  id
  title
  url
  source
  publishedAt
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    ...IngestResultFields
  }
}
    fragment IngestResultFields on IngestResult {
  created
  dryRun
  warnings
  article {
    id
    title
    language
    publishedAt
  }
  entities {
    id
    name
    type
    articleCount
  }
  relations {
    type
    confidence
    sentence
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;
export const IngestByLinkDocument = new TypedDocumentString(`
    mutation IngestByLink($url: String!, $dryRun: Boolean) {
  ingestArticle(input: {url: $url}, dryRun: $dryRun) {
    ...IngestResultFields
  }
}
    fragment IngestResultFields on IngestResult {
  created
  dryRun
  warnings
  article {
    id
    title
    language
    publishedAt
  }
  entities {
    id
    name
    type
    articleCount
  }
  relations {
    type
    confidence
    sentence
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<IngestByLinkMutation, IngestByLinkMutationVariables>;
export const MergeDocument = new TypedDocumentString(`
    mutation Merge($keep: ID!, $merge: [ID!]!) {
  mergeEntities(keep: $keep, merge: $merge) {
    merged
    relationsMoved
    entity {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MergeMutation, MergeMutationVariables>;
export const UpdateEntityDocument = new TypedDocumentString(`
    mutation UpdateEntity($id: ID!, $aliases: [String!]) {
  updateEntity(id: $id, aliases: $aliases) {
    id
    aliases
  }
}
    `) as unknown as TypedDocumentString<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const RejectClaimDocument = new TypedDocumentString(`
    mutation RejectClaim($id: ID!) {
  rejectClaim(id: $id) {
    id
    rejected
  }
}
    `) as unknown as TypedDocumentString<RejectClaimMutation, RejectClaimMutationVariables>;
export const FeedsDocument = new TypedDocumentString(`
    query Feeds {
  feeds {
    ...FeedFields
  }
}
    fragment FeedPollFields on FeedPoll {
  at
  newCount
  unchangedCount
  refusedCount
  error
}
fragment FeedFields on Feed {
  url
  title
  lastPolledAt
  articleCount
  lastPoll {
    ...FeedPollFields
  }
}`) as unknown as TypedDocumentString<FeedsQuery, FeedsQueryVariables>;
export const AddFeedDocument = new TypedDocumentString(`
    mutation AddFeed($url: String!) {
  addFeed(url: $url) {
    ...FeedFields
  }
}
    fragment FeedPollFields on FeedPoll {
  at
  newCount
  unchangedCount
  refusedCount
  error
}
fragment FeedFields on Feed {
  url
  title
  lastPolledAt
  articleCount
  lastPoll {
    ...FeedPollFields
  }
}`) as unknown as TypedDocumentString<AddFeedMutation, AddFeedMutationVariables>;
export const RemoveFeedDocument = new TypedDocumentString(`
    mutation RemoveFeed($url: String!) {
  removeFeed(url: $url)
}
    `) as unknown as TypedDocumentString<RemoveFeedMutation, RemoveFeedMutationVariables>;
export const PollFeedsDocument = new TypedDocumentString(`
    mutation PollFeeds {
  pollFeeds {
    feed {
      ...FeedFields
    }
    poll {
      ...FeedPollFields
    }
  }
}
    fragment FeedPollFields on FeedPoll {
  at
  newCount
  unchangedCount
  refusedCount
  error
}
fragment FeedFields on Feed {
  url
  title
  lastPolledAt
  articleCount
  lastPoll {
    ...FeedPollFields
  }
}`) as unknown as TypedDocumentString<PollFeedsMutation, PollFeedsMutationVariables>;
export const IngestManyDocument = new TypedDocumentString(`
    mutation IngestMany($inputs: [ArticleInput!]!, $dryRun: Boolean) {
  ingestArticles(inputs: $inputs, dryRun: $dryRun) {
    index
    result {
      ...IngestResultFields
    }
    error {
      code
      message
    }
  }
}
    fragment IngestResultFields on IngestResult {
  created
  dryRun
  warnings
  article {
    id
    title
    language
    publishedAt
  }
  entities {
    id
    name
    type
    articleCount
  }
  relations {
    type
    confidence
    sentence
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<IngestManyMutation, IngestManyMutationVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($filter: GraphFilter, $ids: [ID!], $period: TimePeriod) {
  timeline(filter: $filter, ids: $ids, period: $period) {
    start
    claimCount
    articleCount
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const SavedViewsDocument = new TypedDocumentString(`
    query SavedViews {
  savedViews {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  state
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SavedViewsQuery, SavedViewsQueryVariables>;
export const SavedViewDocument = new TypedDocumentString(`
    query SavedView($id: ID!) {
  savedView(id: $id) {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  state
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SavedViewQuery, SavedViewQueryVariables>;
export const SaveViewDocument = new TypedDocumentString(`
    mutation SaveView($input: SavedViewInput!) {
  saveView(input: $input) {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  state
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SaveViewMutation, SaveViewMutationVariables>;
export const DeleteSavedViewDocument = new TypedDocumentString(`
    mutation DeleteSavedView($id: ID!) {
  deleteSavedView(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const ArticleLibraryDocument = new TypedDocumentString(`
    query ArticleLibrary($text: String, $sort: ArticleSort, $first: Int, $after: String) {
  articleLibrary(text: $text, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    items {
      article {
        ...ArticleRef
        language
      }
      entityCount
      claimCount
      rejectedClaimCount
    }
  }
}
    fragment ArticleRef on Article {
  id
  title
  url
  source
  publishedAt
}`) as unknown as TypedDocumentString<ArticleLibraryQuery, ArticleLibraryQueryVariables>;
export const DeleteArticleDocument = new TypedDocumentString(`
    mutation DeleteArticle($id: ID!) {
  deleteArticle(id: $id) {
    id
    deleted
    relationsRemoved
    relationsUpdated
  }
}
    `) as unknown as TypedDocumentString<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const CurationLogDocument = new TypedDocumentString(`
    query CurationLog($first: Int) {
  curationEvents(first: $first) {
    totalCount
    nodes {
      id
      kind
      actor
      at
      summary
      targets
      revertedAt
      revertedBy
    }
  }
  rejectedClaims(first: $first) {
    totalCount
    nodes {
      rejectedAt
      rejectedReason
      claim {
        id
        type
        sentence
        subject {
          id
          name
        }
        object {
          id
          name
        }
        article {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurationLogQuery, CurationLogQueryVariables>;
export const RevertCurationDocument = new TypedDocumentString(`
    mutation RevertCuration($id: ID!) {
  revertCuration(id: $id) {
    id
    revertedAt
    revertedBy
  }
}
    `) as unknown as TypedDocumentString<RevertCurationMutation, RevertCurationMutationVariables>;
export const RestoreClaimDocument = new TypedDocumentString(`
    mutation RestoreClaim($id: ID!) {
  restoreClaim(id: $id) {
    id
    rejected
  }
}
    `) as unknown as TypedDocumentString<RestoreClaimMutation, RestoreClaimMutationVariables>;
export const RelationTypeCountsDocument = new TypedDocumentString(`
    query RelationTypeCounts($id: ID!) {
  entity(id: $id) {
    id
    relationTypeCounts {
      type
      count
    }
  }
}
    `) as unknown as TypedDocumentString<RelationTypeCountsQuery, RelationTypeCountsQueryVariables>;