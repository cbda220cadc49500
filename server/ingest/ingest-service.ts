// Writes GraphDeltas to Neo4j: one managed write transaction per article (or per batch), idempotent.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { withDbErrors } from '../db/db-errors.js';
import { extractArticle, type ArticleInput } from './extract/extract-article.js';
import type { GraphDelta } from './graph-delta.js';
import { resolveExisting } from './resolve-existing.js';
import { ARTICLE_STATEMENT, normalizeDelta, planArticleWrite } from './write-plan.js';

export { deleteArticle } from './delete-article.js';
export { rejectClaim } from './reject-claim.js';
export { mergeEntities } from './merge-entities.js';
export type { ArticleInput };

/** Options shared by the ingest entry points. */
export interface IngestOptions {
  /** Extract and resolve, but write nothing. */
  dryRun?: boolean;
  /** Neo4j database name (default: the server's default). */
  database?: string;
  /** Size limit for the article in bytes (extraction default otherwise). */
  maxBytes?: number;
}

/** What ingesting one article did. */
export interface IngestOutcome {
  /** The delta as written (entity ids resolved against the graph). */
  delta: GraphDelta;
  articleId: string;
  /** False when the article was already in the graph (nothing written). */
  created: boolean;
  dryRun: boolean;
  entityIds: string[];
  warnings: string[];
}

/** Extracts an article (throws KgError on bad input) and writes it. */
export async function ingestArticle(
  driver: Driver,
  input: ArticleInput,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  const delta = extractArticle(
    input,
    opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes },
  );
  return ingestDelta(driver, delta, opts);
}

async function articleExists(tx: ManagedTransaction, id: string): Promise<boolean> {
  const res = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) > 0 AS exists', { id });
  return res.records[0]?.get('exists') === true;
}

/** Resolves and writes one delta inside `tx`; returns the resolved delta and whether it was created. */
export async function writeDeltaInTx(
  tx: ManagedTransaction,
  delta: GraphDelta,
  now: string,
): Promise<{ delta: GraphDelta; created: boolean }> {
  const resolved = normalizeDelta(await resolveExisting(tx, delta));
  // Cheap early exit before any lock is taken; the MERGE below decides under concurrency.
  if (await articleExists(tx, delta.article.id)) return { delta: resolved, created: false };
  const statements = planArticleWrite(resolved, now);
  let created = false;
  for (const st of statements) {
    const res = await tx.run(st.cypher, st.params);
    if (st.name === ARTICLE_STATEMENT) {
      created = res.records[0]?.get('created') === true;
      if (!created) return { delta: resolved, created: false };
    }
  }
  return { delta: resolved, created };
}

function outcome(delta: GraphDelta, created: boolean, dryRun: boolean): IngestOutcome {
  return {
    delta,
    articleId: delta.article.id,
    created,
    dryRun,
    entityIds: delta.entities.map((e) => e.id),
    warnings: [...delta.warnings],
  };
}

/** Writes an already extracted delta in one transaction (nothing when the article exists). */
export async function ingestDelta(
  driver: Driver,
  delta: GraphDelta,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: opts.dryRun ? 'READ' : 'WRITE',
  });
  try {
    return await withDbErrors(async () => {
      if (opts.dryRun) {
        return session.executeRead(async (tx) => {
          const exists = await articleExists(tx, delta.article.id);
          const resolved = normalizeDelta(await resolveExisting(tx, delta));
          return outcome(resolved, !exists, true);
        });
      }
      const now = new Date().toISOString();
      const r = await session.executeWrite((tx) => writeDeltaInTx(tx, delta, now));
      return outcome(r.delta, r.created, false);
    });
  } finally {
    await session.close();
  }
}

/**
 * Bulk path: writes several deltas per transaction (`batchSize`, default 20), in order. Deltas of
 * the same article after the first return `created: false`.
 */
export async function ingestDeltas(
  driver: Driver,
  deltas: readonly GraphDelta[],
  opts: IngestOptions & { batchSize?: number } = {},
): Promise<IngestOutcome[]> {
  if (opts.dryRun) {
    const out: IngestOutcome[] = [];
    for (const d of deltas) out.push(await ingestDelta(driver, d, opts));
    return out;
  }
  const size = Math.max(1, opts.batchSize ?? 20);
  const out: IngestOutcome[] = [];
  const session = driver.session({ database: opts.database });
  try {
    for (let i = 0; i < deltas.length; i += size) {
      const batch = deltas.slice(i, i + size);
      const now = new Date().toISOString();
      const results = await withDbErrors(() =>
        session.executeWrite(async (tx) => {
          const rs: { delta: GraphDelta; created: boolean }[] = [];
          for (const d of batch) rs.push(await writeDeltaInTx(tx, d, now));
          return rs;
        }),
      );
      for (const r of results) out.push(outcome(r.delta, r.created, false));
    }
  } finally {
    await session.close();
  }
  return out;
}
