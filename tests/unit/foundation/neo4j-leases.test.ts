// The shared-server bookkeeping: leases of dead processes are dropped, the lock serialises.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addLease,
  clearServerRecord,
  liveLeasePids,
  readServerRecord,
  removeLease,
  runPaths,
  withDataDirLock,
  writeServerRecord,
} from '../../../server/neo4j/neo4j-leases.js';

const dirs: string[] = [];
function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-leases-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The pid of a process that has exited (so it is certainly not alive). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('leases', () => {
  it('lists live holders once and drops leases of dead processes', () => {
    const d = dataDir();
    const a = addLease(d);
    addLease(d);
    const dead = `${deadPid()}-deadbeef`;
    writeFileSync(join(runPaths(d).leases, dead), 'x');
    expect(liveLeasePids(d)).toEqual([process.pid]);
    expect(readdirSync(runPaths(d).leases)).not.toContain(dead);
    removeLease(d, a);
    expect(readdirSync(runPaths(d).leases)).toHaveLength(1);
  });

  it('keeps the server record until cleared, and reads a bare pid file', () => {
    const d = dataDir();
    mkdirSync(runPaths(d).run, { recursive: true });
    expect(readServerRecord(d)).toBeNull();
    const rec = {
      pid: 42,
      boltPort: 7999,
      httpPort: 8999,
      version: '5.26.30',
      startedBy: process.pid,
      startedAt: '2026-01-01T00:00:00.000Z',
    };
    writeServerRecord(d, rec);
    expect(readServerRecord(d)).toEqual(rec);
    clearServerRecord(d);
    expect(readServerRecord(d)).toBeNull();
    writeFileSync(runPaths(d).pidFile, '77\n');
    expect(readServerRecord(d)?.pid).toBe(77);
  });
});

describe('data folder lock', () => {
  it('runs holders one at a time', async () => {
    const d = dataDir();
    const order: string[] = [];
    const job = (name: string) =>
      withDataDirLock(d, 10_000, async () => {
        order.push(`${name}+`);
        await new Promise((r) => setTimeout(r, 50));
        order.push(`${name}-`);
      });
    await Promise.all([job('a'), job('b')]);
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-']);
    expect(existsSync(runPaths(d).lock)).toBe(false);
  });

  it('breaks a lock left by a dead process', async () => {
    const d = dataDir();
    mkdirSync(runPaths(d).lock, { recursive: true });
    writeFileSync(join(runPaths(d).lock, 'owner'), `${deadPid()}\n`);
    expect(await withDataDirLock(d, 5_000, () => Promise.resolve('got it'))).toBe('got it');
  });

  it('gives up on a live holder with a message naming it', async () => {
    const d = dataDir();
    mkdirSync(runPaths(d).lock, { recursive: true });
    writeFileSync(join(runPaths(d).lock, 'owner'), `${process.pid}\n`);
    await expect(withDataDirLock(d, 300, () => Promise.resolve(1))).rejects.toThrow(
      `Another process (pid ${process.pid})`,
    );
  });
});
