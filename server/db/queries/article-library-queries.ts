// The article library: every article with its entity and claim counts, searched, sorted and paged.
import type { Gateway } from '../gateway.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { articleProjection, type ArticleRecord } from './models.js';

/** Orders of the library. */
export const LIBRARY_SORTS = ['NEWEST', 'OLDEST', 'TITLE', 'ENTITIES', 'CLAIMS'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** One row of the library. */
export interface LibraryItem {
  article: ArticleRecord;
  entityCount: number;
  /** Claims not rejected. */
  claimCount: number;
  rejectedClaimCount: number;
}

/** One page of the library. */
export interface LibraryPage {
  items: LibraryItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Arguments of {@link articleLibrary}. */
export interface LibraryArgs {
  /** Case-insensitive substring of the title or source. */
  text?: string | null;
  sort: LibrarySort;
  first: number;
  after?: string | null;
}

// Sort key (k), direction, and whether k is a number; ties always go by id ascending.
const ORDERS: Record<LibrarySort, { key: string; desc: boolean; numeric: boolean }> = {
  NEWEST: { key: "coalesce(toString(a.publishedAt), '')", desc: true, numeric: false },
  OLDEST: { key: "coalesce(toString(a.publishedAt), '')", desc: false, numeric: false },
  TITLE: { key: "toLower(coalesce(a.title, ''))", desc: false, numeric: false },
  ENTITIES: { key: 'entityCount', desc: true, numeric: true },
  CLAIMS: { key: 'claimCount', desc: true, numeric: true },
};

/** Lists articles with their counts in `args.sort` order (keyset pagination). */
export async function articleLibrary(db: Gateway, args: LibraryArgs): Promise<LibraryPage> {
  const order = ORDERS[args.sort];
  const after = args.after ? decodeCursor(args.after) : null;
  const text = args.text?.trim().toLowerCase() || null;
  const cmp = order.desc ? '<' : '>';
  const base = `MATCH (a:Article)
    WHERE $text IS NULL OR toLower(coalesce(a.title, '')) CONTAINS $text
      OR toLower(coalesce(a.source, '')) CONTAINS $text`;
  const counted = `${base}
    WITH a, COUNT { (a)-[:MENTIONS]->(:Entity) } AS entityCount,
      COUNT { (a)-[:STATES]->(c:Claim) WHERE NOT coalesce(c.rejected, false) } AS claimCount,
      COUNT { (a)-[:STATES]->(c:Claim) WHERE coalesce(c.rejected, false) } AS rejectedClaimCount
    WITH a, entityCount, claimCount, rejectedClaimCount, ${order.key} AS k`;
  const params = {
    text,
    afterK: after ? after.k : null,
    afterId: after?.id ?? null,
    n: args.first + 1,
  };
  return db.read(async (tx) => {
    const page = await tx.run(
      `${counted}
       WHERE $afterId IS NULL OR k ${cmp} $afterK OR (k = $afterK AND a.id > $afterId)
       WITH a, entityCount, claimCount, rejectedClaimCount, k
       ORDER BY k ${order.desc ? 'DESC' : 'ASC'}, a.id ASC LIMIT toInteger($n)
       RETURN ${articleProjection('a')} AS a, entityCount, claimCount, rejectedClaimCount, k`,
      params,
    );
    const total = await tx.run(`${base} RETURN count(a) AS n`, params);
    const rows = page.records.slice(0, args.first);
    const items = rows.map((r) => ({
      article: r.get('a') as ArticleRecord,
      entityCount: Number(r.get('entityCount')),
      claimCount: Number(r.get('claimCount')),
      rejectedClaimCount: Number(r.get('rejectedClaimCount')),
    }));
    const last = rows.at(-1);
    return {
      items,
      endCursor: last
        ? encodeCursor({
            k: order.numeric ? Number(last.get('k')) : (last.get('k') as string),
            id: (last.get('a') as ArticleRecord).id,
          })
        : null,
      hasNextPage: page.records.length > args.first,
      totalCount: Number(total.records[0]?.get('n') ?? 0),
    };
  });
}
