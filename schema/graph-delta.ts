// The contract between extraction and storage: what one article adds to the graph, as plain data.
import type { EntityType, RelationType } from './ontology.js';

export type Language = 'fr' | 'en';

/** Article metadata and normalised text; `id` and `hash` derive from the normalised content. */
export interface DeltaArticle {
  id: string;
  hash: string;
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  /** ISO date `YYYY-MM-DD` (or full ISO timestamp) or null. */
  publishedAt: string | null;
  language: Language;
}

/** One resolved entity mentioned by the article. */
export interface DeltaEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen in this article plus the gazetteer's aliases. */
  aliases: string[];
  /** Number of mentions in the article. */
  mentions: number;
  /** Where the entity came from: the gazetteer or discovery in the text. */
  origin: 'gazetteer' | 'discovered';
}

/** One statement of a relation by one sentence. */
export interface DeltaClaim {
  type: RelationType;
  /** Subject entity id. */
  source: string;
  /** Object entity id. */
  target: string;
  confidence: number;
  /** The rule or method that found it, e.g. `fr:filiale-de`. */
  method: string;
  /** The evidence sentence, verbatim from `article.text`. */
  sentence: string;
  /** Index of the sentence in the article, and its character offsets in `article.text`. */
  sentenceIndex: number;
  start: number;
  end: number;
  /** Optional qualifier such as a role ("CEO") for LEADS. */
  role?: string | null;
}

/** What one article adds to the graph. */
export interface GraphDelta {
  article: DeltaArticle;
  entities: DeltaEntity[];
  claims: DeltaClaim[];
  warnings: string[];
}

/** The id of the `index`-th claim of an article: `<articleId>:<index>` (graph-model.md). */
export function claimId(articleId: string, index: number): string {
  return `${articleId}:${index}`;
}

/** The day part (`YYYY-MM-DD`) of an ISO date or timestamp, or null. */
export function publishedDay(publishedAt: string | null | undefined): string | null {
  if (!publishedAt) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt);
  return m ? m[0] : null;
}
