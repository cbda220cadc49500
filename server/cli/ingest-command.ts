// `kg ingest PATH...`: loads article files, folders or URLs into Neo4j with progress and a summary.
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { createGateway } from '../db/gateway.js';
import { isKgError } from '../errors.js';
import { collectArticleFiles } from '../ingest/article-files.js';
import { ingestMany, type IngestItemResult } from '../ingest/ingest-many.js';
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

/** The CLI's view of one file's result from `ingestMany`. */
export function fileResult(file: string, r: IngestItemResult): FileResult {
  if (!r.ok) {
    return {
      file,
      status: 'failed',
      code: isKgError(r.error) ? r.error.code : 'ERROR',
      reason: r.error instanceof Error ? r.error.message : String(r.error),
    };
  }
  const { delta } = r.outcome;
  return {
    file,
    status: r.outcome.created ? 'created' : 'unchanged',
    articleId: delta.article.id,
    entities: delta.entities.length,
    claims: delta.claims.length,
  };
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
    const gateway = createGateway(db.driver, { database: db.database });
    // URLs (mixed with files and folders): stored ones are unchanged, the others are fetched.
    const web = await splitStoredUrls(gateway, paths.filter(isHttpUrl));
    results.push(...web.invalid, ...web.unchanged);
    const files = [...found, ...web.toFetch];
    const readItem = itemReader(config);
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
    const report = await ingestMany(
      gateway,
      files.map((file) => () => readItem(file)),
      {
        dryRun: opts.dryRun === true,
        maxBytes: config.maxArticleBytes,
        maxWords: config.maxArticleWords,
        concurrency: opts.concurrency,
        batchSize: opts.batch,
        measureGrowth: opts.dryRun !== true,
        onSettled: (r) => {
          const file = files[r.index]!;
          bar?.increment(1, { file: file.split('/').pop() ?? file });
        },
      },
    );
    bar?.stop();
    results.push(...report.results.map((r, i) => fileResult(files[i]!, r)));
    const summary: IngestSummary = {
      files: results.length,
      created: results.filter((r) => r.status === 'created').length,
      unchanged: results.filter((r) => r.status === 'unchanged').length,
      failed: results.filter((r) => r.status === 'failed').length,
      dryRun: opts.dryRun === true,
      entitiesAdded: report.growth?.entities ?? 0,
      relationsAdded: report.growth?.relations ?? 0,
      claimsAdded: report.growth?.claims ?? 0,
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
