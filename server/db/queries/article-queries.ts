// Read queries for articles: by id, text, per entity, entities and claims per article (batched).
import {
  articleProjection,
  claimProjection,
  entityProjection,
  type ArticleRecord,
  type ClaimRecord,
  type EntityRecord,
} from './models.js';
import type { Gateway } from '../gateway.js';

/** Newest first; undated articles last. */
export const ARTICLE_ORDER = `coalesce(toString(a.publishedAt), '') DESC, a.id DESC`;

/** Loads articles (without text) by id in one query; null where missing. */
export async function articlesByIds(
  db: Gateway,
  ids: readonly string[],
): Promise<(ArticleRecord | null)[]> {
  const res = await db.read((tx) =>
    tx.run(`MATCH (a:Article) WHERE a.id IN $ids RETURN ${articleProjection('a')} AS a`, {
      ids: [...new Set(ids)],
    }),
  );
  const byId = new Map(
    res.records.map((r) => [(r.get('a') as ArticleRecord).id, r.get('a') as ArticleRecord]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** Loads the texts of articles in one query. */
export async function articleTexts(db: Gateway, ids: readonly string[]): Promise<string[]> {
  const res = await db.read((tx) =>
    tx.run(`MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.text AS text`, {
      ids: [...new Set(ids)],
    }),
  );
  const byId = new Map(res.records.map((r) => [r.get('id') as string, r.get('text') as string]));
  return ids.map((id) => byId.get(id) ?? '');
}

/** The newest `first` articles mentioning each entity, in one query. */
export async function articlesOfEntities(
  db: Gateway,
  entityIds: readonly string[],
  first: number,
): Promise<Map<string, ArticleRecord[]>> {
  const res = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       CALL (e) {
         MATCH (a:Article)-[:MENTIONS]->(e)
         RETURN a ORDER BY ${ARTICLE_ORDER} LIMIT toInteger($first)
       }
       RETURN id, ${articleProjection('a')} AS a`,
      { ids: [...new Set(entityIds)], first },
    ),
  );
  const out = new Map<string, ArticleRecord[]>();
  for (const rec of res.records) {
    const id = rec.get('id') as string;
    out.set(id, [...(out.get(id) ?? []), rec.get('a') as ArticleRecord]);
  }
  return out;
}

/** The entities each article mentions with their counts, in one query. */
export async function entitiesOfArticles(
  db: Gateway,
  articleIds: readonly string[],
): Promise<Map<string, { entity: EntityRecord; count: number }[]>> {
  const res = await db.read((tx) =>
    tx.run(
      `MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id IN $ids
       RETURN a.id AS id, ${entityProjection('e')} AS e, coalesce(m.count, 1) AS count
       ORDER BY count DESC, e.name, e.id`,
      { ids: [...new Set(articleIds)] },
    ),
  );
  const out = new Map<string, { entity: EntityRecord; count: number }[]>();
  for (const rec of res.records) {
    const id = rec.get('id') as string;
    const item = { entity: rec.get('e') as EntityRecord, count: rec.get('count') as number };
    out.set(id, [...(out.get(id) ?? []), item]);
  }
  return out;
}

/** The claims each article states (rejected ones included), in text order, in one query. */
export async function claimsOfArticles(
  db: Gateway,
  articleIds: readonly string[],
): Promise<Map<string, ClaimRecord[]>> {
  const res = await db.read((tx) =>
    tx.run(
      `MATCH (a:Article)-[:STATES]->(c:Claim) WHERE a.id IN $ids
       RETURN a.id AS id, ${claimProjection('c', 'a')} AS c
       ORDER BY coalesce(c.start, 0), c.id`,
      { ids: [...new Set(articleIds)] },
    ),
  );
  const out = new Map<string, ClaimRecord[]>();
  for (const rec of res.records) {
    const id = rec.get('id') as string;
    out.set(id, [...(out.get(id) ?? []), rec.get('c') as ClaimRecord]);
  }
  return out;
}
