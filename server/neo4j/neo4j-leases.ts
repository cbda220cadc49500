// Shared-server bookkeeping in the data folder: a start lock, the server record and client leases.
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** What the process that started the managed Neo4j records about it. */
export interface ServerRecord {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
  startedBy: number;
  startedAt: string;
}

/** Paths of the shared files, all under `<dataDir>/run/`. */
export function runPaths(dataDir: string) {
  const run = join(dataDir, 'run');
  return {
    run,
    pidFile: join(run, 'kg-neo4j.pid'),
    record: join(run, 'kg-neo4j.json'),
    leases: join(run, 'leases'),
    lock: join(run, 'kg-neo4j.lock'),
  };
}

/** True when a process with that pid exists (signal 0 only checks). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server record, or null when there is none or it is unreadable. */
export function readServerRecord(dataDir: string): ServerRecord | null {
  const { record, pidFile } = runPaths(dataDir);
  try {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as ServerRecord;
    // A server started before records existed left only its pid.
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      return { pid, boltPort: 0, httpPort: 0, version: '', startedBy: 0, startedAt: '' };
    }
  } catch {
    return null;
  }
  return null;
}

/** Writes the record and the plain pid file (`kg neo4j status`, `kg reset` read it). */
export function writeServerRecord(dataDir: string, rec: ServerRecord): void {
  const { record, pidFile } = runPaths(dataDir);
  writeFileSync(pidFile, `${rec.pid}\n`);
  writeFileSync(record, `${JSON.stringify(rec, null, 2)}\n`);
}

/** Removes the record, the pid file and every lease. */
export function clearServerRecord(dataDir: string): void {
  const { record, pidFile, leases } = runPaths(dataDir);
  rmSync(record, { force: true });
  rmSync(pidFile, { force: true });
  rmSync(leases, { recursive: true, force: true });
}

/** Adds a lease for this process; returns its id (the lease file's name). */
export function addLease(dataDir: string): string {
  const { leases } = runPaths(dataDir);
  mkdirSync(leases, { recursive: true });
  const id = `${process.pid}-${randomUUID().slice(0, 8)}`;
  writeFileSync(join(leases, id), `${new Date().toISOString()}\n`);
  return id;
}

/** Removes one lease (no error if it is already gone). */
export function removeLease(dataDir: string, id: string): void {
  rmSync(join(runPaths(dataDir).leases, id), { force: true });
}

/** Pids holding a lease whose process is alive; leases of dead processes are deleted. */
export function liveLeasePids(dataDir: string): number[] {
  const { leases } = runPaths(dataDir);
  if (!existsSync(leases)) return [];
  const pids = new Set<number>();
  for (const name of readdirSync(leases)) {
    const pid = Number(name.split('-')[0]);
    if (processAlive(pid)) pids.add(pid);
    else rmSync(join(leases, name), { force: true });
  }
  return [...pids].sort((a, b) => a - b);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` while holding the data folder's lock (a directory, so that the watchdog's shell loop
 * can take it too with `mkdir`). A lock whose owner died is broken; waiting longer than
 * `timeoutMs` fails with a message naming the owner.
 */
export async function withDataDirLock<T>(
  dataDir: string,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const { run, lock } = runPaths(dataDir);
  mkdirSync(run, { recursive: true });
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner'), `${process.pid}\n`);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = lockOwner(lock);
    if (owner !== null && !processAlive(owner)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (owner === null && lockAgeMs(lock) > 10_000) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > until) {
      throw new Error(
        `Another process (pid ${owner ?? '?'}) has been starting or stopping the managed Neo4j on ` +
          `${dataDir} for more than ${Math.round(timeoutMs / 1000)} s; try again, or run ` +
          '`npm run kg -- neo4j stop`.',
      );
    }
    await sleep(100);
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockOwner(lock: string): number | null {
  try {
    const pid = Number(readFileSync(join(lock, 'owner'), 'utf8').trim());
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function lockAgeMs(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}
