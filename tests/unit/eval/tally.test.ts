// Precision, recall and F1 arithmetic per type and in total.
import { describe, expect, it } from 'vitest';
import { prf, tally } from '../../../server/eval/tally.js';

describe('prf', () => {
  it('computes precision, recall and their harmonic mean', () => {
    const r = prf(3, 1, 2);
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(0.6);
    expect(r.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('is 0 rather than NaN when there is nothing to divide', () => {
    expect(prf(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 2, 0).recall).toBe(0);
  });
});

describe('tally', () => {
  it('counts found, spurious and missed per type and sums them', () => {
    const item = (type: string, outcome: 'found' | 'missed' | 'spurious') => ({
      type,
      outcome,
      name: 'x',
      evidence: null,
    });
    const t = tally([
      item('Person', 'found'),
      item('Person', 'found'),
      item('Person', 'missed'),
      item('Company', 'spurious'),
      item('Company', 'found'),
    ]);
    expect(Object.keys(t.byType)).toEqual(['Company', 'Person']);
    expect(t.byType.Person).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1 });
    expect(t.byType.Person?.recall).toBeCloseTo(2 / 3);
    expect(t.byType.Company).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(t.total).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(t.total.f1).toBeCloseTo(0.75);
  });
});
