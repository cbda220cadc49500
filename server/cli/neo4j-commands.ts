// `kg neo4j fetch|start|stop|status|reset`: manage the project's shared local Neo4j.
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { ensureNeo4jJars } from '../neo4j/jars.js';
import { managedNeo4jStatus, startManagedNeo4j, stopManagedNeo4j } from '../neo4j/managed-neo4j.js';

function runningPid(dataDir: string): number | null {
  return managedNeo4jStatus(dataDir).record?.pid ?? null;
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
    .description('run (or attach to) the managed Neo4j in the foreground until Ctrl-C')
    .action(async () => {
      const config = loadConfig();
      const server = await startManagedNeo4j({ ...config.managed });
      console.log(
        `Neo4j running at ${server.boltUri}; Ctrl-C gives it up (it stops if no other process uses it)`,
      );
      // Nothing else keeps this process alive (the server is not its child when it attached).
      const keepAlive = setInterval(() => undefined, 60_000);
      await new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      clearInterval(keepAlive);
      await server.stop();
    });
  group
    .command('stop')
    .description('stop the managed Neo4j now, even while other processes use it')
    .action(async () => {
      const config = loadConfig();
      const users = await stopManagedNeo4j(config.managed.dataDir);
      if (users === null) console.log(`not running on ${config.managed.dataDir}`);
      else {
        const others = users.filter((p) => p !== process.pid);
        console.log(
          `stopped the managed Neo4j on ${config.managed.dataDir}` +
            (others.length ? `; it was used by process(es) ${others.join(', ')}` : ''),
        );
      }
    });
  group
    .command('status')
    .description('say whether the managed Neo4j is running and which processes use it')
    .action(() => {
      const config = loadConfig();
      const s = managedNeo4jStatus(config.managed.dataDir);
      if (!s.record) console.log(`not running on ${config.managed.dataDir}`);
      else {
        const port = s.record.boltPort ? `, Bolt on 127.0.0.1:${s.record.boltPort}` : '';
        const users = s.users.length ? s.users.join(', ') : 'none';
        console.log(
          `running (pid ${s.record.pid}${port}) on ${config.managed.dataDir}; used by: ${users}`,
        );
      }
    });
  const reset = (opts: { yes?: boolean }) => {
    const config = loadConfig();
    if (config.neo4jUri) {
      throw new Error('NEO4J_URI is set: reset only deletes the managed local database.');
    }
    const pid = runningPid(config.managed.dataDir);
    if (pid)
      throw new Error(
        `The managed Neo4j is running (pid ${pid}); stop it with 'kg neo4j stop' first.`,
      );
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
