// PURE: turns GraphDeltas into the one UNWIND statement of an article's (or a batch's) write.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  isEntityType,
  type EntityType,
  type RelationType,
} from '../../../schema/ontology.js';
import {
  claimId,
  publishedDay,
  type DeltaClaim,
  type DeltaEntity,
  type GraphDelta,
} from '../../../schema/graph-delta.js';
import { addClaimsBlock, checkedRelationType, orientKey } from './relation-aggregates.js';
import { aliasKeys } from './alias-key.js';
import { nameKey } from './name-key.js';
import { compareIds as cmp, type CypherStatement } from './statement.js';

function entityLabel(type: string): EntityType {
  if (!isEntityType(type)) throw new Error(`not an ontology entity type: ${JSON.stringify(type)}`);
  // Return the whitelist's own string, never the input.
  return ENTITY_TYPES[ENTITY_TYPES.indexOf(type)]!;
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
    const type = checkedRelationType(c.type);
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
    id: claimId(articleId, index),
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

function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

// The content blocks of a write: one unit subquery per kind, run in order inside one statement.
// Labels and relationship types are dynamic (`$(x)`, Neo4j 5.26) but come only from parameters
// the planner checked against the ontology whitelist. Entities are locked first, in id order
// (SET updatedAt takes the write lock before the aliases and aggregates are read: no lost update).
const CONTENT_BLOCKS = `CALL () {
  UNWIND $entities AS e
  MERGE (n:Entity {id: e.id})
  ON CREATE SET n:$(e.type), n.name = e.name, n.nameKey = e.nameKey, n.type = e.type, n.origin = e.origin,
    n.aliases = [], n.createdAt = $now, n.mentionCount = 0, n.articleCount = 0
  SET n.updatedAt = $now
  WITH n, e, coalesce(n.aliases, []) AS before
  WITH n, before, reduce(acc = before, x IN e.aliases |
    CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
  WHERE aliases <> before OR n.aliasesText IS NULL
  SET n.aliases = aliases, n.aliasesText = reduce(s = '', x IN aliases |
    CASE WHEN s = '' THEN x ELSE s + ' | ' + x END)
}
CALL () {
  UNWIND $aliases AS x
  MATCH (n:Entity {id: x.entityId})
  MERGE (k:AliasKey {key: x.key})
  MERGE (k)-[:ALIAS_OF]->(n)
}
CALL () {
  UNWIND $mentions AS m
  MATCH (a:Article {id: m.articleId})
  MATCH (n:Entity {id: m.entityId})
  CREATE (a)-[:MENTIONS {count: m.count}]->(n)
}
CALL () {
  UNWIND $claims AS c
  MATCH (a:Article {id: c.articleId})
  MATCH (s:Entity {id: c.subjectId})
  MATCH (o:Entity {id: c.objectId})
  CREATE (a)-[:STATES]->(cl:Claim)-[:SUBJECT]->(s)
  SET cl += c, cl.rejected = false, cl.createdAt = $now
  CREATE (cl)-[:OBJECT]->(o)
}
CALL () {
  ${addClaimsBlock('$relations')}
}
CALL () {
  UNWIND $aggregates AS x
  MATCH (n:Entity {id: x.id})
  SET n.mentionCount = coalesce(n.mentionCount, 0) + x.mentions,
    n.articleCount = coalesce(n.articleCount, 0) + x.articles,
    n.firstSeen = CASE WHEN n.firstSeen IS NULL OR (x.firstSeen IS NOT NULL AND x.firstSeen < n.firstSeen)
      THEN x.firstSeen ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN n.lastSeen IS NULL OR (x.lastSeen IS NOT NULL AND x.lastSeen > n.lastSeen)
      THEN x.lastSeen ELSE n.lastSeen END
}`;

// Articles first: the content is written only when every article of the batch was created here
// (a concurrent writer may have created one meanwhile; the caller then writes the content of the
// created ones with CONTENT_ONLY_CYPHER). Returns one row {created, wroteContent}.
const WRITE_CYPHER = `CYPHER replan=skip
UNWIND $articles AS art
MERGE (a:Article {id: art.id})
ON CREATE SET a += art, a.ingestedAt = $now, a.__created = true
WITH a, coalesce(a.__created, false) AS created
REMOVE a.__created
WITH collect(CASE WHEN created THEN a.id END) AS created, count(a) AS total
CALL (created, total) {
  WITH created, total WHERE size(created) = total
  ${CONTENT_BLOCKS.replaceAll('\n', '\n  ')}
  RETURN count(*) AS wrote
}
RETURN created, wrote > 0 AS wroteContent`;

const CONTENT_ONLY_CYPHER = `CYPHER replan=skip
${CONTENT_BLOCKS}
RETURN true AS wroteContent`;

function minDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

function articleRows(deltas: readonly GraphDelta[]): Record<string, unknown>[] {
  return deltas.map(({ article: a }) => ({
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
  }));
}

/**
 * The content parameters of a write for articles that are new (each delta resolved and
 * normalised, distinct article ids): entities, alias keys, mentions, claims, typed relationships
 * (the new claims added to their aggregates) and entity aggregates. Rows are merged across the
 * articles and sorted, so a batch writes each entity and relationship once.
 */
export function contentParams(deltas: readonly GraphDelta[]): Record<string, unknown[]> {
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
      const k = orientKey({
        type: checkedRelationType(c.type),
        subjectId: c.source,
        objectId: c.target,
      });
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
  const typeOrder = (t: RelationType) => RELATION_TYPES.indexOf(t);
  return {
    entities: sorted.map((e) => ({
      id: e.id,
      type: entityLabel(e.type),
      name: e.name,
      nameKey: nameKey(e.name),
      origin: e.origin,
      aliases: e.aliases,
    })),
    aliases: sorted
      .flatMap((e) => aliasKeys(e.name, e.aliases).map((key) => ({ key, entityId: e.id })))
      .sort((x, y) => cmp(x.key, y.key) || cmp(x.entityId, y.entityId)),
    mentions,
    claims,
    relations: [...relAgg.values()]
      .sort(
        (x, y) =>
          typeOrder(x.type) - typeOrder(y.type) ||
          cmp(x.subjectId, y.subjectId) ||
          cmp(x.objectId, y.objectId),
      )
      .map((r) => ({ ...r, symmetric: SYMMETRIC_RELATIONS.has(r.type) })),
    aggregates: sorted.map((e) => ({ id: e.id, ...entityAgg.get(e.id)! })),
  };
}

/**
 * The one statement of a write: the Articles, then (when all of them were created by it) their
 * content. Returns one row `{created: [ids], wroteContent}`. Deltas: resolved and normalised,
 * distinct article ids.
 */
export function planWrite(deltas: readonly GraphDelta[], now: string): CypherStatement {
  return {
    name: 'write',
    cypher: WRITE_CYPHER,
    params: { now, articles: articleRows(deltas), ...contentParams(deltas) },
  };
}

/** The content statement alone, for articles created earlier in the same transaction. */
export function planContentOnly(deltas: readonly GraphDelta[], now: string): CypherStatement {
  return {
    name: 'content',
    cypher: CONTENT_ONLY_CYPHER,
    params: { now, ...contentParams(deltas) },
  };
}

/** The write statement of one article (normalised here; `input` should be resolved already). */
export function planArticleWrite(input: GraphDelta, now: string): CypherStatement {
  return planWrite([normalizeDelta(input)], now);
}
