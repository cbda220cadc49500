// Plain records the read queries return, and the Cypher projections that build them.
import type { EntityType, RelationType } from '../../../schema/ontology.js';

/** An entity node as the API sees it. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Coordinates set by an analyst (absent or null when none was set). */
  lat?: number | null;
  lon?: number | null;
}

/** A typed relationship between two entities (the aggregate of its claims). */
export interface RelationRecord {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  confidence: number;
  claimCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  role: string | null;
}

/** An article without its text (the text is loaded only when asked for). */
export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  ingestedAt: string;
}

/** One claim: a sentence of an article stating a relation. */
export interface ClaimRecord {
  id: string;
  type: RelationType;
  subjectId: string;
  objectId: string;
  sentence: string;
  confidence: number;
  method: string;
  start: number | null;
  end: number | null;
  rejected: boolean;
  articleId: string;
  /** The role string extraction stored (role, tense and modality words), or null. */
  role: string | null;
}

/** Cypher map projection of entity variable `v` into an {@link EntityRecord}. */
export function entityProjection(v: string): string {
  return `{id: ${v}.id, name: ${v}.name, type: ${v}.type, aliases: coalesce(${v}.aliases, []),
    mentionCount: coalesce(${v}.mentionCount, 0), articleCount: coalesce(${v}.articleCount, 0),
    firstSeen: ${v}.firstSeen, lastSeen: ${v}.lastSeen, lat: ${v}.lat, lon: ${v}.lon}`;
}

/** Cypher map projection of relationship variable `v` (without the id, see {@link toRelation}). */
export function relationProjection(v: string): string {
  return `{type: type(${v}), sourceId: startNode(${v}).id, targetId: endNode(${v}).id,
    confidence: coalesce(${v}.confidence, 0.0), claimCount: coalesce(${v}.claims, 0),
    articleCount: coalesce(${v}.articles, 0), firstSeen: ${v}.firstSeen, lastSeen: ${v}.lastSeen,
    role: ${v}.role}`;
}

/** Cypher map projection of article variable `v` (text excluded). */
export function articleProjection(v: string): string {
  return `{id: ${v}.id, title: ${v}.title, url: ${v}.url, source: ${v}.source, author: ${v}.author,
    publishedAt: toString(${v}.publishedAt), language: coalesce(${v}.language, 'en'),
    ingestedAt: coalesce(toString(${v}.ingestedAt), '')}`;
}

/** Cypher map projection of claim variable `v`; `a` is the stating article. */
export function claimProjection(v: string, a: string): string {
  return `{id: ${v}.id, type: ${v}.type, subjectId: [(${v})-[:SUBJECT]->(s) | s.id][0],
    objectId: [(${v})-[:OBJECT]->(o) | o.id][0], sentence: coalesce(${v}.sentence, ''),
    confidence: coalesce(${v}.confidence, 0.0), method: coalesce(${v}.method, ''),
    start: ${v}.start, end: ${v}.end, rejected: coalesce(${v}.rejected, false), articleId: ${a}.id,
    role: ${v}.role}`;
}

/** The API id of a relation: `TYPE:sourceId:targetId`. */
export function relationId(type: string, sourceId: string, targetId: string): string {
  return `${type}:${sourceId}:${targetId}`;
}

/** Adds the API id to a projected relation. */
export function toRelation(raw: Omit<RelationRecord, 'id'>): RelationRecord {
  return { ...raw, id: relationId(raw.type, raw.sourceId, raw.targetId) };
}

/** Splits a relation id into its type and every possible (source, target) split (ids may hold ':'). */
export function parseRelationId(
  id: string,
): { type: string; candidates: { sourceId: string; targetId: string }[] } | null {
  const first = id.indexOf(':');
  if (first <= 0) return null;
  const type = id.slice(0, first);
  const rest = id.slice(first + 1);
  const candidates: { sourceId: string; targetId: string }[] = [];
  for (let i = rest.indexOf(':'); i > 0; i = rest.indexOf(':', i + 1)) {
    const sourceId = rest.slice(0, i);
    const targetId = rest.slice(i + 1);
    if (sourceId && targetId) candidates.push({ sourceId, targetId });
  }
  return candidates.length > 0 ? { type, candidates } : null;
}
