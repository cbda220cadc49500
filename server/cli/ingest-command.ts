// `kg ingest PATH...`: loads article files or folders into Neo4j with progress and a summary.
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { readStats } from '../db/stats-queries.js';
import { isKgError } from '../errors.js';
import { collectArticleFiles, readArticleFile } from '../ingest/article-files.js';
import { ingestArticle } from '../ingest/ingest-service.js';
import { openDatabase } from '../runtime/open-database.js';

interface IngestCliOptions {
  concurrency: number;
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

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error('--concurrency must be an integer from 1 to 64');
  return n;
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
  const { files, skipped } = await collectArticleFiles(paths);
  const results: FileResult[] = skipped.map((s) => ({
    file: s.path,
    status: 'failed',
    code: 'INVALID_ARGUMENT',
    reason: s.reason,
  }));
  const config = loadConfig();
  const db = await openDatabase(config, log);
  try {
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
    const fileResults = await mapPool(
      files,
      opts.concurrency,
      async (file): Promise<FileResult> => {
        let r: FileResult;
        try {
          const input = await readArticleFile(file);
          const out = await ingestArticle(db.driver, input, {
            dryRun: opts.dryRun === true,
            database: db.database,
            maxBytes: config.maxArticleBytes,
          });
          r = {
            file,
            status: out.created ? 'created' : 'unchanged',
            articleId: out.articleId,
            entities: out.delta.entities.length,
            claims: out.delta.claims.length,
          };
        } catch (err) {
          r = {
            file,
            status: 'failed',
            code: isKgError(err) ? err.code : 'ERROR',
            reason: err instanceof Error ? err.message : String(err),
          };
        }
        bar?.increment(1, { file: file.split('/').pop() ?? file });
        return r;
      },
    );
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
    .description('Load article files or folders (.txt, .md, .markdown, .html, .htm) into the graph')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .addOption(
      new Option('-c, --concurrency <n>', 'articles written in parallel')
        .argParser(parseConcurrency)
        .default(4),
    )
    .option('--dry-run', 'extract and resolve, write nothing')
    .option('--json', 'print the summary as JSON (no progress bar)')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      await runIngest(paths, opts);
    });
}
