// GraphQL production behaviour against the real Neo4j: query limits, hostile input, body size,
// introspection, CORS, GraphiQL, and DATABASE_UNAVAILABLE with recovery.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- GraphQL responses are untyped JSON */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../server/db/driver.js';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { loadFixtures } from './fixtures/graphql-fixtures.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;
let counts: Record<string, number>;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadFixtures(driver);
  counts = await graphCounts(driver);
  app = createApp({ driver, config: testConfig() });
});

afterAll(async () => {
  await driver.close();
});

describe('query limits', () => {
  it('rejects a deep query with LIMIT_EXCEEDED', async () => {
    let sel = '{ id }';
    for (let i = 0; i < 8; i++) sel = `{ id relations { source ${sel} } }`;
    const { body } = await gql(app, `{ entity(id: "renault") ${sel} }`);
    expect(codes(body)).toContain('LIMIT_EXCEEDED');
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects an alias flood', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `a${i}: entity(id: "renault") { id }`).join(
      ' ',
    );
    const { body } = await gql(app, `{ ${fields} }`);
    expect(codes(body)).toContain('LIMIT_EXCEEDED');
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/alias/i);
  });

  it('rejects a token flood', async () => {
    const args = Array.from({ length: 1500 }, () => '"x"').join(', ');
    const { body } = await gql(app, `{ neighborhood(ids: [${args}]) { truncated } }`);
    expect(codes(body)).toContain('LIMIT_EXCEEDED');
  });

  it('caps first/limit at maxPageSize with a clear error', async () => {
    // A literal is caught by the cost limit before execution, a variable by the page-size check.
    const literal = await gql(app, '{ entities(first: 100000) { totalCount } }');
    expect(codes(literal.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(literal.body.errors?.[0]?.message).toMatch(/cost limit/i);
    const { body } = await gql(app, 'query($n: Int) { entities(first: $n) { totalCount } }', {
      n: 100000,
    });
    expect(codes(body)).toEqual(['LIMIT_EXCEEDED']);
    expect(body.errors?.[0]?.message).toBe('`first` is 100000; the maximum is 1000.');
    const max = await gql(app, 'query($n: Int) { entities(first: $n) { totalCount } }', {
      n: 1000,
    });
    expect(max.body.data?.entities.totalCount).toBe(9);
    const nested = await gql(
      app,
      'query($n: Int) { entity(id: "renault") { relations(first: $n) { id } } }',
      { n: 5000 },
    );
    expect(codes(nested.body)).toEqual(['LIMIT_EXCEEDED']);
    const search = await gql(app, '{ search(text: "renault", limit: 1001) { score } }');
    expect(codes(search.body)).toEqual(['LIMIT_EXCEEDED']);
    const negative = await gql(app, '{ articles(first: -1) { totalCount } }');
    expect(codes(negative.body)).toEqual(['INVALID_ARGUMENT']);
  });
});

describe('hostile input', () => {
  const NASTY = [
    '") DETACH DELETE n //',
    '*:*',
    '~',
    'renault~',
    '"unbalanced',
    'it\'s "half',
    '(((',
    'AND OR NOT',
    'name:renault',
    '\\',
    '/regex/',
    '} MATCH (n) DETACH DELETE n {',
    '.*',
    '',
    '   ',
    'é'.repeat(600),
  ];

  it('search, name filters and article text never fail or change the graph', async () => {
    for (const text of NASTY) {
      const s = await gql(app, 'query($t: String!) { search(text: $t) { entity { id } } }', {
        t: text,
      });
      expect(s.body.errors, text).toBeUndefined();
      expect(Array.isArray(s.body.data?.search), text).toBe(true);
      const e = await gql(
        app,
        'query($t: String) { entities(filter: {name: $t}) { totalCount } }',
        { t: text },
      );
      expect(e.body.errors, text).toBeUndefined();
      const a = await gql(
        app,
        'query($t: String) { articles(filter: {text: $t}) { totalCount } }',
        { t: text },
      );
      expect(a.body.errors, text).toBeUndefined();
    }
    const delete1 = await gql(app, '{ search(text: "\\") DETACH DELETE n //") { entity { id } } }');
    expect(delete1.body.data?.search.map((h: any) => h.entity.id)).toEqual([]);
    const partial = await gql(app, 'query($t: String!) { search(text: $t) { entity { id } } }', {
      t: 'renault~',
    });
    expect(partial.body.data?.search.map((h: any) => h.entity.id)).toContain('renault');
    const dotStar = await gql(app, '{ entities(filter: {name: ".*"}) { totalCount } }');
    expect(dotStar.body.data?.entities.totalCount).toBe(0);
    expect(await graphCounts(driver)).toEqual(counts);
  });

  it('ids with quotes or Cypher are just unknown ids', async () => {
    const r = await gql(
      app,
      'query($id: ID!) { entity(id: $id) { id } relation(id: $id) { id } article(id: $id) { id } }',
      {
        id: "x'}) DETACH DELETE n //",
      },
    );
    expect(r.body.data).toEqual({ entity: null, relation: null, article: null });
    expect(await graphCounts(driver)).toEqual(counts);
  });
});

describe('HTTP behaviour', () => {
  it('refuses a body over the size limit with 413 and LIMIT_EXCEEDED', async () => {
    const small = createApp({ driver, config: testConfig({ maxArticleBytes: 1000 }) });
    const text = 'x'.repeat(200_000);
    const res = await small.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($t: String!) { ingestArticle(input: {text: $t}) { created } }',
        variables: { t: text },
      }),
    });
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(await graphCounts(driver)).toEqual(counts);
  });

  it('disables introspection in production unless enabled', async () => {
    const q = '{ __schema { queryType { name } } }';
    const dev = await gql(app, q);
    expect(dev.body.data?.__schema.queryType.name).toBe('Query');
    const prod = createApp({
      driver,
      config: testConfig({ production: true, introspection: false }),
    });
    const off = await gql(prod, q);
    expect(off.body.errors?.[0]?.message).toMatch(/introspection is disabled/i);
    expect(codes(off.body)).toEqual(['INTROSPECTION_DISABLED']);
    const on = createApp({ driver, config: testConfig({ production: true }), introspection: true });
    expect((await gql(on, q)).body.data?.__schema.queryType.name).toBe('Query');
  });

  it('sends CORS headers only for configured origins', async () => {
    const preflight = (a: KgApp) =>
      a.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin: 'https://analyst.example', 'access-control-request-method': 'POST' },
      });
    const closed = await preflight(app);
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({
      driver,
      config: testConfig({ corsOrigins: ['https://analyst.example'] }),
    });
    const res = await preflight(open);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
  });

  it('serves GraphiQL offline with the example operations', async () => {
    const res = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('EV knowledge graph');
    expect(html).toContain('EntityWithEvidence');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|esm\.sh/);
  });
});

describe('database outage', () => {
  let proxy: Server;
  const sockets = new Set<Socket>();
  let port = 0;
  const target = new URL(inject('neo4jUri').replace(/^\w+:/, 'http:'));

  function startProxy(listenPort: number): Promise<number> {
    proxy = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    return new Promise((done) =>
      proxy.listen(listenPort, '127.0.0.1', () => done((proxy.address() as any).port)),
    );
  }

  function stopProxy(): Promise<void> {
    for (const s of sockets) s.destroy();
    sockets.clear();
    return new Promise((done) => proxy.close(() => done()));
  }

  it('answers DATABASE_UNAVAILABLE while Neo4j is unreachable and serves again when it is back', async () => {
    port = await startProxy(0);
    const viaProxy = openDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '' });
    const outageApp = createApp({ driver: viaProxy, config: testConfig() });
    try {
      const q = '{ entity(id: "renault") { name } stats { entities } }';
      expect((await gql(outageApp, q)).body.data?.entity.name).toBe('Renault');
      await stopProxy();
      const down = await gql(outageApp, q);
      expect(codes(down.body)).toContain('DATABASE_UNAVAILABLE');
      expect(down.body.errors?.[0]?.message).toMatch(/unavailable/i);
      const ready = await outageApp.fetch('http://localhost/ready');
      expect(ready.status).toBe(503);
      await startProxy(port);
      const back = await gql(outageApp, q);
      expect(back.body.errors).toBeUndefined();
      expect(back.body.data?.entity.name).toBe('Renault');
    } finally {
      await viaProxy.close();
      if (proxy.listening) await stopProxy();
    }
  });
});
