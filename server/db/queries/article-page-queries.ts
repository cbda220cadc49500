// Paged article list with full-text, date, language and mentioned-entity filters.
import { decodeCursor, encodeCursor } from './cursor.js';
import { articleSearchQuery } from './lucene-query.js';
import { articleProjection, type ArticleRecord } from './models.js';
import type { Gateway } from '../gateway.js';
import { ARTICLE_ORDER } from './article-queries.js';

/** Filters of the `articles` list. */
export interface ArticlePageArgs {
  text?: string | null;
  since?: string | null;
  until?: string | null;
  mentions?: readonly string[] | null;
  language?: string | null;
  first: number;
  after?: string | null;
}

/** One page of articles, newest first. */
export interface ArticlePage {
  nodes: ArticleRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Lists articles newest first with keyset pagination. */
export async function articlesPage(db: Gateway, args: ArticlePageArgs): Promise<ArticlePage> {
  const after = args.after ? decodeCursor(args.after) : null;
  const query = args.text ? articleSearchQuery(args.text) : null;
  if (args.text && !query) return { nodes: [], endCursor: null, hasNextPage: false, totalCount: 0 };
  const source = query
    ? `CALL db.index.fulltext.queryNodes('article_search', $query) YIELD node AS a`
    : 'MATCH (a:Article)';
  const filter = `($since IS NULL OR substring(toString(a.publishedAt), 0, 10) >= $since)
    AND ($until IS NULL OR substring(toString(a.publishedAt), 0, 10) <= $until)
    AND ($language IS NULL OR a.language = $language)
    AND all(m IN $mentions WHERE EXISTS { (a)-[:MENTIONS]->(:Entity {id: m}) })`;
  const keyset = `($afterId IS NULL OR coalesce(toString(a.publishedAt), '') < $afterK
    OR (coalesce(toString(a.publishedAt), '') = $afterK AND a.id < $afterId))`;
  const params = {
    query,
    since: args.since ?? null,
    until: args.until ?? null,
    language: args.language ?? null,
    mentions: [...new Set(args.mentions ?? [])],
    afterK: after?.k ?? null,
    afterId: after?.id ?? null,
    n: args.first + 1,
  };
  return db.read(async (tx) => {
    const page = await tx.run(
      `${source} WITH a WHERE ${filter} AND ${keyset}
       WITH a ORDER BY ${ARTICLE_ORDER} LIMIT toInteger($n)
       RETURN ${articleProjection('a')} AS a`,
      params,
    );
    const count = await tx.run(`${source} WITH a WHERE ${filter} RETURN count(a) AS n`, params);
    const rows = page.records.map((r) => r.get('a') as ArticleRecord);
    const nodes = rows.slice(0, args.first);
    const last = nodes.at(-1);
    return {
      nodes,
      endCursor: last ? encodeCursor({ k: last.publishedAt ?? '', id: last.id }) : null,
      hasNextPage: rows.length > args.first,
      totalCount: (count.records[0]?.get('n') as number | undefined) ?? 0,
    };
  });
}
