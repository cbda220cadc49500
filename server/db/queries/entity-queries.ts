// Read queries for entities: by ids (batched), paged lists with filters, and full-text search.
import type { EntityType } from '../../../schema/ontology.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { bestMatch, entitySearchQuery } from './lucene-query.js';
import { entityProjection, type EntityRecord } from './models.js';
import { nameRankPatterns } from './name-rank.js';
import type { Gateway } from '../gateway.js';
import { nameKey } from '../writes/name-key.js';

/** Loads entities by id in one query; the result follows `ids` (null where missing). */
export async function entitiesByIds(
  db: Gateway,
  ids: readonly string[],
): Promise<(EntityRecord | null)[]> {
  const rows = await db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (e:Entity) WHERE e.id IN $ids RETURN ${entityProjection('e')} AS e`,
      { ids: [...new Set(ids)] },
    );
    return res.records.map((r) => r.get('e') as EntityRecord);
  });
  const byId = new Map(rows.map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Filter and order of an entity list. */
export interface EntityPageArgs {
  types?: readonly EntityType[] | null;
  name?: string | null;
  sort: 'MENTIONS' | 'NAME';
  first: number;
  after?: string | null;
}

/** One page of entities. */
export interface EntityPage {
  edges: { cursor: string; node: EntityRecord }[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * The WHERE conditions of an entity list, only the active ones (so each is served by its index:
 * `nameKey CONTAINS` by the TEXT index `entity_name_key`, types by `entity_type`), and the hint
 * that makes the name filter start from its index whatever the order.
 */
function listFilter(key: string | null, hasTypes: boolean): { hint: string; where: string[] } {
  const where: string[] = [];
  if (key !== null) where.push('e.nameKey CONTAINS $key');
  if (hasTypes) where.push('e.type IN $types');
  return { hint: key !== null ? 'USING TEXT INDEX e:Entity(nameKey)' : '', where };
}

/** The Cypher of one page and of its total count (exported for the plan tests). */
export function entitiesPageCypher(args: Pick<EntityPageArgs, 'types' | 'name' | 'sort'>): {
  page: string;
  count: string;
} {
  const byName = args.sort === 'NAME';
  const f = listFilter(nameFilterKey(args.name), Boolean(args.types?.length));
  // By mentions, the bare property and `mentionCount >= 0` (every entity has one) let the planner
  // read the mentionCount index in order and stop at the page size (see overview).
  const keyset = byName
    ? `($afterId IS NULL OR toLower(e.name) > $afterK OR (toLower(e.name) = $afterK AND e.id > $afterId))`
    : `e.mentionCount >= 0 AND ($afterId IS NULL OR e.mentionCount < $afterK
        OR (e.mentionCount = $afterK AND e.id > $afterId))`;
  const order = byName ? 'toLower(e.name), e.id' : 'e.mentionCount DESC, e.id';
  const countWhere = f.where.length ? `WHERE ${f.where.join(' AND ')}` : '';
  return {
    page: `MATCH (e:Entity) ${f.hint} WHERE ${[...f.where, keyset].join(' AND ')}
       WITH e ORDER BY ${order} LIMIT toInteger($n)
       RETURN ${entityProjection('e')} AS e`,
    // Counted from the same index as the page (the matches only), never by a label scan; with no
    // filter, Neo4j answers from its count store.
    count: `MATCH (e:Entity) ${f.hint} ${countWhere} RETURN count(e) AS n`,
  };
}

/** The folded substring an entity name filter looks for (null: no filter). */
export function nameFilterKey(name: string | null | undefined): string | null {
  const key = name ? nameKey(name).trim() : '';
  return key === '' ? null : key;
}

/** Lists entities with keyset pagination (MENTIONS: most mentioned first; NAME: A→Z). */
export async function entitiesPage(db: Gateway, args: EntityPageArgs): Promise<EntityPage> {
  const after = args.after ? decodeCursor(args.after) : null;
  const byName = args.sort === 'NAME';
  const params = {
    types: args.types?.length ? args.types : null,
    key: nameFilterKey(args.name),
    afterK: after?.k ?? null,
    afterId: after?.id ?? null,
    n: args.first + 1,
  };
  const cypher = entitiesPageCypher(args);
  return db.read(async (tx) => {
    const page = await tx.run(cypher.page, params);
    const count = await tx.run(cypher.count, params);
    const nodes = page.records.map((r) => r.get('e') as EntityRecord);
    const hasNextPage = nodes.length > args.first;
    const kept = nodes.slice(0, args.first);
    return {
      edges: kept.map((node) => ({
        node,
        cursor: encodeCursor({
          k: byName ? node.name.toLowerCase() : node.mentionCount,
          id: node.id,
        }),
      })),
      hasNextPage,
      totalCount: (count.records[0]?.get('n') as number | undefined) ?? 0,
    };
  });
}

/** One search result. */
export interface SearchHit {
  entity: EntityRecord;
  score: number;
  matched: string | null;
}

/** Full-text search over names and aliases; unsafe characters never reach Lucene. */
export async function searchEntities(
  db: Gateway,
  text: string,
  types: readonly EntityType[] | null | undefined,
  limit: number,
): Promise<SearchHit[]> {
  const query = entitySearchQuery(text);
  const rank = nameRankPatterns(text);
  if (!query || !rank || limit === 0) return [];
  const rows = await db.read(async (tx) => {
    // Rank: a name or alias equal to the searched words first, then one starting with them, then
    // the rest; within a rank by full-text score, mentions, and id (a stable order).
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS e, score
       WHERE $types IS NULL OR e.type IN $types
       WITH e, score, [n IN [e.name] + coalesce(e.aliases, []) | normalize(n, NFD)] AS names
       WITH e, score,
            CASE WHEN any(n IN names WHERE n =~ $exact) THEN 0
                 WHEN any(n IN names WHERE n =~ $prefix) THEN 1
                 ELSE 2 END AS rank
       ORDER BY rank, score DESC, coalesce(e.mentionCount, 0) DESC, e.id
       LIMIT toInteger($limit)
       RETURN ${entityProjection('e')} AS e, score`,
      { query, types: types?.length ? types : null, limit, ...rank },
    );
    return res.records.map((r) => ({
      entity: r.get('e') as EntityRecord,
      score: r.get('score') as number,
    }));
  });
  return rows.map((h) => ({
    ...h,
    matched: bestMatch(text, [h.entity.name, ...h.entity.aliases]),
  }));
}
