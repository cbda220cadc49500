// Unit tests: a seeded step sees a repeatable Math.random, and the original comes back.
import { describe, expect, it } from 'vitest';
import { withSeededRandom } from '../../../web/src/graph/seeded-random.js';

const draw = () => Array.from({ length: 5 }, () => Math.random());

describe('withSeededRandom', () => {
  it('gives the same numbers for the same seed and others for another seed', () => {
    const first = withSeededRandom('s1', draw);
    expect(withSeededRandom('s1', draw)).toEqual(first);
    expect(withSeededRandom('s2', draw)).not.toEqual(first);
  });
  it('puts Math.random back, also when the step throws', () => {
    const original = Math.random;
    expect(() =>
      withSeededRandom('s1', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
