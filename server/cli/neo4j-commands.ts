// `kg neo4j fetch|start|reset|status`: manage the project's local Neo4j.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { ensureNeo4jJars } from '../neo4j/jars.js';
import { startManagedNeo4j } from '../neo4j/managed-neo4j.js';

function runningPid(dataDir: string): number | null {
  const pidFile = join(dataDir, 'run', 'kg-neo4j.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Adds the `neo4j` command group and the `reset` shortcut. */
export function registerNeo4jCommands(program: Command): void {
  const group = program.command('neo4j').description('manage the managed local Neo4j');
  group
    .command('fetch')
    .description('download the pinned Neo4j jars from Maven Central into the cache (once)')
    .action(async () => {
      const config = loadConfig();
      const lib = await ensureNeo4jJars(config.managed.cacheDir);
      console.log(`Neo4j jars ready in ${lib}`);
    });
  group
    .command('start')
    .description('run the managed Neo4j in the foreground until Ctrl-C')
    .action(async () => {
      const config = loadConfig();
      const server = await startManagedNeo4j({ ...config.managed });
      console.log(`Neo4j running at ${server.boltUri}; Ctrl-C stops it`);
      await new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      await server.stop();
    });
  group
    .command('status')
    .description('say whether the managed Neo4j is running')
    .action(() => {
      const config = loadConfig();
      const pid = runningPid(config.managed.dataDir);
      console.log(pid ? `running (pid ${pid}) on ${config.managed.dataDir}` : 'not running');
    });
  const reset = (opts: { yes?: boolean }) => {
    const config = loadConfig();
    if (config.neo4jUri) {
      throw new Error('NEO4J_URI is set: reset only deletes the managed local database.');
    }
    const pid = runningPid(config.managed.dataDir);
    if (pid) throw new Error(`The managed Neo4j is running (pid ${pid}); stop the app first.`);
    if (!opts.yes) throw new Error(`This deletes ${config.managed.dataDir}; add --yes to confirm.`);
    rmSync(config.managed.dataDir, { recursive: true, force: true });
    console.log(`deleted ${config.managed.dataDir}; the next start begins with an empty graph`);
  };
  group
    .command('reset')
    .description('delete the managed database (all data)')
    .option('--yes', 'confirm')
    .action(reset);
  program
    .command('reset')
    .description('delete the managed database (same as `kg neo4j reset`)')
    .option('--yes', 'confirm')
    .action(reset);
}
