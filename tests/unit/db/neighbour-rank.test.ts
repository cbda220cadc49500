// The stored ranked neighbour list: order, cut with ties, incremental merge and read candidates.
import { describe, expect, it } from 'vitest';
import {
  cutRanking,
  fromStored,
  mergeRanking,
  rankCandidates,
  toStored,
  type RankEntry,
} from '../../../server/db/writes/neighbour-rank.js';
import { createRng } from '../../bench/synthetic/prng.js';

const e = (id: string, w: number, b: number): RankEntry => ({ id, w, b });
const ids = (list: RankEntry[]) => list.map((x) => x.id);

// The reference: the full ranking of every neighbour, cut like the stored list.
function reference(all: Map<string, RankEntry>, k: number): RankEntry[] {
  return cutRanking([...all.values()], k);
}

describe('cutRanking', () => {
  it('sorts by weight, then best, then id, and keeps every entry tied with the k-th', () => {
    const list = [e('d', 2, 0.5), e('a', 3, 0.1), e('c', 2, 0.5), e('b', 2, 0.9), e('e', 1, 1)];
    expect(ids(cutRanking(list, 2))).toEqual(['a', 'b']);
    // The 3rd is (2, 0.5): c and d tie on it, both kept.
    expect(ids(cutRanking(list, 3))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(cutRanking(list, 10))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(cutRanking([], 3)).toEqual([]);
  });
});

describe('mergeRanking', () => {
  it('a short list takes every update; a full one only those reaching its k-th entry', () => {
    const short = [e('a', 3, 0.5)];
    expect(ids(mergeRanking(short, [e('z', 1, 0.1)], 3))).toEqual(['a', 'z']);
    const full = [e('a', 5, 0.5), e('b', 4, 0.5), e('c', 3, 0.5)];
    expect(ids(mergeRanking(full, [e('x', 2, 0.9)], 3))).toEqual(['a', 'b', 'c']);
    expect(ids(mergeRanking(full, [e('x', 3, 0.5)], 3))).toEqual(['a', 'b', 'c', 'x']);
    expect(ids(mergeRanking(full, [e('x', 4, 0.6)], 3))).toEqual(['a', 'x', 'b']);
    // An entry already in the list takes its new value.
    expect(mergeRanking(full, [e('c', 9, 0.5)], 3)).toEqual([
      e('c', 9, 0.5),
      e('a', 5, 0.5),
      e('b', 4, 0.5),
    ]);
  });

  it('equals a recomputation after many growing updates (random, with ties)', () => {
    const rng = createRng(77);
    for (const k of [1, 3, 10]) {
      const all = new Map<string, RankEntry>();
      let stored: RankEntry[] = [];
      for (let step = 0; step < 400; step++) {
        const batch: RankEntry[] = [];
        for (let j = rng.int(1, 4); j > 0; j--) {
          const id = `n${rng.int(0, 40)}`;
          const prev = all.get(id) ?? e(id, 0, 0);
          // Weights and best confidences only grow, as on ingest; coarse values make ties.
          const next = e(id, prev.w + rng.int(1, 2), Math.max(prev.b, rng.int(1, 4) / 4));
          all.set(id, next);
          batch.push(next);
        }
        stored = mergeRanking(stored, batch, k);
        expect(stored).toEqual(reference(all, k));
      }
    }
  });
});

describe('rankCandidates', () => {
  it('returns every entry at or above the n-th on (weight, best)', () => {
    const list = [e('a', 3, 0.5), e('b', 2, 0.5), e('c', 2, 0.5), e('d', 1, 0.5)];
    expect(ids(rankCandidates(list, 1))).toEqual(['a']);
    expect(ids(rankCandidates(list, 2))).toEqual(['a', 'b', 'c']);
    expect(ids(rankCandidates(list, 9))).toEqual(['a', 'b', 'c', 'd']);
    expect(rankCandidates(list, 0)).toEqual([]);
  });

  it('round-trips through the stored parallel arrays', () => {
    const list = [e('b', 2, 0.5), e('a', 3, 0.25)];
    expect(toStored(list)).toEqual({ ids: ['a', 'b'], weights: [3, 2], best: [0.25, 0.5] });
    expect(fromStored(toStored(list))).toEqual([e('a', 3, 0.25), e('b', 2, 0.5)]);
    expect(fromStored(null)).toEqual([]);
  });
});
