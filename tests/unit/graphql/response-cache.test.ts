// Unit tests for the response cache plugin on a tiny schema, with a version the test controls.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- GraphQL responses are untyped JSON */
import { describe, expect, it } from 'vitest';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { createSchema, createYoga } from 'graphql-yoga';
import type { GraphVersion } from '../../../server/db/graph-version.js';
import { useGraphResponseCache } from '../../../server/graphql/response-cache.js';

function setup() {
  const state = { version: 'v1', failProbe: false, executions: 0, probes: 0 };
  const version: GraphVersion = {
    current: () => {
      state.probes++;
      return state.failProbe
        ? Promise.reject(new Error('Neo4j is down'))
        : Promise.resolve(state.version);
    },
    close: () => Promise.resolve(),
  };
  const schema = createSchema({
    typeDefs: `type Query { echo(x: Int): Int, boom: Int }
               type Mutation { bump: Int }`,
    resolvers: {
      Query: {
        echo: (_: unknown, { x }: { x?: number }) => {
          state.executions++;
          return x ?? 0;
        },
        boom: () => {
          state.executions++;
          throw new Error('boom');
        },
      },
      Mutation: { bump: () => ++state.executions },
    },
  });
  const app = createYoga({
    schema,
    logging: false,
    plugins: [useGraphResponseCache({ version, maxEntries: 2, maxBytes: 1 << 20 })],
  });
  const post = async (query: string, variables = {}, headers: Record<string, string> = {}) => {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  };
  return { state, post };
}

describe('useGraphResponseCache', () => {
  it('answers a repeated query from memory until the version changes', async () => {
    const { state, post } = setup();
    const q = 'query($x: Int) { echo(x: $x) }';
    expect((await post(q, { x: 1 })).body.data.echo).toBe(1);
    expect((await post(q, { x: 1 })).body.data.echo).toBe(1);
    expect(state.executions).toBe(1);
    expect(state.probes).toBe(2);
    await post(q, { x: 2 });
    expect(state.executions).toBe(2);
    state.version = 'v2';
    await post(q, { x: 1 });
    expect(state.executions).toBe(3);
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const { state, post } = setup();
    const q = 'query($x: Int) { echo(x: $x) }';
    await post(q, { x: 1 });
    await post(q, { x: 2 });
    await post(q, { x: 1 }); // hit: 1 is now the most recent
    await post(q, { x: 3 }); // evicts 2
    expect(state.executions).toBe(3);
    await post(q, { x: 1 });
    expect(state.executions).toBe(3);
    await post(q, { x: 2 });
    expect(state.executions).toBe(4);
  });

  it('runs the request uncached when the version probe fails', async () => {
    const { state, post } = setup();
    state.failProbe = true;
    for (let i = 0; i < 2; i++) expect((await post('{ echo(x: 5) }')).body.data.echo).toBe(5);
    expect(state.executions).toBe(2);
    state.failProbe = false;
    await post('{ echo(x: 5) }');
    await post('{ echo(x: 5) }');
    expect(state.executions).toBe(3);
  });

  it('never caches mutations or results with errors', async () => {
    const { state, post } = setup();
    expect((await post('mutation { bump }')).body.data.bump).toBe(1);
    expect((await post('mutation { bump }')).body.data.bump).toBe(2);
    const a = await post('{ boom }');
    const b = await post('{ boom }');
    expect(a.body.errors).toHaveLength(1);
    expect(b.body.errors).toHaveLength(1);
    expect(state.executions).toBe(4);
  });

  it('sends no ETag and never answers 304 from an entry of an older version', async () => {
    const { state, post } = setup();
    const query = '{ echo(x: 7) }';
    const first = await post(query);
    expect(first.headers.get('etag')).toBeNull();
    expect(first.headers.get('last-modified')).toBeNull();
    // A client that learnt the key of the v1 entry (still in memory) asks again after a write.
    const hash = await defaultBuildResponseCacheKey({
      documentString: query,
      variableValues: {},
      sessionId: null,
    });
    state.version = 'v2';
    const conditional = await post(query, {}, { 'if-none-match': `v1|${hash}` });
    expect(conditional.status).toBe(200);
    expect(conditional.body.data.echo).toBe(7);
    expect(state.executions).toBe(2);
  });
});
