// PURE: turns a GraphDelta into the batched UNWIND statements of one article's write transaction.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from '../../schema/ontology.js';
import { addClaimsCypher, orientKey, type RelationKey } from '../db/relation-aggregates.js';
import { aliasKeys } from './alias-key.js';
import type { DeltaClaim, DeltaEntity, GraphDelta } from './graph-delta.js';

/** One Cypher statement of the write plan. */
export interface WriteStatement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** The first statement's name; its single row says whether the Article was created. */
export const ARTICLE_STATEMENT = 'article';

/** The day part (`YYYY-MM-DD`) of an ISO date or timestamp, or null. */
export function publishedDay(publishedAt: string | null | undefined): string | null {
  if (!publishedAt) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt);
  return m ? m[0] : null;
}

function entityLabel(type: string): EntityType {
  if (!isEntityType(type)) throw new Error(`not an ontology entity type: ${JSON.stringify(type)}`);
  // Return the whitelist's own string, never the input.
  return ENTITY_TYPES[ENTITY_TYPES.indexOf(type)]!;
}

function relationType(type: string): RelationType {
  if (!isRelationType(type))
    throw new Error(`not an ontology relation type: ${JSON.stringify(type)}`);
  return RELATION_TYPES[RELATION_TYPES.indexOf(type)]!;
}

function uniq(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const t = s.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/**
 * Merges entities that share an id (after resolution two discovered entities can point to the
 * same node), drops claims with an unknown endpoint or a self-loop, and checks every type
 * against the ontology. Pure; the input is not modified.
 */
export function normalizeDelta(delta: GraphDelta): GraphDelta {
  const byId = new Map<string, DeltaEntity>();
  for (const e of delta.entities) {
    const type = entityLabel(e.type);
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, { ...e, type, aliases: uniq([e.name, ...e.aliases]), mentions: e.mentions });
    } else {
      byId.set(e.id, {
        ...prev,
        origin:
          prev.origin === 'gazetteer' || e.origin === 'gazetteer' ? 'gazetteer' : 'discovered',
        aliases: uniq([...prev.aliases, e.name, ...e.aliases]),
        mentions: prev.mentions + e.mentions,
      });
    }
  }
  const claims: DeltaClaim[] = [];
  for (const c of delta.claims) {
    const type = relationType(c.type);
    if (!byId.has(c.source) || !byId.has(c.target) || c.source === c.target) continue;
    claims.push({ ...c, type });
  }
  return { ...delta, entities: [...byId.values()], claims };
}

/** The stored properties of the `index`-th claim of an article (its id is `<articleId>:<index>`). */
export function claimRow(
  articleId: string,
  publishedAt: string | null,
  c: DeltaClaim,
  index: number,
): Record<string, unknown> {
  return {
    id: `${articleId}:${index}`,
    articleId,
    publishedAt,
    type: c.type,
    subjectId: c.source,
    objectId: c.target,
    sentence: c.sentence,
    confidence: c.confidence,
    method: c.method,
    sentenceIndex: c.sentenceIndex,
    start: c.start,
    end: c.end,
    role: c.role ?? null,
  };
}

/** The typed-relationship keys a delta's claims touch. */
export function relationKeysOf(delta: GraphDelta): RelationKey[] {
  return delta.claims.map((c) => ({ type: c.type, subjectId: c.source, objectId: c.target }));
}

function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

const ARTICLE_CYPHER = `UNWIND $articles AS art
MERGE (a:Article {id: art.id})
ON CREATE SET a += art, a.ingestedAt = $now, a.__created = true
WITH a, coalesce(a.__created, false) AS created
REMOVE a.__created
RETURN a.id AS id, created`;

// SET updatedAt first: it takes the node's write lock before the aliases are read (no lost update);
// every writer locks its entities here, in (type, id) order, before reading any aggregate.
function entityCypher(label: EntityType): string {
  return `UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n:${label}, n.name = e.name, n.type = $type, n.origin = e.origin,
  n.aliases = [], n.createdAt = $now, n.mentionCount = 0, n.articleCount = 0
SET n.updatedAt = $now
WITH n, e
WITH n, reduce(acc = coalesce(n.aliases, []), x IN e.aliases |
  CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET n.aliases = aliases, n.aliasesText = reduce(s = '', x IN aliases |
  CASE WHEN s = '' THEN x ELSE s + ' | ' + x END)
RETURN count(n) AS entities`;
}

const ALIAS_CYPHER = `UNWIND $aliases AS x
MATCH (n:Entity {id: x.entityId})
MERGE (k:AliasKey {key: x.key})
MERGE (k)-[:ALIAS_OF]->(n)
RETURN count(k) AS aliases`;

// The articles are new (the plan only runs for created ones), so their relationships are CREATEd.
const MENTIONS_CYPHER = `UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId})
MATCH (n:Entity {id: m.entityId})
CREATE (a)-[r:MENTIONS {count: m.count}]->(n)
RETURN count(r) AS mentions`;

const CLAIMS_CYPHER = `UNWIND $claims AS c
MATCH (a:Article {id: c.articleId})
MATCH (s:Entity {id: c.subjectId})
MATCH (o:Entity {id: c.objectId})
CREATE (a)-[:STATES]->(cl:Claim)-[:SUBJECT]->(s)
SET cl += c, cl.rejected = false, cl.createdAt = $now
CREATE (cl)-[:OBJECT]->(o)
RETURN count(cl) AS claims`;

// Adds the new articles' mentions to the entity aggregates (exact: the articles are new).
const ENTITY_INCREMENT_CYPHER = `UNWIND $rows AS x
MATCH (n:Entity {id: x.id})
SET n.mentionCount = coalesce(n.mentionCount, 0) + x.mentions,
  n.articleCount = coalesce(n.articleCount, 0) + x.articles,
  n.firstSeen = CASE WHEN n.firstSeen IS NULL OR (x.firstSeen IS NOT NULL AND x.firstSeen < n.firstSeen)
    THEN x.firstSeen ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN n.lastSeen IS NULL OR (x.lastSeen IS NOT NULL AND x.lastSeen > n.lastSeen)
    THEN x.lastSeen ELSE n.lastSeen END
RETURN count(n) AS entities`;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function minDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

/** The Article statement for several articles: returns one row `{id, created}` per article. */
export function planArticles(deltas: readonly GraphDelta[], now: string): WriteStatement {
  return {
    name: ARTICLE_STATEMENT,
    cypher: ARTICLE_CYPHER,
    params: {
      now,
      articles: deltas.map(({ article: a }) => ({
        id: a.id,
        hash: a.hash,
        title: a.title,
        url: a.url,
        source: a.source,
        author: a.author,
        publishedAt: a.publishedAt,
        language: a.language,
        text: a.text,
        wordCount: wordCount(a.text),
      })),
    },
  };
}

/**
 * Everything after the Article statement for articles that were just created (each delta
 * resolved and normalised, distinct article ids): entities (one statement per type present),
 * alias keys, mentions, claims, typed relationships (one statement per type present, the new
 * claims added to their aggregates) and entity aggregates. Rows are merged across the articles
 * and sorted, so a batch writes each entity and relationship once.
 */
export function planContent(deltas: readonly GraphDelta[], now: string): WriteStatement[] {
  const statements: WriteStatement[] = [];
  const entities = new Map<string, DeltaEntity>();
  const entityAgg = new Map<
    string,
    { mentions: number; articles: number; firstSeen: string | null; lastSeen: string | null }
  >();
  const mentions: { articleId: string; entityId: string; count: number }[] = [];
  const claims: Record<string, unknown>[] = [];
  const relAgg = new Map<
    string,
    {
      type: RelationType;
      subjectId: string;
      objectId: string;
      claims: number;
      articles: number;
      confidence: number;
      firstSeen: string | null;
      lastSeen: string | null;
      hasRole: boolean;
    }
  >();

  for (const d of deltas) {
    const day = publishedDay(d.article.publishedAt);
    for (const e of d.entities) {
      const prev = entities.get(e.id);
      entities.set(
        e.id,
        prev
          ? {
              ...prev,
              origin:
                prev.origin === 'gazetteer' || e.origin === 'gazetteer'
                  ? 'gazetteer'
                  : 'discovered',
              aliases: uniq([...prev.aliases, ...e.aliases]),
            }
          : e,
      );
      const count = Math.max(1, Math.round(e.mentions));
      const agg = entityAgg.get(e.id) ?? {
        mentions: 0,
        articles: 0,
        firstSeen: null,
        lastSeen: null,
      };
      entityAgg.set(e.id, {
        mentions: agg.mentions + count,
        articles: agg.articles + 1,
        firstSeen: minDay(agg.firstSeen, day),
        lastSeen: maxDay(agg.lastSeen, day),
      });
      mentions.push({ articleId: d.article.id, entityId: e.id, count });
    }
    const keysInArticle = new Set<string>();
    d.claims.forEach((c, i) => {
      claims.push(claimRow(d.article.id, day, c, i));
      const k = orientKey({ type: c.type, subjectId: c.source, objectId: c.target });
      const key = `${k.type}\u0000${k.subjectId}\u0000${k.objectId}`;
      const agg = relAgg.get(key) ?? {
        ...k,
        claims: 0,
        articles: 0,
        confidence: 0,
        firstSeen: null,
        lastSeen: null,
        hasRole: false,
      };
      agg.claims += 1;
      if (!keysInArticle.has(key)) {
        keysInArticle.add(key);
        agg.articles += 1;
        agg.firstSeen = agg.articles === 1 ? day : minDay(agg.firstSeen, day);
        agg.lastSeen = agg.articles === 1 ? day : maxDay(agg.lastSeen, day);
      }
      agg.confidence = Math.max(agg.confidence, c.confidence);
      agg.hasRole ||= Boolean(c.role);
      relAgg.set(key, agg);
    });
  }

  const sorted = [...entities.values()].sort((x, y) => cmp(x.id, y.id));
  for (const label of ENTITY_TYPES) {
    const group = sorted.filter((e) => e.type === label);
    if (group.length === 0) continue;
    statements.push({
      name: `entities:${label}`,
      cypher: entityCypher(label),
      params: {
        type: label,
        now,
        entities: group.map((e) => ({
          id: e.id,
          name: e.name,
          origin: e.origin,
          aliases: e.aliases,
        })),
      },
    });
  }

  const aliasRows = sorted
    .flatMap((e) => aliasKeys(e.name, e.aliases).map((key) => ({ key, entityId: e.id })))
    .sort((x, y) => cmp(x.key, y.key) || cmp(x.entityId, y.entityId));
  if (aliasRows.length > 0) {
    statements.push({ name: 'alias-keys', cypher: ALIAS_CYPHER, params: { aliases: aliasRows } });
  }
  if (mentions.length > 0) {
    statements.push({ name: 'mentions', cypher: MENTIONS_CYPHER, params: { mentions } });
  }
  if (claims.length > 0) {
    statements.push({ name: 'claims', cypher: CLAIMS_CYPHER, params: { now, claims } });
    for (const type of RELATION_TYPES) {
      const rows = [...relAgg.values()]
        .filter((r) => r.type === type)
        .sort((x, y) => cmp(x.subjectId, y.subjectId) || cmp(x.objectId, y.objectId))
        .map(({ type: _t, ...row }) => row);
      if (rows.length === 0) continue;
      statements.push({
        name: `relations:${type}`,
        cypher: addClaimsCypher(type),
        params: { type, now, rows },
      });
    }
  }
  if (sorted.length > 0) {
    statements.push({
      name: 'entity-aggregates',
      cypher: ENTITY_INCREMENT_CYPHER,
      params: { rows: sorted.map((e) => ({ id: e.id, ...entityAgg.get(e.id)! })) },
    });
  }
  return statements;
}

/**
 * The statements of one article's write, in order: Article (returns `created`; the caller stops
 * when it is false), then `planContent`. `delta` should be resolved already.
 */
export function planArticleWrite(input: GraphDelta, now: string): WriteStatement[] {
  const delta = normalizeDelta(input);
  return [planArticles([delta], now), ...planContent([delta], now)];
}
