// Unit tests: checking a saveView input (name, JSON-object state, size limit).
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../server/errors.js';
import { checkSavedViewInput } from '../../../server/graphql/saved-view-input.js';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (err) {
    return err instanceof KgError ? err.code : 'other';
  }
  return undefined;
};

describe('checkSavedViewInput', () => {
  it('trims the name and keeps the state text as given', () => {
    expect(checkSavedViewInput({ name: '  Douai ', state: '{"a": 1}' })).toEqual({
      id: null,
      name: 'Douai',
      state: '{"a": 1}',
    });
    expect(checkSavedViewInput({ id: 'v1', name: 'x', state: '{}' }).id).toBe('v1');
  });
  it('refuses empty or long names, non-object or oversized states', () => {
    expect(code(() => checkSavedViewInput({ name: ' ', state: '{}' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => checkSavedViewInput({ name: 'n'.repeat(121), state: '{}' }))).toBe(
      'INVALID_ARGUMENT',
    );
    for (const state of ['', 'null', '[]', '"text"', '{broken'])
      expect(code(() => checkSavedViewInput({ name: 'a', state }))).toBe('INVALID_ARGUMENT');
    // Bytes, not characters: 30k two-byte characters exceed 64 KiB.
    const big = JSON.stringify({ s: 'é'.repeat(33_000) });
    expect(code(() => checkSavedViewInput({ name: 'a', state: big }))).toBe('LIMIT_EXCEEDED');
  });
});
