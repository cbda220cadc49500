// The `kg eval DIR...` command: scores in-process extraction against NAME.gold.json annotations.
import type { Command } from 'commander';
import { formatReport } from '../eval/format-report.js';
import { EvalInputError } from '../eval/gold-schema.js';
import { runEval } from '../eval/run-eval.js';

interface EvalFlags {
  json?: boolean;
  verbose?: boolean;
  type?: string[];
}

/** Adds `eval <dirs...> [--json] [--verbose] [--type TYPE...]`; exit 2 on bad input, 1 if an article fails. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval <dirs...>')
    .description('score extraction against NAME.gold.json annotations (no database)')
    .option('--json', 'print the report as JSON')
    .option('--verbose', 'list each miss, spurious item, leak and wrong metadata with its sentence')
    .option('--type <types...>', 'count only these entity or relation types (e.g. LEADS Person)')
    .action((dirs: string[], flags: EvalFlags) => {
      try {
        const types = flags.type?.flatMap((t) => t.split(',')).filter((t) => t !== '') ?? null;
        const report = runEval(dirs, types);
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(report, null, 2)}\n`
            : formatReport(report, flags.verbose === true),
        );
        if (report.articles.some((a) => a.error !== null)) process.exitCode = 1;
      } catch (err) {
        if (!(err instanceof EvalInputError)) throw err;
        process.stderr.write(`INVALID_INPUT: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
