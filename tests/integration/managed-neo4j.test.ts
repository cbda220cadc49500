// Integration: the managed Neo4j keeps data across restarts, NEO4J_URI skips provisioning,
// `npm start` serves real counts and Ctrl-C or a killed parent leaves no Java process behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startManagedNeo4j } from '../../server/neo4j/managed-neo4j.js';
import { openDriver } from '../../server/db/driver.js';
import { openDatabase } from '../../server/runtime/open-database.js';
import { loadConfig } from '../../server/config/config.js';
import { freePort, neo4jPidsFor, waitFor } from '../setup/processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, '.cache');
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-managed-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) {
    for (const pid of neo4jPidsFor(d)) process.kill(pid, 'SIGKILL');
    rmSync(d, { recursive: true, force: true });
  }
});

async function startOn(dataDir: string) {
  const boltPort = await freePort();
  const httpPort = await freePort();
  return startManagedNeo4j({
    dataDir,
    cacheDir: CACHE,
    boltPort,
    httpPort,
    heap: '512m',
    pageCache: '128m',
    startTimeoutMs: 180_000,
    log: () => undefined,
  });
}

describe('managed Neo4j', () => {
  it(
    'keeps data across restarts and stops without a stray process',
    { timeout: 600_000 },
    async () => {
      const dataDir = tempDir();
      const first = await startOn(dataDir);
      const d1 = openDriver({ uri: first.boltUri, user: 'neo4j', password: '' });
      await d1.executeQuery("CREATE (:Probe {id: 'survives'})");
      await d1.close();
      await first.stop();
      expect(neo4jPidsFor(dataDir)).toEqual([]);

      const second = await startOn(dataDir);
      try {
        const d2 = openDriver({ uri: second.boltUri, user: 'neo4j', password: '' });
        const res = await d2.executeQuery("MATCH (p:Probe {id: 'survives'}) RETURN count(p) AS n");
        expect(res.records[0]?.get('n')).toBe(1);
        await d2.close();

        // The app pointed at this running server with NEO4J_URI provisions nothing.
        const config = loadConfig({
          NEO4J_URI: second.boltUri,
          KG_DATA_DIR: join(dataDir, 'unused'),
        });
        const db = await openDatabase(config, () => undefined);
        expect(db.managed).toBeNull();
        const viaUri = await db.driver.executeQuery('MATCH (p:Probe) RETURN count(p) AS n');
        expect(viaUri.records[0]?.get('n')).toBe(1);
        await db.close();
        expect(neo4jPidsFor(join(dataDir, 'unused'))).toEqual([]);
        expect(neo4jPidsFor(dataDir)).toHaveLength(1); // the external server is left running
      } finally {
        await second.stop();
      }
      expect(neo4jPidsFor(dataDir)).toEqual([]);
    },
  );

  it('a watchdog stops Neo4j when its parent process is killed', { timeout: 400_000 }, async () => {
    const dataDir = tempDir();
    const boltPort = await freePort();
    const httpPort = await freePort();
    const script = `
      import { startManagedNeo4j } from ${JSON.stringify(join(ROOT, 'server/neo4j/managed-neo4j.ts'))};
      await startManagedNeo4j({ dataDir: ${JSON.stringify(dataDir)}, cacheDir: ${JSON.stringify(CACHE)},
        boltPort: ${boltPort}, httpPort: ${httpPort}, heap: '512m', pageCache: '128m',
        startTimeoutMs: 180000, log: () => {} });
      console.log('READY');
      setInterval(() => {}, 1000);
    `;
    const file = join(dataDir, 'start-managed.mts');
    writeFileSync(file, script);
    // `node --import tsx` keeps one process, so SIGKILL hits the process that owns Neo4j.
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    expect(await waitFor(() => out.includes('READY'), 180_000)).toBe(true);
    expect(neo4jPidsFor(dataDir)).toHaveLength(1);
    child.kill('SIGKILL');
    expect(await waitFor(() => neo4jPidsFor(dataDir).length === 0, 60_000)).toBe(true);
  });

  it(
    'npm start serves counts from Neo4j and Ctrl-C leaves no Java process',
    { timeout: 400_000 },
    async () => {
      const dataDir = tempDir();
      const port = await freePort();
      const env = {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        KG_NEO4J_BOLT_PORT: String(await freePort()),
        KG_NEO4J_HTTP_PORT: String(await freePort()),
        KG_DATA_DIR: dataDir,
        KG_NEO4J_HEAP: '512m',
        KG_NEO4J_PAGECACHE: '128m',
      };
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      child.stdout.on('data', (b: Buffer) => (log += b.toString()));
      child.stderr.on('data', (b: Buffer) => (log += b.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        const ready = await waitFor(async () => {
          try {
            return (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200;
          } catch {
            return false;
          }
        }, 240_000);
        expect(ready, log).toBe(true);
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { entities articles } }' }),
        });
        const body = (await res.json()) as {
          data: { stats: { entities: number; articles: number } };
        };
        expect(body.data.stats.articles).toBeGreaterThanOrEqual(0);
        expect(typeof body.data.stats.entities).toBe('number');
        const page = await fetch(`http://127.0.0.1:${port}/`);
        expect(page.status).toBe(200);
        expect(neo4jPidsFor(dataDir)).toHaveLength(1);
      } finally {
        child.kill('SIGINT');
        await exited;
      }
      expect(log).toContain('SIGINT: shutting down');
      expect(neo4jPidsFor(dataDir)).toEqual([]);
    },
  );
});
