// Starts the managed Neo4j as a child process, waits for Bolt, and stops it without strays.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  closeSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureNeo4jJars, pinnedNeo4jVersion } from './jars.js';
import { jvmArgs, neo4jConf, type ManagedNeo4jSettings } from './neo4j-conf.js';
import { javaExecutable, javaMajorVersion } from './prerequisites.js';

/** Options for one managed instance. */
export interface StartOptions {
  dataDir: string;
  cacheDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  log?: (line: string) => void;
}

/** A running managed Neo4j. */
export interface ManagedNeo4j {
  boltUri: string;
  pid: number;
  version: string;
  /** Stops the server (SIGTERM, then SIGKILL after a grace period); safe to call twice. */
  stop(): Promise<void>;
}

/** Reads the last `lines` lines of Neo4j's own logs, for error messages. */
export function neo4jLogTail(dataDir: string, lines = 30): string {
  const parts: string[] = [];
  for (const name of ['console.log', 'neo4j.log']) {
    const file = join(dataDir, 'logs', name);
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      if (text) parts.push(`--- ${file} ---\n${text}`);
    }
  }
  return parts.join('\n') || '(Neo4j wrote no log)';
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isOurNeo4j(pid: number, homeDir: string): boolean {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('CommunityEntryPoint') && cmd.includes(`--home-dir=${homeDir}`);
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}

/** Kills a server left behind by a process that died without stopping it. */
async function killStale(homeDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = join(homeDir, 'run', 'kg-neo4j.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (pid > 0 && processAlive(pid) && isOurNeo4j(pid, homeDir)) {
    log(`stopping a Neo4j (pid ${pid}) left running on ${homeDir} by an earlier process`);
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

async function waitForBolt(
  uri: string,
  child: ChildProcess,
  timeoutMs: number,
  dataDir: string,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code ?? -1));
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 2000,
    logging: undefined,
  });
  try {
    for (;;) {
      if (exited !== undefined) {
        throw new Error(
          `Neo4j exited with code ${exited} before Bolt answered.\n${neo4jLogTail(dataDir)}`,
        );
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        if (Date.now() > until) {
          throw new Error(
            `Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s.\n${neo4jLogTail(dataDir)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

/**
 * Fetches the jars if needed, writes neo4j.conf, starts Neo4j with its data in `dataDir` and
 * resolves once Bolt answers. A watchdog stops the server if this process dies.
 */
export async function startManagedNeo4j(opts: StartOptions): Promise<ManagedNeo4j> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const javaMajor = javaMajorVersion();
  const lib = await ensureNeo4jJars(opts.cacheDir, log);
  const homeDir = opts.dataDir;
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    mkdirSync(join(homeDir, sub), { recursive: true });
  }
  await killStale(homeDir, log);
  if (await portInUse(opts.boltPort)) {
    throw new Error(
      `Port ${opts.boltPort} is already in use, so the managed Neo4j cannot listen there. ` +
        'Stop whatever uses it, choose another port with KG_NEO4J_BOLT_PORT, or use that server with NEO4J_URI.',
    );
  }
  const settings: ManagedNeo4jSettings = {
    homeDir,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    heap: opts.heap,
    pageCache: opts.pageCache,
  };
  writeFileSync(join(homeDir, 'conf', 'neo4j.conf'), neo4jConf(settings));
  const version = pinnedNeo4jVersion();
  const started = Date.now();
  log(`starting Neo4j ${version} (data in ${homeDir}, Bolt on 127.0.0.1:${opts.boltPort})...`);
  const consoleFd = openSync(join(homeDir, 'logs', 'console.log'), 'a');
  const child = spawn(javaExecutable(), jvmArgs(settings, lib, javaMajor), {
    cwd: homeDir,
    stdio: ['ignore', consoleFd, consoleFd],
    detached: false,
  });
  closeSync(consoleFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start java for Neo4j');
  writeFileSync(join(homeDir, 'run', 'kg-neo4j.pid'), `${pid}\n`);
  startWatchdog(process.pid, pid);

  const stop = once(async () => {
    if (processAlive(pid)) {
      child.kill('SIGTERM');
      if (!(await waitForExit(pid, 30_000))) child.kill('SIGKILL');
      await waitForExit(pid, 5_000);
    }
    rmSync(join(homeDir, 'run', 'kg-neo4j.pid'), { force: true });
  });
  const boltUri = `bolt://127.0.0.1:${opts.boltPort}`;
  try {
    await waitForBolt(boltUri, child, opts.startTimeoutMs, homeDir);
  } catch (err) {
    await stop();
    throw err;
  }
  log(`Neo4j ${version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { boltUri, pid, version, stop };
}

/** A tiny shell loop that kills Neo4j if the parent Node process dies (even by SIGKILL). */
function startWatchdog(parentPid: number, neo4jPid: number): void {
  const script =
    `while kill -0 ${parentPid} 2>/dev/null && kill -0 ${neo4jPid} 2>/dev/null; do sleep 1; done; ` +
    `if kill -0 ${neo4jPid} 2>/dev/null; then kill ${neo4jPid}; sleep 30; kill -9 ${neo4jPid} 2>/dev/null; fi`;
  const dog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  dog.unref();
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}
