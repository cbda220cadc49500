// Faults: Neo4j stopped mid-ingest and the API process killed mid-ingest lose nothing and
// leave nothing half-written; the same API process serves again once Neo4j is back.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { startManagedNeo4j, type ManagedNeo4j } from '../../server/neo4j/managed-neo4j.js';
import { openDriver } from '../../server/db/driver.js';
import { migrate } from '../../server/db/migrate.js';
import { createApp } from '../../server/graphql/create-app.js';
import { loadConfig } from '../../server/config/config.js';
import { createGateway } from '../../server/db/gateway.js';
import { ingestArticle } from '../../server/ingest/ingest-many.js';
import { extractArticle } from '../../server/ingest/extract/extract-article.js';
import { generateCorpus } from '../bench/synthetic/generate-corpus.js';
import type { ArticleInput } from '../../server/ingest/extract/extract-article.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { graphFingerprint, type GraphFingerprint } from '../setup/graph-fingerprint.js';
import { freePort, neo4jPidsFor, waitFor } from '../setup/processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const articles: ArticleInput[] = generateCorpus(14, { seed: 777, words: 120 }).map((a) => a.input);
const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { created article { id } } }`;

interface GqlBody {
  data?: { ingestArticle: { created: boolean; article: { id: string } } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function asVariables(input: ArticleInput) {
  return {
    input: {
      text: input.text as string,
      title: input.title ?? null,
      publishedAt: input.publishedAt ?? null,
      source: input.source ?? null,
    },
  };
}

let clean: GraphFingerprint;
const shared = testDriver();

beforeAll(async () => {
  // The reference: the same articles loaded once, serially, into a clean database.
  await resetDatabase(shared);
  for (const input of articles) await ingestArticle(createGateway(shared), input);
  clean = await graphFingerprint(shared);
  expect(clean.counts.Article).toBe(articles.length);
});
afterAll(async () => {
  await resetDatabase(shared);
  await shared.close();
});

/** Every article in the graph has exactly the claims and mentions its extraction produced. */
async function assertNoHalfWrittenArticle(driver: Driver): Promise<number> {
  const res = await driver.executeQuery(
    `MATCH (a:Article)
     RETURN a.id AS id, COUNT { (a)-[:STATES]->(:Claim) } AS claims,
            COUNT { (a)-[:MENTIONS]->(:Entity) } AS mentions`,
  );
  const expected = new Map(
    articles.map((input) => {
      const d = extractArticle(input);
      return [d.article.id, { claims: d.claims.length, mentions: d.entities.length }];
    }),
  );
  for (const r of res.records) {
    const want = expected.get(r.get('id') as string);
    expect(want, `unexpected article ${String(r.get('id'))}`).toBeDefined();
    expect({ claims: r.get('claims') as number, mentions: r.get('mentions') as number }).toEqual(
      want,
    );
  }
  return res.records.length;
}

describe('Neo4j stops in the middle of an ingest', () => {
  let server: ManagedNeo4j | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-fault-'));
  afterAll(async () => {
    await server?.stop();
    for (const pid of neo4jPidsFor(dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'fails the articles it cannot write with DATABASE_UNAVAILABLE, then recovers',
    { timeout: 400_000 },
    async () => {
      const boltPort = await freePort();
      const httpPort = await freePort();
      const start = () =>
        startManagedNeo4j({
          dataDir,
          cacheDir: join(ROOT, '.cache'),
          boltPort,
          httpPort,
          heap: '512m',
          pageCache: '128m',
          startTimeoutMs: 180_000,
          log: () => undefined,
        });
      server = await start();
      const driver = openDriver({
        uri: server.boltUri,
        user: 'neo4j',
        password: '',
        maxTransactionRetryTimeMs: 2_000,
      });
      await migrate(createGateway(driver));
      const app = createApp({ driver, config: loadConfig({}) });
      const ingest = async (input: ArticleInput): Promise<GqlBody> => {
        const res = await app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: INGEST, variables: asVariables(input) }),
        });
        return (await res.json()) as GqlBody;
      };

      const first = articles.slice(0, 5);
      for (const input of first)
        expect((await ingest(input)).data?.ingestArticle.created).toBe(true);

      await server.stop();
      const failures: (string | undefined)[] = [];
      for (const input of articles.slice(5, 7)) {
        const body = await ingest(input);
        // Refused before execution while the database is known to be down: no data at all.
        expect(body.data ?? null).toBeNull();
        failures.push(body.errors?.[0]?.extensions?.code);
      }
      expect(failures).toEqual(['DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE']);
      expect((await app.fetch('http://localhost/ready')).status).not.toBe(200);
      server = await start();
      // The same app and driver serve again without a restart.
      expect(
        await waitFor(
          async () => (await app.fetch('http://localhost/ready')).status === 200,
          30_000,
        ),
      ).toBe(true);
      expect(await assertNoHalfWrittenArticle(driver)).toBe(5);

      // Rerun of the whole folder completes to the same graph as a clean run.
      const rerun = await Promise.all(articles.map((a) => ingest(a)));
      expect(rerun.filter((b) => b.errors)).toEqual([]);
      expect(rerun.filter((b) => b.data?.ingestArticle.created).length).toBe(articles.length - 5);
      expect(await graphFingerprint(driver)).toEqual(clean);
      await driver.close();
    },
  );
});

describe('the API process is killed in the middle of an ingest', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  async function startApi(port: number): Promise<ChildProcess> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), PORT: String(port), KG_SEED: 'false' },
      stdio: 'ignore',
    });
    const ready = await waitFor(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200;
      } catch {
        return false;
      }
    }, 180_000);
    expect(ready).toBe(true);
    return proc;
  }

  it(
    'a rerun after SIGKILL gives the same final graph as a clean run',
    { timeout: 400_000 },
    async () => {
      await resetDatabase(shared);
      const port = await freePort();
      child = await startApi(port);
      const post = (input: ArticleInput) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: INGEST, variables: asVariables(input) }),
        }).then(
          (r) => r.json() as Promise<GqlBody>,
          () => null,
        );
      // Four clients load the folder; the server dies under them.
      const queue = [...articles];
      const workers = Array.from({ length: 4 }, async () => {
        for (let input = queue.shift(); input; input = queue.shift()) await post(input);
      });
      await waitFor(async () => {
        const r = await shared.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
        return (r.records[0]?.get('n') as number) >= 4;
      }, 120_000);
      child.kill('SIGKILL');
      await Promise.all(workers);
      const written = await assertNoHalfWrittenArticle(shared);
      expect(written).toBeGreaterThanOrEqual(4);
      expect(written).toBeLessThan(articles.length);

      child = await startApi(port);
      for (const input of articles) {
        const body = await post(input);
        expect(body?.errors).toBeUndefined();
      }
      expect(await graphFingerprint(shared)).toEqual(clean);
    },
  );
});
