// `kg backup FILE` and `kg restore FILE [--replace]`: carry the whole graph to another Neo4j.
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { writeBackup } from '../db/backup/write-backup.js';
import { restoreBackup } from '../db/backup/restore-backup.js';
import { openDatabase } from '../runtime/open-database.js';

/** Registers `kg backup` and `kg restore`. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'write the whole graph (articles, claims, curation) to FILE (.jsonl, or .jsonl.gz)',
    )
    .argument('<file>', 'where to write the backup; gzipped when it ends in .gz')
    .action(async (file: string) => {
      const db = await openDatabase(loadConfig(), (l) => console.error(l));
      try {
        const s = await writeBackup(db.driver, file, db.database);
        console.log(
          `backed up ${s.nodes} nodes and ${s.relationships} relationships to ${s.file} ` +
            `(${(s.bytes / 1024).toFixed(1)} KiB)`,
        );
      } finally {
        await db.close();
      }
    });
  program
    .command('restore')
    .description('load a backup written by `kg backup` into an empty graph')
    .argument('<file>', 'a backup file (plain or gzipped)')
    .option('--replace', 'delete everything in the target graph first')
    .action(async (file: string, opts: { replace?: boolean }) => {
      const db = await openDatabase(loadConfig(), (l) => console.error(l));
      try {
        const s = await restoreBackup(db.driver, file, {
          database: db.database,
          replace: opts.replace === true,
          log: (l) => console.error(l),
        });
        console.log(
          `restored ${s.nodes} nodes and ${s.relationships} relationships from ${file}` +
            (s.deleted ? ` (replacing ${s.deleted} nodes)` : ''),
        );
      } finally {
        await db.close();
      }
    });
}
