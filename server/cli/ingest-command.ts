// `kg ingest PATH...`: loads article files or folders into Neo4j with progress and a summary.
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { readStats } from '../db/stats-queries.js';
import { isKgError } from '../errors.js';
import { collectArticleFiles } from '../ingest/article-files.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import type { GraphDelta } from '../ingest/graph-delta.js';
import { ingestArticle, ingestDeltas } from '../ingest/ingest-service.js';
import { openDatabase } from '../runtime/open-database.js';
import { isHttpUrl, itemReader, splitStoredUrls } from './url-items.js';

interface IngestCliOptions {
  concurrency: number;
  batch: number;
  dryRun?: boolean;
  json?: boolean;
}

/** One file's result. */
export interface FileResult {
  file: string;
  status: 'created' | 'unchanged' | 'failed';
  articleId?: string;
  entities?: number;
  claims?: number;
  code?: string;
  reason?: string;
}

/** The final summary printed (or emitted as JSON). */
export interface IngestSummary {
  files: number;
  created: number;
  unchanged: number;
  failed: number;
  dryRun: boolean;
  entitiesAdded: number;
  relationsAdded: number;
  claimsAdded: number;
  results: FileResult[];
}

function intOption(name: string, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`${name} must be an integer from 1 to ${max}`);
    }
    return n;
  };
}

function failure(file: string, err: unknown): FileResult {
  return {
    file,
    status: 'failed',
    code: isKgError(err) ? err.code : 'ERROR',
    reason: err instanceof Error ? err.message : String(err),
  };
}

function success(file: string, created: boolean, delta: GraphDelta): FileResult {
  return {
    file,
    status: created ? 'created' : 'unchanged',
    articleId: delta.article.id,
    entities: delta.entities.length,
    claims: delta.claims.length,
  };
}

/** Runs `worker` over `items` with at most `limit` in flight, keeping result order. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await worker(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}

/** Human-readable summary lines. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${s.dryRun ? 'Dry run: ' : ''}${s.files} file(s): ${s.created} ${s.dryRun ? 'would be created' : 'created'}, ${s.unchanged} unchanged, ${s.failed} failed`,
  ];
  if (!s.dryRun) {
    lines.push(
      `Graph: +${s.entitiesAdded} entities, +${s.relationsAdded} relations, +${s.claimsAdded} claims`,
    );
  }
  for (const r of s.results.filter((x) => x.status === 'failed')) {
    lines.push(`  FAILED ${r.file}: [${r.code ?? 'ERROR'}] ${r.reason ?? ''}`);
  }
  return lines.join('\n');
}

async function runIngest(paths: string[], opts: IngestCliOptions): Promise<void> {
  const json = opts.json === true;
  const log = (line: string) => console.error(line);
  const { files: found, skipped } = await collectArticleFiles(paths.filter((p) => !isHttpUrl(p)));
  const results: FileResult[] = skipped.map((s) => ({
    file: s.path,
    status: 'failed',
    code: 'INVALID_ARGUMENT',
    reason: s.reason,
  }));
  const config = loadConfig();
  const db = await openDatabase(config, log);
  try {
    // URLs (mixed with files and folders): stored ones are unchanged, the others are fetched.
    const web = await splitStoredUrls(db.driver, db.database, paths.filter(isHttpUrl));
    results.push(...web.invalid, ...web.unchanged);
    const files = [...found, ...web.toFetch];
    const readItem = itemReader(config);
    const before = await readStats(db.driver, db.database);
    const tty = process.stdout.isTTY && !json;
    const bar = tty
      ? new cliProgress.SingleBar(
          {
            format: 'ingest [{bar}] {value}/{total} {file}',
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    bar?.start(files.length, 0, { file: '' });
    const tick = (file: string) => bar?.increment(1, { file: file.split('/').pop() ?? file });
    const ingestOpts = {
      dryRun: opts.dryRun === true,
      database: db.database,
      maxBytes: config.maxArticleBytes,
      maxWords: config.maxArticleWords,
    };
    let fileResults: FileResult[];
    if (opts.batch <= 1 || opts.dryRun) {
      fileResults = await mapPool(files, opts.concurrency, async (file): Promise<FileResult> => {
        let r: FileResult;
        try {
          const out = await ingestArticle(db.driver, await readItem(file), ingestOpts);
          r = success(file, out.created, out.delta);
        } catch (err) {
          r = failure(file, err);
        }
        tick(file);
        return r;
      });
    } else {
      // Bulk mode: extraction failures stay per file; each batch of deltas is one transaction.
      const extracted: (GraphDelta | FileResult)[] = [];
      for (const file of files) {
        try {
          extracted.push(
            extractArticle(await readItem(file), {
              maxBytes: config.maxArticleBytes,
              maxWords: config.maxArticleWords,
            }),
          );
        } catch (err) {
          extracted.push(failure(file, err));
          tick(file);
        }
      }
      const ok = files
        .map((f, i) => ({ file: f, d: extracted[i]! }))
        .filter((x): x is { file: string; d: GraphDelta } => 'article' in x.d);
      const batches: { file: string; d: GraphDelta }[][] = [];
      for (let i = 0; i < ok.length; i += opts.batch) batches.push(ok.slice(i, i + opts.batch));
      const byFile = new Map<string, FileResult>();
      await mapPool(batches, opts.concurrency, async (batch) => {
        try {
          const outs = await ingestDeltas(
            db.driver,
            batch.map((b) => b.d),
            { ...ingestOpts, batchSize: batch.length },
          );
          outs.forEach((o, i) =>
            byFile.set(batch[i]!.file, success(batch[i]!.file, o.created, o.delta)),
          );
        } catch (err) {
          for (const b of batch) byFile.set(b.file, failure(b.file, err));
        }
        for (const b of batch) tick(b.file);
      });
      fileResults = files.map((f, i) => {
        const x = extracted[i]!;
        return 'article' in x ? byFile.get(f)! : x;
      });
    }
    bar?.stop();
    results.push(...fileResults);
    const after = await readStats(db.driver, db.database);
    const summary: IngestSummary = {
      files: results.length,
      created: results.filter((r) => r.status === 'created').length,
      unchanged: results.filter((r) => r.status === 'unchanged').length,
      failed: results.filter((r) => r.status === 'failed').length,
      dryRun: opts.dryRun === true,
      entitiesAdded: after.entities - before.entities,
      relationsAdded: after.relations - before.relations,
      claimsAdded: after.claims - before.claims,
      results,
    };
    if (json) console.log(JSON.stringify(summary, null, 2));
    else console.log(formatSummary(summary));
    if (summary.failed > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

/** Registers `kg ingest`. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'Load article files, folders (.txt, .md, .markdown, .html, .htm) or http(s) URLs into the graph',
    )
    .argument('<paths...>', 'files, folders (searched recursively) or URLs of article pages')
    .addOption(
      new Option('-c, --concurrency <n>', 'transactions in flight at once')
        .argParser(intOption('--concurrency', 64))
        .default(4),
    )
    .addOption(
      new Option('-b, --batch <n>', 'articles per transaction (bulk mode when > 1)')
        .argParser(intOption('--batch', 1000))
        .default(1),
    )
    .option('--dry-run', 'extract and resolve, write nothing')
    .option('--json', 'print the summary as JSON (no progress bar)')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      await runIngest(paths, opts);
    });
}
