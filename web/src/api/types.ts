// TypeScript shapes of the GraphQL results the web app asks for (mirrors schema/schema.graphql).
import type { EntityType, RelationType } from '../../../schema/ontology.js';

export type { EntityType, RelationType };

/** Entity fields the graph view draws. */
export interface EntityLite {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Relation fields the graph view draws. */
export interface RelationLite {
  id: string;
  type: RelationType;
  source: { id: string };
  target: { id: string };
  confidence: number;
  claimCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  role: string | null;
}

/** A part of the graph as returned by overview / neighborhood. */
export interface Subgraph {
  nodes: EntityLite[];
  edges: RelationLite[];
  truncated: boolean;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

export interface Evidence {
  id: string;
  sentence: string;
  confidence: number;
  method: string;
  start: number | null;
  end: number | null;
  article: ArticleRef;
}

export interface RelationDetail extends Omit<RelationLite, 'source' | 'target'> {
  source: EntityLite;
  target: EntityLite;
  evidence: Evidence[];
}

export interface EntityDetail extends EntityLite {
  relations: (Omit<RelationLite, 'source' | 'target'> & {
    source: { id: string; name: string; type: EntityType };
    target: { id: string; name: string; type: EntityType };
  })[];
  articles: ArticleRef[];
}

export interface ClaimLite {
  id: string;
  type: RelationType;
  sentence: string;
  confidence: number;
  start: number | null;
  end: number | null;
  rejected: boolean;
  subject: { id: string; name: string };
  object: { id: string; name: string };
}

export interface ArticleDetail extends ArticleRef {
  author: string | null;
  language: string;
  text: string;
  entities: {
    count: number;
    entity: { id: string; name: string; type: EntityType; aliases: string[] };
  }[];
  claims: ClaimLite[];
}

export interface SearchHit {
  score: number;
  matched: string | null;
  entity: { id: string; name: string; type: EntityType; mentionCount: number };
}

export interface PathResult {
  nodes: EntityLite[];
  edges: RelationLite[];
  length: number;
}

export interface Stats {
  entities: number;
  relations: number;
  articles: number;
  claims: number;
}

export interface IngestResult {
  created: boolean;
  dryRun: boolean;
  warnings: string[];
  article: { id: string; title: string | null; language: string; publishedAt: string | null };
  entities: { id: string; name: string; type: EntityType }[];
  relations: {
    type: RelationType;
    confidence: number;
    sentence: string;
    source: { id: string; name: string };
    target: { id: string; name: string };
  }[];
}

/** The article fields the ingest form sends. */
export interface ArticleInput {
  /** Absent when the server fetches `url`. */
  text?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  format?: string;
}
