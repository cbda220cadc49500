// Precision, recall and F1 per entity type and relation type, summed over scored articles.
import type { EntityOutcome, RelationOutcome } from './score-article.js';

/** Counts and rates for one type or a total; rates are 0 when undefined (no item). */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-type rows (sorted by type) and their total. */
export interface Tally {
  byType: Record<string, Prf>;
  total: Prf;
}

/** Precision tp/(tp+fp), recall tp/(tp+fn), F1 their harmonic mean; 0 where a denominator is 0. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Counts found (tp), spurious (fp) and missed (fn) outcomes per type. */
export function tally(outcomes: readonly (EntityOutcome | RelationOutcome)[]): Tally {
  const counts = new Map<string, [number, number, number]>();
  const total: [number, number, number] = [0, 0, 0];
  for (const o of outcomes) {
    const c = counts.get(o.type) ?? [0, 0, 0];
    const slot = o.outcome === 'found' ? 0 : o.outcome === 'spurious' ? 1 : 2;
    c[slot]++;
    total[slot]++;
    counts.set(o.type, c);
  }
  const byType: Record<string, Prf> = {};
  for (const [type, [tp, fp, fn]] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    byType[type] = prf(tp, fp, fn);
  return { byType, total: prf(...total) };
}
