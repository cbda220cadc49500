// The response store: byte and entry bounds, LRU eviction, hits served as the JSON text first sent.
import { describe, expect, it } from 'vitest';
import {
  createResponseStore,
  responseText,
  type TextResult,
} from '../../../server/graphql/response-store.js';

const result = (chars: number) => ({ data: { s: 'x'.repeat(chars) } });
const size = (chars: number) => JSON.stringify(result(chars)).length;

type Store = ReturnType<typeof createResponseStore>;
/** The body a hit would be answered with, or null on a miss. */
async function body(store: Store, key: string): Promise<string | null> {
  const hit = (await store.get(key)) as TextResult | null | undefined;
  return hit ? hit.stringify() : null;
}

describe('createResponseStore', () => {
  it('keeps results until the byte budget is passed, then evicts the least recently used', async () => {
    const store = createResponseStore({ maxEntries: 100, maxBytes: size(100) * 3 });
    await store.set('a', result(100), [], Infinity);
    await store.set('b', result(100), [], Infinity);
    await store.set('c', result(100), [], Infinity);
    expect(store.bytes()).toBe(size(100) * 3);
    expect(await body(store, 'a')).toBe(JSON.stringify(result(100))); // a: most recently used
    await store.set('d', result(100), [], Infinity);
    expect(await body(store, 'b')).toBeNull();
    expect(await body(store, 'a')).not.toBeNull();
    expect(await body(store, 'd')).not.toBeNull();
    expect(store.bytes()).toBeLessThanOrEqual(size(100) * 3);
  });

  it('does not keep a result larger than the whole budget', async () => {
    const store = createResponseStore({ maxEntries: 100, maxBytes: 1000 });
    await store.set('small', result(10), [], Infinity);
    await store.set('huge', result(5000), [], Infinity);
    expect(await body(store, 'huge')).toBeNull();
    expect(await body(store, 'small')).toBe(JSON.stringify(result(10)));
  });

  it('also bounds the entry count', async () => {
    const store = createResponseStore({ maxEntries: 2, maxBytes: 1 << 20 });
    for (const k of ['a', 'b', 'c']) await store.set(k, result(1), [], Infinity);
    expect(await body(store, 'a')).toBeNull();
    expect(await body(store, 'c')).toBe(JSON.stringify(result(1)));
  });

  it('serves a hit as text only: no parsed data, the body yoga would have written', async () => {
    const store = createResponseStore({ maxEntries: 2, maxBytes: 1 << 20 });
    const withHttp = {
      data: { n: 1 },
      extensions: { http: { headers: { ETag: 'k' } }, note: 'kept' },
    };
    await store.set('a', withHttp, [], Infinity);
    const hit = (await store.get('a')) as TextResult;
    expect(hit.data).toBeUndefined();
    expect(JSON.parse(hit.stringify())).toEqual({ data: { n: 1 }, extensions: { note: 'kept' } });
  });
});

describe('responseText', () => {
  it('drops extensions.http, and extensions when nothing else is left', () => {
    expect(responseText({ data: { a: 1 }, extensions: { http: { status: 200 } } })).toBe(
      '{"data":{"a":1}}',
    );
    expect(responseText({ data: null, errors: [] })).toBe('{"data":null,"errors":[]}');
  });
});
