// The GraphQL response cache against the real Neo4j: hits run no Cypher but the version probe,
// and any commit (another process, another driver, a mutation) is seen by the next request.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../server/config/config.js';
import { createGateway } from '../../server/db/gateway.js';
import { VERSION_PROBE, createGraphVersion } from '../../server/db/graph-version.js';
import { PROJECT_ROOT } from '../../server/config/config.js';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { loadFixtures } from './fixtures/graphql-fixtures.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
/** A second driver with its own connection pool: writes the API does not see go through it. */
let other: Driver;
const statements: string[] = [];

const ENTITY = `query($id: ID!) { entity(id: $id) { id name mentionCount
  relations { type source { id } target { id } } } }`;

function cachedApp(config: Config = testConfig()): KgApp {
  return createApp({ driver, config, onQuery: (cypher) => statements.push(cypher) });
}

/** Sends one operation and returns its body with the Cypher statements it caused. */
async function run(app: KgApp, query: string, variables = {}, headers = {}) {
  statements.length = 0;
  const { status, body } = await gql(app, query, variables, headers);
  return { status, body: body as any, statements: [...statements] };
}

const readsBeyondProbe = (s: string[]) => s.filter((c) => c !== VERSION_PROBE).length;

/** Renames an entity from a separate Node process (its own driver), like `kg ingest` would. */
async function renameFromAnotherProcess(id: string, name: string): Promise<void> {
  const script = `
    import neo4j from 'neo4j-driver';
    const [uri, id, name] = process.argv.slice(1);
    const d = neo4j.driver(uri, neo4j.auth.basic('${process.env.NEO4J_USER ?? 'neo4j'}', '${process.env.NEO4J_PASSWORD ?? ''}'));
    await d.executeQuery('MATCH (e:Entity {id: $id}) SET e.name = $name', { id, name });
    await d.close();`;
  await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, inject('neo4jUri'), id, name],
    { cwd: PROJECT_ROOT },
  );
}

beforeAll(() => {
  driver = testDriver();
  other = testDriver();
});

beforeEach(async () => {
  await resetDatabase(driver);
  await loadFixtures(driver);
});

afterAll(async () => {
  await other.close();
  await driver.close();
});

describe('graph version', () => {
  it('stays put while nothing commits and changes after a commit by another driver', async () => {
    const version = createGraphVersion(createGateway(driver));
    const v1 = await version.current();
    expect(v1).toMatch(/\S/);
    expect(await Promise.all([version.current(), version.current()])).toEqual([v1, v1]);
    await other.executeQuery('MATCH (e:Entity {id: "ghost"}) SET e.name = "nothing to change"');
    expect(await version.current()).toBe(v1);
    await other.executeQuery('MATCH (e:Entity {id: "renault"}) SET e.name = "Renault Group"');
    const v2 = await version.current();
    expect(v2).not.toBe(v1);
    await version.close();
    await expect(version.current()).rejects.toThrow(/closed/);
  });
});

describe('hits', () => {
  it('answers the same query again with no Cypher but the version probe', async () => {
    const app = cachedApp();
    const first = await run(app, ENTITY, { id: 'renault' });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.entity.relations.length).toBeGreaterThan(0);
    expect(readsBeyondProbe(first.statements)).toBeGreaterThan(0);
    const second = await run(app, ENTITY, { id: 'renault' });
    expect(second.statements).toEqual([VERSION_PROBE]);
    expect(second.body).toEqual(first.body);
  });

  it('keeps different variables in different entries', async () => {
    const app = cachedApp();
    const renault = await run(app, ENTITY, { id: 'renault' });
    const nissan = await run(app, ENTITY, { id: 'nissan' });
    expect(readsBeyondProbe(nissan.statements)).toBeGreaterThan(0);
    expect(renault.body.data.entity.name).toBe('Renault');
    expect(nissan.body.data.entity.name).toBe('Nissan');
    const again = [
      await run(app, ENTITY, { id: 'renault' }),
      await run(app, ENTITY, { id: 'nissan' }),
    ];
    expect(again.map((r) => r.statements)).toEqual([[VERSION_PROBE], [VERSION_PROBE]]);
    expect(again.map((r) => r.body)).toEqual([renault.body, nissan.body]);
  });

  it('does not cache an error result (ENTITY_NOT_FOUND)', async () => {
    const app = cachedApp();
    const q = 'query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }';
    for (let i = 0; i < 2; i++) {
      const r = await run(app, q, { ids: ['ghost'] });
      expect(codes(r.body)).toEqual(['ENTITY_NOT_FOUND']);
      expect(readsBeyondProbe(r.statements)).toBeGreaterThan(0);
    }
  });

  it('caches nothing when KG_RESPONSE_CACHE is off', async () => {
    const app = cachedApp(loadConfig({ KG_RESPONSE_CACHE: 'false' }));
    await run(app, ENTITY, { id: 'renault' });
    const second = await run(app, ENTITY, { id: 'renault' });
    expect(second.statements).not.toContain(VERSION_PROBE);
    expect(readsBeyondProbe(second.statements)).toBeGreaterThan(0);
  });
});

describe('the graph changes', () => {
  it('sees a write made by another process between two identical queries', async () => {
    const app = cachedApp();
    const before = await run(app, ENTITY, { id: 'renault' });
    expect(before.body.data.entity.name).toBe('Renault');
    expect((await run(app, ENTITY, { id: 'renault' })).statements).toEqual([VERSION_PROBE]);
    await renameFromAnotherProcess('renault', 'Renault Group');
    const after = await run(app, ENTITY, { id: 'renault' });
    expect(after.body.data.entity.name).toBe('Renault Group');
    expect(readsBeyondProbe(after.statements)).toBeGreaterThan(0);
  });

  it('sees an in-process mutation (updateEntity, ingestArticle) in the next identical query', async () => {
    const app = cachedApp();
    await run(app, ENTITY, { id: 'ampere' });
    await run(app, ENTITY, { id: 'ampere' });
    const updated = await run(
      app,
      'mutation { updateEntity(id: "ampere", name: "Ampere SAS") { name } }',
    );
    expect(updated.body.data.updateEntity.name).toBe('Ampere SAS');
    expect((await run(app, ENTITY, { id: 'ampere' })).body.data.entity.name).toBe('Ampere SAS');

    const count = '{ articles { totalCount } }';
    expect((await run(app, count)).body.data.articles.totalCount).toBe(3);
    expect((await run(app, count)).statements).toEqual([VERSION_PROBE]);
    const ingested = await run(
      app,
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { text: 'Renault and Nissan renewed their alliance in Paris on Tuesday.' } },
    );
    expect(ingested.body.data.ingestArticle.created).toBe(true);
    expect((await run(app, count)).body.data.articles.totalCount).toBe(4);
  });

  it('every request that starts after a commit sees it, under concurrent cached traffic', async () => {
    const app = cachedApp();
    const q = '{ entity(id: "renault") { name } }';
    let committedAt = Infinity;
    let requests = 0;
    const stale: number[] = [];
    const client = async () => {
      const deadline = () => committedAt + 500;
      while (performance.now() < deadline() && requests < 5000) {
        const startedAt = performance.now();
        const { body } = await gql(app, q);
        requests++;
        const name = body.data?.entity?.name;
        if (startedAt > committedAt && name !== 'Renault v2') stale.push(startedAt - committedAt);
      }
    };
    const writer = async () => {
      await new Promise((r) => setTimeout(r, 200));
      await other.executeQuery('MATCH (e:Entity {id: "renault"}) SET e.name = "Renault v2"');
      committedAt = performance.now();
    };
    statements.length = 0;
    await Promise.all([...Array.from({ length: 8 }, client), writer()]);
    expect(stale).toEqual([]);
    // The traffic was mostly answered from memory (else this proves little).
    expect(statements.filter((c) => c !== VERSION_PROBE).length).toBeLessThan(requests / 4);
    console.log(`${requests} concurrent requests, ${statements.length} Cypher statements`);
  });
});

describe('refused requests are never answered from the cache', () => {
  const token = 'a-very-secret-token-123';
  const dryRun = `mutation($input: ArticleInput!) { ingestArticle(input: $input, dryRun: true) {
    created entities { name } } }`;
  const input = { input: { text: 'Ampere, the EV unit of Renault, will build the R5 in Douai.' } };

  it('a mutation without the token beyond loopback, after the same one succeeded with it', async () => {
    const app = cachedApp(testConfig({ host: '0.0.0.0', apiToken: token }));
    const ok = await run(app, dryRun, input, { authorization: `Bearer ${token}` });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.ingestArticle.entities.length).toBeGreaterThan(0);
    const none = await run(app, dryRun, input);
    expect(codes(none.body)).toEqual(['UNAUTHENTICATED']);
    const wrong = await run(app, dryRun, input, { authorization: 'Bearer wrong-token-0000000' });
    expect(codes(wrong.body)).toEqual(['UNAUTHENTICATED']);
    // Reads need no token and are cached as usual.
    await run(app, ENTITY, { id: 'renault' });
    expect((await run(app, ENTITY, { id: 'renault' })).statements).toEqual([VERSION_PROBE]);
  });

  it('a mutation in read-only mode, while reads are still cached', async () => {
    const app = cachedApp(testConfig({ readOnly: true }));
    for (let i = 0; i < 2; i++)
      expect(codes((await run(app, dryRun, input)).body)).toEqual(['READ_ONLY']);
    await run(app, ENTITY, { id: 'renault' });
    expect((await run(app, ENTITY, { id: 'renault' })).statements).toEqual([VERSION_PROBE]);
  });

  it('a body over the size limit, for a query whose result is cached', async () => {
    const app = cachedApp(testConfig({ maxArticleBytes: 1000 }));
    const body = JSON.stringify({ query: ENTITY, variables: { id: 'renault' } });
    const post = (b: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: b,
      });
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
    // The same operation and variables, padded with JSON whitespace beyond the limit.
    const padded = await post(body.replace('{', `{${' '.repeat(100_000)}`));
    expect(padded.status).toBe(413);
    expect((await padded.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
  });

  it('query limits and disabled introspection, asked twice', async () => {
    const app = cachedApp(testConfig({ production: true, introspection: false }));
    const tooMany = '{ entities(first: 5000) { totalCount } }';
    let deep = '{ id }';
    for (let i = 0; i < 8; i++) deep = `{ id relations { source ${deep} } }`;
    for (let i = 0; i < 2; i++) {
      expect(codes((await run(app, tooMany)).body)).toEqual(['LIMIT_EXCEEDED']);
      expect(codes((await run(app, `{ entity(id: "renault") ${deep} }`)).body)).toContain(
        'LIMIT_EXCEEDED',
      );
      expect(codes((await run(app, '{ __type(name: "Entity") { name } }')).body)).toEqual([
        'INTROSPECTION_DISABLED',
      ]);
    }
  });
});
