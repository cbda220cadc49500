// Parent objects the resolvers pass around for composite GraphQL types (codegen mappers).
import type { ArticleRecord, ClaimRecord, EntityRecord } from '../db/queries/models.js';
import type { RelationType } from '../../schema/ontology.js';

/** An entity mentioned by an article. */
export interface ArticleEntityModel {
  entity: EntityRecord;
  count: number;
}

/** An article; `text`/`inline` are set when it does not come from the database (dry run). */
export interface ArticleModel extends ArticleRecord {
  text?: string;
  inline?: { entities: ArticleEntityModel[]; claims: ClaimRecord[] };
}

/** A relation found by ingestion. */
export interface IngestedRelationModel {
  type: RelationType;
  source: EntityRecord;
  target: EntityRecord;
  confidence: number;
  sentence: string;
  method: string;
}

/** What ingestion did. */
export interface IngestResultModel {
  article: ArticleModel;
  created: boolean;
  dryRun: boolean;
  entities: EntityRecord[];
  relations: IngestedRelationModel[];
  warnings: string[];
}

/** What a merge did. */
export interface MergeResultModel {
  entity: EntityRecord;
  merged: string[];
  relationsMoved: number;
}

/** One entity in a page. */
export interface EntityEdgeModel {
  cursor: string;
  node: EntityRecord;
}

/** A page of entities. */
export interface EntityConnectionModel {
  edges: EntityEdgeModel[];
  nodes: EntityRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A page of articles. */
export interface ArticleConnectionModel {
  nodes: ArticleModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
