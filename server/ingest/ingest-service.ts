// Writes GraphDeltas to Neo4j: one managed write transaction per article (or per batch), idempotent.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { withDbErrors } from '../db/db-errors.js';
import { extractArticle, type ArticleInput } from './extract/extract-article.js';
import type { GraphDelta } from './graph-delta.js';
import { resolveExisting, resolveForWrite } from './resolve-existing.js';
import { normalizeDelta, planContentOnly, planWrite } from './write-plan.js';

export { deleteArticle } from './delete-article.js';
export { rejectClaim } from './reject-claim.js';
export { mergeEntities } from './merge-entities.js';
export type { DeleteArticleResult, MaintenanceOptions } from './delete-article.js';
export type { MergeEntitiesResult } from './merge-entities.js';
export type { ArticleInput };

/** Options shared by the ingest entry points. */
export interface IngestOptions {
  /** Extract and resolve, but write nothing. */
  dryRun?: boolean;
  /** Neo4j database name (default: the server's default). */
  database?: string;
  /** Size limit for the article in bytes (extraction default otherwise). */
  maxBytes?: number;
  /** Word limit for the article (extraction default otherwise). */
  maxWords?: number;
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
  const delta = extractArticle(input, {
    ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
    ...(opts.maxWords === undefined ? {} : { maxWords: opts.maxWords }),
  });
  return ingestDelta(driver, delta, opts);
}

async function existingArticles(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Set<string>> {
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS found',
    { ids },
  );
  return new Set((res.records[0]?.get('found') as string[] | undefined) ?? []);
}

/**
 * Resolves and writes deltas inside `tx` (in order; a repeated article id counts once): one read
 * (resolution and the articles already present), then one write statement. Returns, per input
 * delta, the resolved delta and whether its Article was created.
 */
export async function writeDeltasInTx(
  tx: ManagedTransaction,
  deltas: readonly GraphDelta[],
  now: string,
): Promise<{ delta: GraphDelta; created: boolean }[]> {
  const { deltas: resolvedRaw, existingArticles: existing } = await resolveForWrite(tx, deltas);
  const resolved = resolvedRaw.map(normalizeDelta);
  // Cheap early exit before any lock is taken; the MERGE below decides under concurrency.
  const firstOfId = new Map<string, number>();
  resolved.forEach((d, i) => {
    if (!existing.has(d.article.id) && !firstOfId.has(d.article.id)) firstOfId.set(d.article.id, i);
  });
  const toWrite = [...firstOfId.values()].map((i) => resolved[i]!);
  const created = new Set<string>();
  if (toWrite.length > 0) {
    const st = planWrite(toWrite, now);
    const res = await tx.run(st.cypher, st.params);
    const row = res.records[0];
    for (const id of (row?.get('created') as string[] | undefined) ?? []) created.add(id);
    if (row?.get('wroteContent') !== true && created.size > 0) {
      // Another writer created some of these articles meanwhile: content for ours only.
      const c = planContentOnly(
        toWrite.filter((d) => created.has(d.article.id)),
        now,
      );
      await tx.run(c.cypher, c.params);
    }
  }
  return resolved.map((d, i) => ({
    delta: d,
    created: created.has(d.article.id) && firstOfId.get(d.article.id) === i,
  }));
}

/** Resolves and writes one delta inside `tx`; returns the resolved delta and whether it was created. */
export async function writeDeltaInTx(
  tx: ManagedTransaction,
  delta: GraphDelta,
  now: string,
): Promise<{ delta: GraphDelta; created: boolean }> {
  const [r] = await writeDeltasInTx(tx, [delta], now);
  return r!;
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
          const exists = await existingArticles(tx, [delta.article.id]);
          const resolved = normalizeDelta(await resolveExisting(tx, delta));
          return outcome(resolved, exists.size === 0, true);
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
 * Bulk path: writes several deltas per transaction (`batchSize`, default 100) with one set of
 * statements per batch (rows merged across its articles). Deltas of the same article after the
 * first return `created: false`.
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
  const size = Math.max(1, opts.batchSize ?? 100);
  const out: IngestOutcome[] = [];
  const session = driver.session({ database: opts.database });
  try {
    for (let i = 0; i < deltas.length; i += size) {
      const batch = deltas.slice(i, i + size);
      const now = new Date().toISOString();
      const results = await withDbErrors(() =>
        session.executeWrite((tx) => writeDeltasInTx(tx, batch, now)),
      );
      for (const r of results) out.push(outcome(r.delta, r.created, false));
    }
  } finally {
    await session.close();
  }
  return out;
}
