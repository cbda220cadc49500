// Short names for the generated operation types (web/src/api/generated); nothing is written by hand.
import type {
  ArticleQuery,
  EntityFieldsFragment,
  EntityQuery,
  FeedFieldsFragment,
  FeedPollFieldsFragment,
  IngestResultFieldsFragment,
  PathsQuery,
  RelationFieldsFragment,
  RelationQuery,
  SearchQuery,
  StatsQuery,
  SubgraphFieldsFragment,
} from './generated/operations.js';

export type { ArticleInput, EntityType, RelationType } from './generated/operations.js';

/** Entity fields the graph view draws. */
export type EntityLite = EntityFieldsFragment;
/** Relation fields the graph view draws. */
export type RelationLite = RelationFieldsFragment;
/** A part of the graph as returned by overview / neighborhood. */
export type Subgraph = SubgraphFieldsFragment;
/** One search result. */
export type SearchHit = SearchQuery['search'][number];
/** An entity with its relations and articles, for the details panel. */
export type EntityDetail = NonNullable<EntityQuery['entity']>;
/** A relation with its evidence, for the details panel. */
export type RelationDetail = NonNullable<RelationQuery['relation']>;
/** An article with its text, mentions and claims. */
export type ArticleDetail = NonNullable<ArticleQuery['article']>;
/** One path between two entities. */
export type PathResult = PathsQuery['paths'][number];
/** Graph-wide counts. */
export type Stats = StatsQuery['stats'];
/** What ingesting one article did (or would do). */
export type IngestResult = IngestResultFieldsFragment;
/** A subscribed feed with its last poll. */
export type Feed = FeedFieldsFragment;
/** What one poll of one feed did (counts, or the feed's own error). */
export type FeedPoll = FeedPollFieldsFragment;
