// PURE: turns a GraphDelta into the batched UNWIND statements of one article's write transaction.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  isEntityType,
  isRelationType,
  type EntityType,
  type RelationType,
} from '../../schema/ontology.js';
import {
  recomputeEntityStatement,
  recomputeRelationStatements,
  type RelationKey,
} from '../db/relation-aggregates.js';
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

/** The typed-relationship keys a delta's claims touch. */
export function relationKeysOf(delta: GraphDelta): RelationKey[] {
  return delta.claims.map((c) => ({ type: c.type, subjectId: c.source, objectId: c.target }));
}

function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

const ARTICLE_CYPHER = `MERGE (a:Article {id: $article.id})
ON CREATE SET a += $article, a.ingestedAt = $now, a.__created = true
WITH a, coalesce(a.__created, false) AS created
REMOVE a.__created
RETURN created`;

function entityCypher(label: EntityType): string {
  return `UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n:${label}, n.name = e.name, n.type = $type, n.origin = e.origin,
  n.aliases = [], n.createdAt = $now, n.mentionCount = 0, n.articleCount = 0
WITH n, e, reduce(acc = coalesce(n.aliases, []), x IN e.aliases |
  CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET n.aliases = aliases, n.aliasesText = reduce(s = '', x IN aliases |
  CASE WHEN s = '' THEN x ELSE s + ' | ' + x END), n.updatedAt = $now
RETURN count(n) AS entities`;
}

const ALIAS_CYPHER = `UNWIND $aliases AS x
MATCH (n:Entity {id: x.entityId})
MERGE (k:AliasKey {key: x.key})
MERGE (k)-[:ALIAS_OF]->(n)
RETURN count(k) AS aliases`;

const MENTIONS_CYPHER = `MATCH (a:Article {id: $articleId})
UNWIND $mentions AS m
MATCH (n:Entity {id: m.entityId})
MERGE (a)-[r:MENTIONS]->(n)
SET r.count = m.count
RETURN count(r) AS mentions`;

const CLAIMS_CYPHER = `MATCH (a:Article {id: $articleId})
UNWIND $claims AS c
MATCH (s:Entity {id: c.subjectId})
MATCH (o:Entity {id: c.objectId})
MERGE (cl:Claim {id: c.id})
ON CREATE SET cl += c, cl.rejected = false, cl.articleId = $articleId,
  cl.publishedAt = $publishedAt, cl.createdAt = $now
MERGE (a)-[:STATES]->(cl)
MERGE (cl)-[:SUBJECT]->(s)
MERGE (cl)-[:OBJECT]->(o)
RETURN count(cl) AS claims`;

/**
 * The statements of one article's write, in order: Article (returns `created`), entities (one
 * per type present), alias keys, mentions, claims, typed relationships (one per type present,
 * recomputed from their claims) and entity aggregates. `delta` should be resolved already.
 */
export function planArticleWrite(input: GraphDelta, now: string): WriteStatement[] {
  const delta = normalizeDelta(input);
  const a = delta.article;
  const statements: WriteStatement[] = [];
  statements.push({
    name: ARTICLE_STATEMENT,
    cypher: ARTICLE_CYPHER,
    params: {
      now,
      article: {
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
      },
    },
  });

  const sorted = [...delta.entities].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
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
    .sort((x, y) =>
      x.key === y.key ? (x.entityId < y.entityId ? -1 : 1) : x.key < y.key ? -1 : 1,
    );
  if (aliasRows.length > 0) {
    statements.push({ name: 'alias-keys', cypher: ALIAS_CYPHER, params: { aliases: aliasRows } });
  }

  if (sorted.length > 0) {
    statements.push({
      name: 'mentions',
      cypher: MENTIONS_CYPHER,
      params: {
        articleId: a.id,
        mentions: sorted.map((e) => ({
          entityId: e.id,
          count: Math.max(1, Math.round(e.mentions)),
        })),
      },
    });
  }

  if (delta.claims.length > 0) {
    statements.push({
      name: 'claims',
      cypher: CLAIMS_CYPHER,
      params: {
        articleId: a.id,
        publishedAt: publishedDay(a.publishedAt),
        now,
        claims: delta.claims.map((c, i) => ({
          id: `${a.id}:${i}`,
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
        })),
      },
    });
    statements.push(...recomputeRelationStatements(relationKeysOf(delta), now));
  }

  if (sorted.length > 0) {
    statements.push(recomputeEntityStatement(sorted.map((e) => e.id)));
  }
  return statements;
}
