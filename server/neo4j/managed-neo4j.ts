// Starts or attaches to the managed Neo4j shared by the project's processes, and stops it last.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, closeSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureNeo4jJars, pinnedNeo4jVersion } from './jars.js';
import { jvmArgs, neo4jConf, type ManagedNeo4jSettings } from './neo4j-conf.js';
import {
  addLease,
  clearServerRecord,
  liveLeasePids,
  processAlive,
  readServerRecord,
  removeLease,
  withDataDirLock,
  writeServerRecord,
  type ServerRecord,
} from './neo4j-leases.js';
import { startWatchdog } from './neo4j-watchdog.js';
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

/** This process's lease on the running managed Neo4j. */
export interface ManagedNeo4j {
  boltUri: string;
  /** The Neo4j server's pid. */
  pid: number;
  version: string;
  /** True when another process had started the server and this one attached to it. */
  attached: boolean;
  /**
   * Gives up this lease; stops the server (SIGTERM, then SIGKILL after a grace period) when no
   * other live process holds one. Safe to call twice.
   */
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

async function waitForBolt(
  uri: string,
  pid: number,
  timeoutMs: number,
  dataDir: string,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 2000,
    logging: undefined,
  });
  try {
    for (;;) {
      if (!processAlive(pid)) {
        throw new Error(`Neo4j exited before Bolt answered.\n${neo4jLogTail(dataDir)}`);
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

/** SIGTERM, then SIGKILL after 30 s; removes the record. Call with the data folder's lock held. */
async function stopServer(homeDir: string, pid: number): Promise<void> {
  if (processAlive(pid) && isOurNeo4j(pid, homeDir)) {
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  clearServerRecord(homeDir);
}

/** True when Bolt answers on `uri` within `ms`. */
async function boltAnswers(uri: string, ms: number): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 2000,
    logging: undefined,
  });
  const until = Date.now() + ms;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return true;
      } catch {
        if (Date.now() > until) return false;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

/** The handle a user of the shared server gets; `stop()` gives up its lease. */
function leaseHandle(
  homeDir: string,
  rec: ServerRecord,
  leaseId: string,
  attached: boolean,
  log: (l: string) => void,
): ManagedNeo4j {
  const stop = once(async () => {
    const release = withDataDirLock(homeDir, 60_000, async () => {
      removeLease(homeDir, leaseId);
      const others = liveLeasePids(homeDir);
      const current = readServerRecord(homeDir);
      if (current?.pid !== rec.pid) return; // already stopped (`kg neo4j stop`) or replaced
      if (others.length > 0) {
        log(`leaving Neo4j running for ${others.length} other process(es): ${others.join(', ')}`);
        return;
      }
      await stopServer(homeDir, rec.pid);
    });
    await release.catch((err: unknown) => {
      // The lock stayed busy: drop the lease anyway; the watchdog stops the server if it was the last.
      removeLease(homeDir, leaseId);
      log(err instanceof Error ? err.message : String(err));
    });
  });
  return {
    boltUri: `bolt://127.0.0.1:${rec.boltPort}`,
    pid: rec.pid,
    version: rec.version,
    attached,
    stop,
  };
}

/**
 * Gives this process a lease on the managed Neo4j of `opts.dataDir`: attaches to the server
 * another process of the project already runs there, or (fetching the jars if needed) starts
 * one and resolves once Bolt answers. A server left by dead processes is stopped first. The
 * server stops when the last lease is given up (`stop()`), or when a watchdog sees that no
 * process holding a lease is alive (even after SIGKILL).
 */
export async function startManagedNeo4j(opts: StartOptions): Promise<ManagedNeo4j> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const homeDir = opts.dataDir;
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    mkdirSync(join(homeDir, sub), { recursive: true });
  }
  const lockWait = opts.startTimeoutMs + 120_000;
  return withDataDirLock(homeDir, lockWait, async () => {
    const running = readServerRecord(homeDir);
    if (running && processAlive(running.pid) && isOurNeo4j(running.pid, homeDir)) {
      const users = liveLeasePids(homeDir);
      if (users.length > 0 && running.boltPort > 0) {
        const uri = `bolt://127.0.0.1:${running.boltPort}`;
        if (!(await boltAnswers(uri, 15_000))) {
          throw new Error(
            `The managed Neo4j (pid ${running.pid}) on ${homeDir}, used by process(es) ` +
              `${users.join(', ')}, does not answer on ${uri}. Stop it with ` +
              '`npm run kg -- neo4j stop` and try again.',
          );
        }
        if (running.boltPort !== opts.boltPort) {
          log(
            `the managed Neo4j on ${homeDir} listens on Bolt port ${running.boltPort} ` +
              `(not ${opts.boltPort}); using it`,
          );
        }
        const leaseId = addLease(homeDir);
        log(
          `attached to the running Neo4j ${running.version} (pid ${running.pid}, ${uri}), ` +
            `shared with process(es) ${users.join(', ')}`,
        );
        return leaseHandle(homeDir, running, leaseId, true, log);
      }
      log(`stopping a Neo4j (pid ${running.pid}) left running on ${homeDir} by an earlier process`);
      await stopServer(homeDir, running.pid);
    } else if (running) {
      clearServerRecord(homeDir);
    }
    const rec = await launch(opts, log);
    const leaseId = addLease(homeDir);
    startWatchdog(homeDir, rec.pid);
    const handle = leaseHandle(homeDir, rec, leaseId, false, log);
    const started = Date.now();
    try {
      await waitForBolt(handle.boltUri, rec.pid, opts.startTimeoutMs, homeDir);
    } catch (err) {
      await stopServer(homeDir, rec.pid);
      throw err;
    }
    log(`Neo4j ${rec.version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return handle;
  });
}

/** Writes neo4j.conf and spawns the JVM in its own process group; returns its record. */
async function launch(opts: StartOptions, log: (l: string) => void): Promise<ServerRecord> {
  const homeDir = opts.dataDir;
  const javaMajor = javaMajorVersion();
  const lib = await ensureNeo4jJars(opts.cacheDir, log);
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
  log(`starting Neo4j ${version} (data in ${homeDir}, Bolt on 127.0.0.1:${opts.boltPort})...`);
  const consoleFd = openSync(join(homeDir, 'logs', 'console.log'), 'a');
  // Its own process group: Ctrl-C in the starter's terminal must not stop a shared server.
  const child = spawn(javaExecutable(), jvmArgs(settings, lib, javaMajor), {
    cwd: homeDir,
    stdio: ['ignore', consoleFd, consoleFd],
    detached: true,
  });
  closeSync(consoleFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start java for Neo4j');
  // The starter may exit before the server (another process still holds a lease).
  child.unref();
  const rec: ServerRecord = {
    pid,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    version,
    startedBy: process.pid,
    startedAt: new Date().toISOString(),
  };
  writeServerRecord(homeDir, rec);
  return rec;
}

/** What `kg neo4j status` shows. */
export interface ManagedStatus {
  running: boolean;
  record: ServerRecord | null;
  users: number[];
}

/** Reads whether the managed Neo4j of `dataDir` runs, and which processes use it. */
export function managedNeo4jStatus(dataDir: string): ManagedStatus {
  const rec = readServerRecord(dataDir);
  const running = rec !== null && processAlive(rec.pid) && isOurNeo4j(rec.pid, dataDir);
  return { running, record: running ? rec : null, users: running ? liveLeasePids(dataDir) : [] };
}

/**
 * Stops the managed Neo4j of `dataDir` whoever uses it (`kg neo4j stop`); returns the pids that
 * held a lease, or null when no server was running.
 */
export async function stopManagedNeo4j(dataDir: string): Promise<number[] | null> {
  mkdirSync(join(dataDir, 'run'), { recursive: true });
  return withDataDirLock(dataDir, 120_000, async () => {
    const rec = readServerRecord(dataDir);
    if (!rec || !processAlive(rec.pid) || !isOurNeo4j(rec.pid, dataDir)) {
      clearServerRecord(dataDir);
      return null;
    }
    const users = liveLeasePids(dataDir);
    await stopServer(dataDir, rec.pid);
    return users;
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}
