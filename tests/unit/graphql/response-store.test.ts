import { describe, expect, it } from 'vitest';
import { createResponseStore } from '../../../server/graphql/response-store.js';

const result = (chars: number) => ({ data: { s: 'x'.repeat(chars) } });
const size = (chars: number) => JSON.stringify(result(chars)).length;

describe('createResponseStore', () => {
  it('keeps results until the byte budget is passed, then evicts the least recently used', async () => {
    const store = createResponseStore({ maxEntries: 100, maxBytes: size(100) * 3 });
    await store.set('a', result(100), [], Infinity);
    await store.set('b', result(100), [], Infinity);
    await store.set('c', result(100), [], Infinity);
    expect(store.bytes()).toBe(size(100) * 3);
    expect(await store.get('a')).toEqual(result(100)); // a is now the most recently used
    await store.set('d', result(100), [], Infinity);
    expect(await store.get('b')).toBeNull();
    expect(await store.get('a')).not.toBeNull();
    expect(await store.get('d')).not.toBeNull();
    expect(store.bytes()).toBeLessThanOrEqual(size(100) * 3);
  });

  it('does not keep a result larger than the whole budget', async () => {
    const store = createResponseStore({ maxEntries: 100, maxBytes: 1000 });
    await store.set('small', result(10), [], Infinity);
    await store.set('huge', result(5000), [], Infinity);
    expect(await store.get('huge')).toBeNull();
    expect(await store.get('small')).toEqual(result(10));
  });

  it('also bounds the entry count', async () => {
    const store = createResponseStore({ maxEntries: 2, maxBytes: 1 << 20 });
    for (const k of ['a', 'b', 'c']) await store.set(k, result(1), [], Infinity);
    expect(await store.get('a')).toBeNull();
    expect(await store.get('c')).toEqual(result(1));
  });

  it('answers hot hits with the parsed result and never outlives the text store', async () => {
    const store = createResponseStore({ maxEntries: 2, maxBytes: 1 << 20 });
    await store.set('a', result(5), [], Infinity);
    const first = await store.get('a');
    expect(first).toEqual(result(5));
    expect(await store.get('a')).toBe(first); // kept parsed: no JSON.parse on a hot hit
    await store.set('b', result(5), [], Infinity);
    await store.set('c', result(5), [], Infinity); // evicts a (entry bound)
    expect(await store.get('a')).toBeNull();
  });
});
