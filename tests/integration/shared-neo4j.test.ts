// Integration: the app and `kg` commands on one data folder share one managed Neo4j; it stops
// only when the last process using it goes (or, after a SIGKILL, when the watchdog sees that).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../server/db/driver.js';
import { freePort, neo4jPidsFor, waitFor } from '../setup/processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'kg-shared-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const pid of neo4jPidsFor(dataDir)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function node(args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => out, exited };
}

const ARTICLE = `Northwind Cells picks Valenciennes for its first plant

Published 2025-05-14
Northwind Cells, a battery start-up, will build its first plant in Valenciennes. CATL will supply the cathode material to Northwind Cells. The Northwind Cells Valenciennes plant will produce battery cells for Renault.
`;

describe('one managed Neo4j shared by the app and kg commands', () => {
  it(
    'kg ingest attaches to the running app, which stays ready and serves the new article; the server stops with its last user',
    { timeout: 600_000 },
    async () => {
      const port = await freePort();
      const boltPort = await freePort();
      const env = {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        KG_NEO4J_BOLT_PORT: String(boltPort),
        KG_NEO4J_HTTP_PORT: String(await freePort()),
        KG_DATA_DIR: dataDir,
        KG_NEO4J_HEAP: '512m',
        KG_NEO4J_PAGECACHE: '128m',
        KG_SEED: 'false',
      };
      const base = `http://127.0.0.1:${port}`;
      const ready = async () => {
        try {
          return (await fetch(`${base}/ready`)).status;
        } catch {
          return 0;
        }
      };
      const gql = async (query: string) => {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return (await res.json()) as { data: Record<string, unknown> };
      };
      const ARTICLES = '{ articles(first: 10) { totalCount nodes { title } } }';

      const app = node(['server/main.ts'], env);
      expect(await waitFor(async () => (await ready()) === 200, 240_000), app.output()).toBe(true);
      expect(neo4jPidsFor(dataDir)).toHaveLength(1);
      const [serverPid] = neo4jPidsFor(dataDir);
      // Cached by the app before the ingest; it must not be served stale afterwards.
      expect(await gql(ARTICLES)).toEqual({ data: { articles: { totalCount: 0, nodes: [] } } });

      const statuses: number[] = [];
      let polling = true;
      const poller = (async () => {
        while (polling) {
          statuses.push(await ready());
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const file = join(dataDir, 'northwind.txt');
      writeFileSync(file, ARTICLE);
      const ingest = node(['server/cli/main.ts', 'ingest', file], env);
      expect(await ingest.exited, ingest.output()).toBe(0);
      expect(ingest.output()).toContain('attached to the running Neo4j');
      expect(ingest.output()).not.toContain('stopping a Neo4j');
      expect(ingest.output()).toContain('1 created');
      statuses.push(await ready());
      polling = false;
      await poller;
      expect(statuses.length).toBeGreaterThan(1);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(neo4jPidsFor(dataDir)).toEqual([serverPid]);

      expect(await gql(ARTICLES)).toEqual({
        data: {
          articles: {
            totalCount: 1,
            nodes: [{ title: 'Northwind Cells picks Valenciennes for its first plant' }],
          },
        },
      });

      // A third user attaches, then the app (which started the server) is SIGKILLed: the
      // watchdog drops its lease but keeps the server for the remaining user.
      const holder = node(['server/cli/main.ts', 'neo4j', 'start'], env);
      expect(
        await waitFor(() => holder.output().includes('Neo4j running at'), 60_000),
        holder.output(),
      ).toBe(true);
      expect(holder.output()).toContain('attached to the running Neo4j');
      app.child.kill('SIGKILL');
      await app.exited;
      const leases = join(dataDir, 'run', 'leases');
      const appLease = () =>
        existsSync(leases) && readdirSync(leases).some((f) => f.startsWith(`${app.child.pid}-`));
      expect(await waitFor(() => !appLease(), 60_000)).toBe(true);
      expect(neo4jPidsFor(dataDir)).toEqual([serverPid]);
      const driver = openDriver({
        uri: `bolt://127.0.0.1:${boltPort}`,
        user: 'neo4j',
        password: '',
      });
      try {
        const res = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
        expect(res.records[0]?.get('n')).toBe(1);
      } finally {
        await driver.close();
      }

      // The last user leaves: the server stops with it.
      holder.child.kill('SIGINT');
      expect(await holder.exited, holder.output()).toBe(0);
      expect(neo4jPidsFor(dataDir)).toEqual([]);
      expect(existsSync(join(dataDir, 'run', 'kg-neo4j.json'))).toBe(false);
    },
  );
});
