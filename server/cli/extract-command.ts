// The `kg extract <file>` command: runs the pure extraction on one file and prints JSON or a summary.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isKgError } from '../errors.js';
import { extractArticle, toExtractJson } from '../ingest/extract/extract-article.js';
import type { GraphDelta } from '../../schema/graph-delta.js';

interface ExtractFlags {
  json?: boolean;
  language?: string;
  format?: string;
}

const FORMATS = ['auto', 'text', 'markdown', 'html'] as const;

/** Adds `extract <file> [--json] [--language fr|en] [--format auto|text|markdown|html]`. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract <file>')
    .description('extract entities and relations from one article without touching the database')
    .option('--json', 'print the extraction contract JSON only')
    .option('--language <code>', 'force the language (fr or en)')
    .option('--format <format>', 'input format: auto, text, markdown or html', 'auto')
    .action((file: string, flags: ExtractFlags) => {
      try {
        if (flags.language && flags.language !== 'fr' && flags.language !== 'en') {
          throw Object.assign(new Error(`--language must be fr or en, not "${flags.language}"`), {
            code: 'INVALID_ARGUMENT',
          });
        }
        const format = (flags.format ?? 'auto') as (typeof FORMATS)[number];
        if (!FORMATS.includes(format)) {
          throw Object.assign(new Error(`--format must be one of ${FORMATS.join(', ')}`), {
            code: 'INVALID_ARGUMENT',
          });
        }
        const bytes = readFileSync(file);
        const delta = extractArticle({
          text: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          format,
          fileName: basename(file),
          language: (flags.language as 'fr' | 'en' | undefined) ?? null,
        });
        process.stdout.write(
          flags.json ? `${JSON.stringify(toExtractJson(delta), null, 2)}\n` : summary(delta),
        );
      } catch (err) {
        const code = isKgError(err) ? err.code : ((err as { code?: string }).code ?? 'ERROR');
        process.stderr.write(`${code}: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    });
}

function summary(delta: GraphDelta): string {
  const { article } = delta;
  const names = new Map(delta.entities.map((e) => [e.id, e.name]));
  const lines = [
    `Title:     ${article.title ?? '(none)'}`,
    `Published: ${article.publishedAt ?? '(unknown)'}`,
    `Author:    ${article.author ?? '(unknown)'}`,
    `Language:  ${article.language}`,
    `Article:   ${article.id}`,
    '',
    `Entities (${delta.entities.length}):`,
  ];
  const byType = new Map<string, string[]>();
  for (const e of delta.entities)
    byType.set(e.type, [...(byType.get(e.type) ?? []), `${e.name} ×${e.mentions}`]);
  for (const [type, list] of [...byType].sort()) lines.push(`  ${type}: ${list.join(', ')}`);
  lines.push('', `Relations (${delta.claims.length}):`);
  for (const c of delta.claims) {
    lines.push(
      `  ${names.get(c.source) ?? c.source} ${c.type} ${names.get(c.target) ?? c.target}  [${c.method}, ${c.confidence.toFixed(2)}]`,
    );
    lines.push(`    “${c.sentence}”`);
  }
  return `${lines.join('\n')}\n`;
}
