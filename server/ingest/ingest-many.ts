// Ingestion as orchestration: extract many articles and store them through the gateway, each on its own.
import pLimit from 'p-limit';
import type { Gateway } from '../db/gateway.js';
import { readStats, type GraphStats } from '../db/stats-queries.js';
import { storeDeltaGrouped } from '../db/writes/grouped-store.js';
import { storeDeltas, type StoredDelta } from '../db/writes/store-deltas.js';
import type { GraphDelta } from '../../schema/graph-delta.js';
import { isKgError } from '../errors.js';
import { extractArticle, type ArticleInput } from './extract/extract-article.js';

export type { ArticleInput };

/** An article to ingest: its input, or a function that reads it (a file read when its turn comes). */
export type ArticleSource = ArticleInput | (() => Promise<ArticleInput>);

/** Options of {@link ingestMany}. */
export interface IngestOptions {
  /** Extract and resolve, but write nothing. */
  dryRun?: boolean;
  /** Size limit for an article in bytes (extraction default otherwise). */
  maxBytes?: number;
  /** Word limit for an article (extraction default otherwise). */
  maxWords?: number;
  /** Transactions in flight at once (default 4). */
  concurrency?: number;
  /** Articles per write transaction (default 1; bulk loading uses more). */
  batchSize?: number;
  /**
   * With `batchSize` 1: share each write transaction with the other single articles being stored
   * through the same gateway at that moment (group commit; default true). False: one each.
   */
  groupCommit?: boolean;
  /** Also count the entities, relations and claims the run added (two stats reads). */
  measureGrowth?: boolean;
  /**
   * Adjusts a batch's extracted deltas just before they are stored, in the same order (loading by
   * link gives an article the id of the one already stored from the same URL).
   */
  beforeStore?: (deltas: GraphDelta[]) => Promise<GraphDelta[]>;
  /** Called as each article settles (progress bars). */
  onSettled?: (result: IngestItemResult) => void;
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

/** One article's result, at the index of its source: an outcome or the error that refused it. */
export type IngestItemResult =
  | { index: number; ok: true; outcome: IngestOutcome }
  | { index: number; ok: false; error: unknown };

/** How much the graph grew during the run (other writers included). */
export interface GraphGrowth {
  entities: number;
  relations: number;
  claims: number;
}

/** The results of {@link ingestMany}, in the order of the sources. */
export interface IngestReport {
  results: IngestItemResult[];
  /** Set when `measureGrowth` was asked for. */
  growth: GraphGrowth | null;
}

function outcome(stored: StoredDelta, dryRun: boolean): IngestOutcome {
  return {
    delta: stored.delta,
    articleId: stored.delta.article.id,
    created: stored.created,
    dryRun,
    entityIds: stored.delta.entities.map((e) => e.id),
    warnings: [...stored.delta.warnings],
  };
}

const isUnavailable = (err: unknown) => isKgError(err) && err.code === 'DATABASE_UNAVAILABLE';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Extracts and stores every source. Each article settles on its own: a source that cannot be
 * read, extracted or written gives a failed result and never fails its neighbours. With
 * `batchSize` > 1 the extracted articles of a batch share one transaction; when that
 * transaction fails, its articles are retried one per transaction. With `batchSize` 1 (the
 * default) each article goes through the gateway's group commit (see `groupCommit`).
 */
export async function ingestMany(
  gateway: Gateway,
  sources: readonly ArticleSource[],
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const dryRun = opts.dryRun === true;
  const batchSize = dryRun ? 1 : Math.max(1, opts.batchSize ?? 1);
  const grouped = !dryRun && batchSize === 1 && opts.groupCommit !== false;
  const before: GraphStats | null = opts.measureGrowth ? await readStats(gateway) : null;
  const limit = pLimit(Math.max(1, opts.concurrency ?? 4));
  const results = new Array<IngestItemResult>(sources.length);
  const settle = (r: IngestItemResult) => {
    results[r.index] = r;
    opts.onSettled?.(r);
  };
  const extract = async (index: number): Promise<GraphDelta | null> => {
    try {
      const source = sources[index]!;
      const input = typeof source === 'function' ? await source() : source;
      return extractArticle(input, {
        ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
        ...(opts.maxWords === undefined ? {} : { maxWords: opts.maxWords }),
      });
    } catch (error) {
      settle({ index, ok: false, error });
      return null;
    }
  };
  const store = async (batch: { index: number; delta: GraphDelta }[]): Promise<void> => {
    const extracted = batch.map((b) => b.delta);
    const deltas = opts.beforeStore ? await opts.beforeStore(extracted) : extracted;
    const stored =
      grouped && deltas.length === 1
        ? [await storeDeltaGrouped(gateway, deltas[0]!)]
        : await storeDeltas(gateway, deltas, { dryRun });
    stored.forEach((s, i) =>
      settle({ index: batch[i]!.index, ok: true, outcome: outcome(s, dryRun) }),
    );
  };
  const indexes = sources.map((_, i) => i);
  await Promise.all(
    chunks(indexes, batchSize).map((group) =>
      limit(async () => {
        const batch: { index: number; delta: GraphDelta }[] = [];
        for (const index of group) {
          const delta = await extract(index);
          if (delta) batch.push({ index, delta });
        }
        if (batch.length === 0) return;
        try {
          await store(batch);
        } catch (error) {
          if (batch.length === 1 || isUnavailable(error)) {
            for (const one of batch) settle({ index: one.index, ok: false, error });
            return;
          }
          // One article may have made the whole batch fail: each alone, so only it fails.
          for (const one of batch) {
            try {
              await store([one]);
            } catch (err) {
              settle({ index: one.index, ok: false, error: err });
            }
          }
        }
      }),
    ),
  );
  const after = before ? await readStats(gateway) : null;
  const growth =
    before && after
      ? {
          entities: after.entities - before.entities,
          relations: after.relations - before.relations,
          claims: after.claims - before.claims,
        }
      : null;
  return { results, growth };
}

/** Ingests one article: {@link ingestMany} of one, throwing its error (KgError on bad input). */
export async function ingestArticle(
  gateway: Gateway,
  input: ArticleInput,
  opts: Omit<IngestOptions, 'batchSize' | 'concurrency' | 'measureGrowth'> = {},
): Promise<IngestOutcome> {
  const { results } = await ingestMany(gateway, [input], opts);
  const r = results[0]!;
  if (!r.ok) throw r.error;
  return r.outcome;
}
