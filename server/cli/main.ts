// The `kg` command line: each sub-command lives in its own file and registers itself here.
import { Command } from 'commander';
import { registerBackupCommands } from './backup-commands.js';
import { registerEvalCommand } from './eval-command.js';
import { registerExtractCommand } from './extract-command.js';
import { registerFeedCommand } from './feed-command.js';
import { registerNeo4jCommands } from './neo4j-commands.js';
import { registerIngestCommand } from './ingest-command.js';

const program = new Command('kg')
  .description('EV industry knowledge graph: extract, ingest and manage the local Neo4j')
  .showHelpAfterError();

registerExtractCommand(program);
registerEvalCommand(program);
registerIngestCommand(program);
registerFeedCommand(program);
registerNeo4jCommands(program);
registerBackupCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
