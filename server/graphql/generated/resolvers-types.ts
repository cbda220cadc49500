import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationRecord, ClaimRecord } from '../../db/queries/models.js';
import type { ArticleModel, ArticleEntityModel, IngestResultModel, IngestedRelationModel, MergeResultModel, EntityConnectionModel, EntityEdgeModel, ArticleConnectionModel } from '../model-types.js';
import type { SearchHit } from '../../db/queries/entity-queries.js';
import type { SubgraphRecord } from '../../db/queries/subgraph-queries.js';
import type { PathRecord } from '../../db/queries/path-queries.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A loaded news article. */
export type Article = {
  __typename?: 'Article';
  author?: Maybe<Scalars['String']['output']>;
  claims: Array<Claim>;
  entities: Array<ArticleEntity>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['String']['output'];
  language: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** Full normalised text (plain text; render as text, never as HTML). */
  text: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An entity mentioned by an article, with how often. */
export type ArticleEntity = {
  __typename?: 'ArticleEntity';
  count: Scalars['Int']['output'];
  entity: Entity;
};

export type ArticleFilter = {
  language?: InputMaybe<Language>;
  /** Only articles mentioning all these entity ids. */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  since?: InputMaybe<Scalars['String']['input']>;
  /** Full-text search in title and text. */
  text?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An article to load: its `text`, or only its `url` (the server fetches the page: HTML or plain
 * text, within the article size limit; private addresses are refused unless the operator allows
 * them). Either way `url` is kept as the article's provenance, and loading the same URL or the same
 * content again changes nothing.
 */
export type ArticleInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  /** Force the format (`text`, `markdown`, `html`); detected when absent. */
  format?: InputMaybe<Scalars['String']['input']>;
  /** Force the language instead of detecting it. */
  language?: InputMaybe<Language>;
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Plain text, Markdown or HTML; leave out to fetch `url`. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One article of the library, with what was extracted from it. */
export type ArticleLibraryItem = {
  __typename?: 'ArticleLibraryItem';
  article: Article;
  /** Its claims that are not rejected. */
  claimCount: Scalars['Int']['output'];
  /** Entities it mentions. */
  entityCount: Scalars['Int']['output'];
  rejectedClaimCount: Scalars['Int']['output'];
};

export type ArticleLibraryPage = {
  __typename?: 'ArticleLibraryPage';
  items: Array<ArticleLibraryItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** One statement made by one sentence of one article. */
export type Claim = {
  __typename?: 'Claim';
  /** The article whose sentence states it. */
  article: Article;
  confidence: Scalars['Float']['output'];
  end?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  method: Scalars['String']['output'];
  object: Entity;
  /** Role, tense, modality and amount, as the sentence states them. */
  qualifiers: Qualifiers;
  rejected: Scalars['Boolean']['output'];
  sentence: Scalars['String']['output'];
  start?: Maybe<Scalars['Int']['output']>;
  subject: Entity;
  type: RelationType;
};

/**
 * One curation (merge, rejection, restore, edit, deletion) as logged, with what undoing it needs
 * kept server-side. `actor` is the API token's name (KG_API_TOKEN_NAME) for a request that presented
 * the token, `local` otherwise.
 */
export type CurationEvent = {
  __typename?: 'CurationEvent';
  actor: Scalars['String']['output'];
  /** ISO timestamp. */
  at: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CurationKind;
  revertedAt?: Maybe<Scalars['String']['output']>;
  revertedBy?: Maybe<Scalars['String']['output']>;
  /** What was done, in words. */
  summary: Scalars['String']['output'];
  /** Ids of what it touched (entity, claim or article ids). */
  targets: Array<Scalars['String']['output']>;
};

export type CurationEventPage = {
  __typename?: 'CurationEventPage';
  nodes: Array<CurationEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The kinds of curation the log records. */
export type CurationKind =
  | 'DELETE_ARTICLE'
  | 'MERGE_ENTITIES'
  | 'REJECT_CLAIM'
  | 'RESTORE_CLAIM'
  | 'UPDATE_ENTITY';

export type DeleteResult = {
  __typename?: 'DeleteResult';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Relationships removed because no other claim supported them. */
  relationsRemoved: Scalars['Int']['output'];
  /** Relationships kept with updated aggregates. */
  relationsUpdated: Scalars['Int']['output'];
};

/** Which relations of an entity to follow. */
export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** A real-world thing: company, brand, person, plant, place, vehicle, technology or organization. */
export type Entity = {
  __typename?: 'Entity';
  /** Every surface form seen in articles, plus known aliases. */
  aliases: Array<Scalars['String']['output']>;
  /** Number of articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles mentioning it, newest first. */
  articles: Array<Article>;
  /** Earliest and latest publication date of the articles that mention it. */
  firstSeen?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen?: Maybe<Scalars['String']['output']>;
  /** Where it is on a map: an analyst's edit, else the domain reference; null when neither knows. */
  location?: Maybe<Location>;
  /** Total mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /**
   * How many relations of each type it has (either direction; relations exist only while a
   * non-rejected claim supports them), most first; types it lacks are left out.
   */
  relationTypeCounts: Array<TypeCount>;
  /** Its relations, strongest first. */
  relations: Array<Relation>;
  type: EntityType;
};


/** A real-world thing: company, brand, person, plant, place, vehicle, technology or organization. */
export type EntityArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A real-world thing: company, brand, person, plant, place, vehicle, technology or organization. */
export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityFilter = {
  /** Case- and accent-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<EntitySort>;
  types?: InputMaybe<Array<EntityType>>;
};

export type EntitySearchHit = {
  __typename?: 'EntitySearchHit';
  entity: Entity;
  /** The name or alias that matched best. */
  matched?: Maybe<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

export type EntitySort =
  | 'MENTIONS'
  | 'NAME';

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

/** A sentence of an article that states a relation. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  confidence: Scalars['Float']['output'];
  end?: Maybe<Scalars['Int']['output']>;
  /** The claim id (use it with rejectClaim). */
  id: Scalars['ID']['output'];
  /** The rule or method that found it. */
  method: Scalars['String']['output'];
  /** Role, tense, modality and amount, as the sentence states them. */
  qualifiers: Qualifiers;
  sentence: Scalars['String']['output'];
  /** Character offsets of the sentence in the article text. */
  start?: Maybe<Scalars['Int']['output']>;
};

export type ExportFormat =
  | 'CSV'
  | 'GRAPHML'
  | 'JSON';

export type ExportResult = {
  __typename?: 'ExportResult';
  content: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  format: ExportFormat;
  mimeType: Scalars['String']['output'];
};

/** A subscribed RSS or Atom feed. */
export type Feed = {
  __typename?: 'Feed';
  addedAt: Scalars['String']['output'];
  /** Articles created from this feed so far. */
  articleCount: Scalars['Int']['output'];
  lastPoll?: Maybe<FeedPoll>;
  lastPolledAt?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type FeedItemStatus =
  /** Loaded by this poll. */
  | 'NEW'
  /** Could not be fetched or was not an article (see `code` and `reason`). */
  | 'REFUSED'
  /** Seen at an earlier poll, or its content or URL was already loaded. */
  | 'UNCHANGED';

/** What one poll of one feed did. */
export type FeedPoll = {
  __typename?: 'FeedPoll';
  at: Scalars['String']['output'];
  /** Set when the feed itself could not be fetched or parsed. */
  error?: Maybe<Scalars['String']['output']>;
  items: Array<FeedPollItem>;
  newCount: Scalars['Int']['output'];
  refusedCount: Scalars['Int']['output'];
  unchangedCount: Scalars['Int']['output'];
};

/** One feed entry in a poll. */
export type FeedPollItem = {
  __typename?: 'FeedPollItem';
  articleId?: Maybe<Scalars['ID']['output']>;
  /** The error code when refused (FETCH_FAILED, NOT_AN_ARTICLE, ARTICLE_TOO_LARGE, ...). */
  code?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: FeedItemStatus;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type FeedPollResult = {
  __typename?: 'FeedPollResult';
  feed: Feed;
  poll: FeedPoll;
};

/** Filters shared by the graph queries and the timeline. Empty type lists mean all. */
export type GraphFilter = {
  entityTypes?: InputMaybe<Array<EntityType>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  timeRange?: InputMaybe<TimeRange>;
};

/** One article of an `ingestArticles` call: its result, or the error that refused it (never both). */
export type IngestArticlesItem = {
  __typename?: 'IngestArticlesItem';
  error?: Maybe<IngestError>;
  /** Position of the article in `inputs`. */
  index: Scalars['Int']['output'];
  result?: Maybe<IngestResult>;
};

/**
 * Why one article of a batch was refused: a stable code (INVALID_ARTICLE, ARTICLE_TOO_LARGE,
 * UNSUPPORTED_LANGUAGE, INVALID_ARGUMENT, DATABASE_UNAVAILABLE; INTERNAL_SERVER_ERROR otherwise,
 * with a masked message) and a message safe to show.
 */
export type IngestError = {
  __typename?: 'IngestError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What ingesting one article did (or would do, in a dry run). */
export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** False when the same content was already loaded (nothing changed). */
  created: Scalars['Boolean']['output'];
  dryRun: Scalars['Boolean']['output'];
  entities: Array<Entity>;
  relations: Array<IngestedRelation>;
  warnings: Array<Scalars['String']['output']>;
};

/** A relation found in an ingested article, with its evidence. */
export type IngestedRelation = {
  __typename?: 'IngestedRelation';
  confidence: Scalars['Float']['output'];
  method: Scalars['String']['output'];
  sentence: Scalars['String']['output'];
  source: Entity;
  target: Entity;
  type: RelationType;
};

export type Language =
  | 'en'
  | 'fr';

/** A point on the map, in degrees (WGS84). */
export type Location = {
  __typename?: 'Location';
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  source: LocationSource;
};

/** Coordinates set by an analyst. */
export type LocationInput = {
  /** -90 to 90 */
  lat: Scalars['Float']['input'];
  /** -180 to 180 */
  lon: Scalars['Float']['input'];
};

/** Where a location comes from. */
export type LocationSource =
  /** the coordinates of the entity's country in the domain reference (companies, organizations) */
  | 'COUNTRY'
  /** set by an analyst with updateEntity(location:) */
  | 'EDITED'
  /** the entity's own coordinates in the domain reference (plants, places) */
  | 'REFERENCE';

export type MergeResult = {
  __typename?: 'MergeResult';
  entity: Entity;
  /** Ids that were merged into it. */
  merged: Array<Scalars['ID']['output']>;
  relationsMoved: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Subscribe to an RSS 2.0 or Atom feed (fetched and parsed first; adding it again changes nothing). */
  addFeed: Feed;
  /** Delete an article; its claims go and relationships are recomputed or removed. */
  deleteArticle: DeleteResult;
  /** Delete a saved view; false when there was none with this id. */
  deleteSavedView: Scalars['Boolean']['output'];
  /** Extract entities and relations from an article and store them (one transaction). */
  ingestArticle: IngestResult;
  /**
   * Extract and store several articles (at most 100), each in its own transaction: a refused
   * article never fails the others. One item per input, in order. An input with only `url` is
   * fetched, as in `ingestArticle`. The request body limit still applies to the whole call.
   */
  ingestArticles: Array<IngestArticlesItem>;
  /** Merge `merge` entities into `keep`: aliases, mentions and relationships move; logged. */
  mergeEntities: MergeResult;
  /**
   * Fetch every feed (or those at `urls`) and load the entries not seen at an earlier poll, in
   * bulk; each poll is recorded with what was new, unchanged and refused.
   */
  pollFeeds: Array<FeedPollResult>;
  /** Reject a wrong claim; the relationship it supported follows. */
  rejectClaim: Claim;
  /** Unsubscribe from a feed; the articles loaded from it stay. False when there was no such feed. */
  removeFeed: Scalars['Boolean']['output'];
  /** Restore a rejected claim; the relationship it supports comes back. Logged. */
  restoreClaim: Claim;
  /**
   * Undo a logged curation: a merge gives the merged entities back with their aliases, mentions and
   * claims; a rejection or restore puts the claim back as it was; an edit restores the old name,
   * aliases and type; a deletion restores the article with its claims. CURATION_CONFLICT when it was
   * already reverted or a later change prevents it (revert newer events first).
   */
  revertCuration: CurationEvent;
  /**
   * Save a view of the web explorer under a name (with `id`, replace that saved view). Refused
   * with INVALID_ARGUMENT (empty or too long name, state not a JSON object) or LIMIT_EXCEEDED
   * (state too large).
   */
  saveView: SavedView;
  /**
   * Rename, replace aliases, change type, or set the map location (`location: null` removes an
   * edited location, so the domain reference applies again).
   */
  updateEntity: Entity;
};


export type MutationAddFeedArgs = {
  url: Scalars['String']['input'];
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSavedViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ArticleInput;
};


export type MutationIngestArticlesArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<ArticleInput>;
};


export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Array<Scalars['ID']['input']>;
};


export type MutationPollFeedsArgs = {
  urls?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type MutationRejectClaimArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFeedArgs = {
  url: Scalars['String']['input'];
};


export type MutationRestoreClaimArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevertCurationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveViewArgs = {
  input: SavedViewInput;
};


export type MutationUpdateEntityArgs = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  location?: InputMaybe<LocationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EntityType>;
};

export type Ontology = {
  __typename?: 'Ontology';
  entityTypes: Array<OntologyType>;
  relationTypes: Array<OntologyType>;
};

export type OntologyType = {
  __typename?: 'OntologyType';
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One path between two entities. */
export type Path = {
  __typename?: 'Path';
  edges: Array<Relation>;
  length: Scalars['Int']['output'];
  nodes: Array<Entity>;
};

/** Filters on claim qualifiers for the graph queries. */
export type QualifierFilter = {
  /** Hide LEADS relations whose claims all state a former role. */
  currentLeadersOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hide relations whose claims all state a plan or possibility. */
  hidePossible?: InputMaybe<Scalars['Boolean']['input']>;
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

/** What a claim says beyond its two entities, read from what extraction stored. */
export type Qualifiers = {
  __typename?: 'Qualifiers';
  /** For stakes and investments: the one percentage or sum the sentence states ("20%", "€2 billion"). */
  amount?: Maybe<Scalars['String']['output']>;
  /** A short text for labels and badges ("former CEO", "20%, planned/possible"); null when nothing to say. */
  label?: Maybe<Scalars['String']['output']>;
  modality: QualifierModality;
  /** The title without tense words ("CEO", "chief executive"), for LEADS. */
  role?: Maybe<Scalars['String']['output']>;
  tense: QualifierTense;
};

export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  /**
   * The article library: articles with their entity and claim counts. `text` is a case-insensitive
   * substring of the title or source.
   */
  articleLibrary: ArticleLibraryPage;
  articles: ArticleConnection;
  /** One claim by id (rejected ones included). */
  claim?: Maybe<Claim>;
  /** The curation log, newest first. */
  curationEvents: CurationEventPage;
  entities: EntityConnection;
  entity?: Maybe<Entity>;
  /**
   * Export a neighbourhood (or the most-mentioned part of the graph when ids is empty, up to
   * `limit` entities) for Gephi / Cytoscape desktop: GRAPHML (nodes and edges with typed keys),
   * CSV (an edge list with node columns; isolated nodes as rows without target) or JSON.
   * The same is served over HTTP by `GET /export?ids=a,b&depth=1&format=graphml`.
   */
  export: ExportResult;
  /** The subscribed news feeds, with what their last poll found. */
  feeds: Array<Feed>;
  /** The entities around `ids` up to `depth` hops, with the relations between them. */
  neighborhood: Subgraph;
  ontology: Ontology;
  /**
   * The most-mentioned entities (optionally of some types) and the relations among them: a first
   * view. With `timeRange`, only relations stated by a claim of an article published in the range.
   */
  overview: Subgraph;
  /**
   * Shortest paths between two entities, ignoring direction (`maxHops` 1..6), optionally only over
   * some relation types or relations at least `minConfidence` strong.
   */
  paths: Array<Path>;
  /** Rejected claims, most recently rejected first (restore one with `restoreClaim`). */
  rejectedClaims: RejectedClaimPage;
  relation?: Maybe<Relation>;
  savedView?: Maybe<SavedView>;
  /** The saved views, most recently saved first. */
  savedViews: Array<SavedView>;
  /** Full-text search over names and aliases (accent- and case-insensitive, prefix-friendly). */
  search: Array<EntitySearchHit>;
  stats: Stats;
  /**
   * How many claims (and distinct articles stating them) were published per week or month, under
   * the same filters as the graph queries; with `ids`, only claims whose subject or object is one
   * of those entities. Claims of undated articles are not counted. Empty buckets between the first
   * and the last are included, oldest first.
   */
  timeline: Array<TimeBucket>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticleLibraryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ArticleSort>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCurationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  format?: InputMaybe<ExportFormat>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  entityTypes?: InputMaybe<Array<EntityType>>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  qualifiers?: InputMaybe<QualifierFilter>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  since?: InputMaybe<Scalars['String']['input']>;
  timeRange?: InputMaybe<TimeRange>;
  until?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverviewArgs = {
  entityTypes?: InputMaybe<Array<EntityType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  qualifiers?: InputMaybe<QualifierFilter>;
  timeRange?: InputMaybe<TimeRange>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


export type QueryRejectedClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryTimelineArgs = {
  filter?: InputMaybe<GraphFilter>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  period?: InputMaybe<TimePeriod>;
};

/** A rejected claim, with when and why (`merged-self-loop` when a merge made both ends one entity). */
export type RejectedClaim = {
  __typename?: 'RejectedClaim';
  claim: Claim;
  rejectedAt?: Maybe<Scalars['String']['output']>;
  rejectedReason?: Maybe<Scalars['String']['output']>;
};

export type RejectedClaimPage = {
  __typename?: 'RejectedClaimPage';
  nodes: Array<RejectedClaim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One typed relation between two entities, the aggregate of the claims that state it. */
export type Relation = {
  __typename?: 'Relation';
  articleCount: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  /** Highest confidence of its claims. */
  confidence: Scalars['Float']['output'];
  /** The sentences that state it, most confident first. */
  evidence: Array<Evidence>;
  firstSeen?: Maybe<Scalars['String']['output']>;
  /** Stable id: `TYPE:sourceId:targetId`. */
  id: Scalars['ID']['output'];
  lastSeen?: Maybe<Scalars['String']['output']>;
  /**
   * The qualifiers of its strongest-standing claim: asserted before possible, current before
   * former, then the most frequent role.
   */
  qualifiers: Qualifiers;
  /** A role or qualifier (e.g. the role for LEADS). */
  role?: Maybe<Scalars['String']['output']>;
  source: Entity;
  target: Entity;
  type: RelationType;
};


/** One typed relation between two entities, the aggregate of the claims that state it. */
export type RelationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A named view of the web explorer, stored in the graph database. */
export type SavedView = {
  __typename?: 'SavedView';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The view as the web app wrote it: a JSON object (focus, filters, hidden nodes, positions…). */
  state: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type SavedViewInput = {
  /** Replace this saved view; leave out to create a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** A JSON object, at most 64 KiB. */
  state: Scalars['String']['input'];
};

export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  entities: Scalars['Int']['output'];
  entitiesByType: Array<TypeCount>;
  relations: Scalars['Int']['output'];
  relationsByType: Array<TypeCount>;
};

/** A part of the graph, as drawn by the web view. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relation>;
  nodes: Array<Entity>;
  /** True when `limit` cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/** One period of the timeline. */
export type TimeBucket = {
  __typename?: 'TimeBucket';
  articleCount: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  /** First day of the period (`YYYY-MM-DD`). */
  start: Scalars['String']['output'];
};

export type TimePeriod =
  | 'MONTH'
  /** Weeks starting on Monday. */
  | 'WEEK';

/** An inclusive range of article publication dates (`YYYY-MM-DD`); either end may be open. */
export type TimeRange = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionModel>;
  ArticleEntity: ResolverTypeWrapper<ArticleEntityModel>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleLibraryItem: ResolverTypeWrapper<Omit<ArticleLibraryItem, 'article'> & { article: ResolversTypes['Article'] }>;
  ArticleLibraryPage: ResolverTypeWrapper<Omit<ArticleLibraryPage, 'items'> & { items: Array<ResolversTypes['ArticleLibraryItem']> }>;
  ArticleSort: ArticleSort;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  CurationEvent: ResolverTypeWrapper<CurationEvent>;
  CurationEventPage: ResolverTypeWrapper<CurationEventPage>;
  CurationKind: CurationKind;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionModel>;
  EntityEdge: ResolverTypeWrapper<EntityEdgeModel>;
  EntityFilter: EntityFilter;
  EntitySearchHit: ResolverTypeWrapper<SearchHit>;
  EntitySort: EntitySort;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<ClaimRecord>;
  ExportFormat: ExportFormat;
  ExportResult: ResolverTypeWrapper<ExportResult>;
  Feed: ResolverTypeWrapper<Feed>;
  FeedItemStatus: FeedItemStatus;
  FeedPoll: ResolverTypeWrapper<FeedPoll>;
  FeedPollItem: ResolverTypeWrapper<FeedPollItem>;
  FeedPollResult: ResolverTypeWrapper<FeedPollResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphFilter: GraphFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticlesItem: ResolverTypeWrapper<Omit<IngestArticlesItem, 'result'> & { result?: Maybe<ResolversTypes['IngestResult']> }>;
  IngestError: ResolverTypeWrapper<IngestError>;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  IngestedRelation: ResolverTypeWrapper<IngestedRelationModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: Language;
  Location: ResolverTypeWrapper<Location>;
  LocationInput: LocationInput;
  LocationSource: LocationSource;
  MergeResult: ResolverTypeWrapper<MergeResultModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ontology: ResolverTypeWrapper<Ontology>;
  OntologyType: ResolverTypeWrapper<OntologyType>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRecord>;
  QualifierFilter: QualifierFilter;
  QualifierModality: QualifierModality;
  QualifierTense: QualifierTense;
  Qualifiers: ResolverTypeWrapper<Qualifiers>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedClaim: ResolverTypeWrapper<Omit<RejectedClaim, 'claim'> & { claim: ResolversTypes['Claim'] }>;
  RejectedClaimPage: ResolverTypeWrapper<Omit<RejectedClaimPage, 'nodes'> & { nodes: Array<ResolversTypes['RejectedClaim']> }>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationType: RelationType;
  SavedView: ResolverTypeWrapper<SavedView>;
  SavedViewInput: SavedViewInput;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  TimeBucket: ResolverTypeWrapper<TimeBucket>;
  TimePeriod: TimePeriod;
  TimeRange: TimeRange;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleModel;
  ArticleConnection: ArticleConnectionModel;
  ArticleEntity: ArticleEntityModel;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleLibraryItem: Omit<ArticleLibraryItem, 'article'> & { article: ResolversParentTypes['Article'] };
  ArticleLibraryPage: Omit<ArticleLibraryPage, 'items'> & { items: Array<ResolversParentTypes['ArticleLibraryItem']> };
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRecord;
  CurationEvent: CurationEvent;
  CurationEventPage: CurationEventPage;
  DeleteResult: DeleteResult;
  Entity: EntityRecord;
  EntityConnection: EntityConnectionModel;
  EntityEdge: EntityEdgeModel;
  EntityFilter: EntityFilter;
  EntitySearchHit: SearchHit;
  Evidence: ClaimRecord;
  ExportResult: ExportResult;
  Feed: Feed;
  FeedPoll: FeedPoll;
  FeedPollItem: FeedPollItem;
  FeedPollResult: FeedPollResult;
  Float: Scalars['Float']['output'];
  GraphFilter: GraphFilter;
  ID: Scalars['ID']['output'];
  IngestArticlesItem: Omit<IngestArticlesItem, 'result'> & { result?: Maybe<ResolversParentTypes['IngestResult']> };
  IngestError: IngestError;
  IngestResult: IngestResultModel;
  IngestedRelation: IngestedRelationModel;
  Int: Scalars['Int']['output'];
  Location: Location;
  LocationInput: LocationInput;
  MergeResult: MergeResultModel;
  Mutation: Record<PropertyKey, never>;
  Ontology: Ontology;
  OntologyType: OntologyType;
  PageInfo: PageInfo;
  Path: PathRecord;
  QualifierFilter: QualifierFilter;
  Qualifiers: Qualifiers;
  Query: Record<PropertyKey, never>;
  RejectedClaim: Omit<RejectedClaim, 'claim'> & { claim: ResolversParentTypes['Claim'] };
  RejectedClaimPage: Omit<RejectedClaimPage, 'nodes'> & { nodes: Array<ResolversParentTypes['RejectedClaim']> };
  Relation: RelationRecord;
  SavedView: SavedView;
  SavedViewInput: SavedViewInput;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  TimeBucket: TimeBucket;
  TimeRange: TimeRange;
  TypeCount: TypeCount;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ArticleEntity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEntity'] = ResolversParentTypes['ArticleEntity']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ArticleLibraryItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleLibraryItem'] = ResolversParentTypes['ArticleLibraryItem']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedClaimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleLibraryPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleLibraryPage'] = ResolversParentTypes['ArticleLibraryPage']> = {
  items?: Resolver<Array<ResolversTypes['ArticleLibraryItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  qualifiers?: Resolver<ResolversTypes['Qualifiers'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type CurationEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CurationEvent'] = ResolversParentTypes['CurationEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CurationKind'], ParentType, ContextType>;
  revertedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CurationEventPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CurationEventPage'] = ResolversParentTypes['CurationEventPage']> = {
  nodes?: Resolver<Array<ResolversTypes['CurationEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<EntityArticlesArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationTypeCounts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'first' | 'minConfidence'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntitySearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntitySearchHit'] = ResolversParentTypes['EntitySearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifiers?: Resolver<ResolversTypes['Qualifiers'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ExportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportResult'] = ResolversParentTypes['ExportResult']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastPoll?: Resolver<Maybe<ResolversTypes['FeedPoll']>, ParentType, ContextType>;
  lastPolledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedPollResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedPoll'] = ResolversParentTypes['FeedPoll']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['FeedPollItem']>, ParentType, ContextType>;
  newCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refusedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedPollItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedPollItem'] = ResolversParentTypes['FeedPollItem']> = {
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedItemStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FeedPollResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedPollResult'] = ResolversParentTypes['FeedPollResult']> = {
  feed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
  poll?: Resolver<ResolversTypes['FeedPoll'], ParentType, ContextType>;
};

export type IngestArticlesItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestArticlesItem'] = ResolversParentTypes['IngestArticlesItem']> = {
  error?: Resolver<Maybe<ResolversTypes['IngestError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['IngestResult']>, ParentType, ContextType>;
};

export type IngestErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestError'] = ResolversParentTypes['IngestError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['IngestedRelation']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestedRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestedRelation'] = ResolversParentTypes['IngestedRelation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LocationSource'], ParentType, ContextType>;
};

export type MergeResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relationsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addFeed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType, RequireFields<MutationAddFeedArgs, 'url'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  deleteSavedView?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSavedViewArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'dryRun' | 'input'>>;
  ingestArticles?: Resolver<Array<ResolversTypes['IngestArticlesItem']>, ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'dryRun' | 'inputs'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  pollFeeds?: Resolver<Array<ResolversTypes['FeedPollResult']>, ParentType, ContextType, Partial<MutationPollFeedsArgs>>;
  rejectClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRejectClaimArgs, 'id'>>;
  removeFeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFeedArgs, 'url'>>;
  restoreClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRestoreClaimArgs, 'id'>>;
  revertCuration?: Resolver<ResolversTypes['CurationEvent'], ParentType, ContextType, RequireFields<MutationRevertCurationArgs, 'id'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id'>>;
};

export type OntologyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ontology'] = ResolversParentTypes['Ontology']> = {
  entityTypes?: Resolver<Array<ResolversTypes['OntologyType']>, ParentType, ContextType>;
  relationTypes?: Resolver<Array<ResolversTypes['OntologyType']>, ParentType, ContextType>;
};

export type OntologyTypeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OntologyType'] = ResolversParentTypes['OntologyType']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type QualifiersResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Qualifiers'] = ResolversParentTypes['Qualifiers']> = {
  amount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['QualifierModality'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tense?: Resolver<ResolversTypes['QualifierTense'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articleLibrary?: Resolver<ResolversTypes['ArticleLibraryPage'], ParentType, ContextType, RequireFields<QueryArticleLibraryArgs, 'first' | 'sort'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  curationEvents?: Resolver<ResolversTypes['CurationEventPage'], ParentType, ContextType, RequireFields<QueryCurationEventsArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  export?: Resolver<ResolversTypes['ExportResult'], ParentType, ContextType, RequireFields<QueryExportArgs, 'depth' | 'format' | 'limit'>>;
  feeds?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit' | 'minConfidence'>>;
  ontology?: Resolver<ResolversTypes['Ontology'], ParentType, ContextType>;
  overview?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'minConfidence' | 'to'>>;
  rejectedClaims?: Resolver<ResolversTypes['RejectedClaimPage'], ParentType, ContextType, RequireFields<QueryRejectedClaimsArgs, 'first'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
  savedViews?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['EntitySearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimeBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'period'>>;
};

export type RejectedClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RejectedClaim'] = ResolversParentTypes['RejectedClaim']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  rejectedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RejectedClaimPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RejectedClaimPage'] = ResolversParentTypes['RejectedClaimPage']> = {
  nodes?: Resolver<Array<ResolversTypes['RejectedClaim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifiers?: Resolver<ResolversTypes['Qualifiers'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TimeBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimeBucket'] = ResolversParentTypes['TimeBucket']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEntity?: ArticleEntityResolvers<ContextType>;
  ArticleLibraryItem?: ArticleLibraryItemResolvers<ContextType>;
  ArticleLibraryPage?: ArticleLibraryPageResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  CurationEvent?: CurationEventResolvers<ContextType>;
  CurationEventPage?: CurationEventPageResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntitySearchHit?: EntitySearchHitResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportResult?: ExportResultResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  FeedPoll?: FeedPollResolvers<ContextType>;
  FeedPollItem?: FeedPollItemResolvers<ContextType>;
  FeedPollResult?: FeedPollResultResolvers<ContextType>;
  IngestArticlesItem?: IngestArticlesItemResolvers<ContextType>;
  IngestError?: IngestErrorResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestedRelation?: IngestedRelationResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Ontology?: OntologyResolvers<ContextType>;
  OntologyType?: OntologyTypeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Qualifiers?: QualifiersResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedClaim?: RejectedClaimResolvers<ContextType>;
  RejectedClaimPage?: RejectedClaimPageResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimeBucket?: TimeBucketResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

