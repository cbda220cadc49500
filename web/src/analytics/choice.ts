// What the analytics panel shows: the measure nodes are sized by, and what they are coloured by.
import { MEASURES, type Measure } from './measures-list.js';

export { MEASURES, MEASURE_LABELS, type Measure } from './measures-list.js';

/** Colouring: by a measure, or by community. */
export type ColorBy = Measure | 'community';

/** The analytics part of the view; null means the default look (size by mentions, colour by type). */
export interface AnalyticsChoice {
  size: Measure | null;
  color: ColorBy | null;
}

/** True for a known measure name. */
export function isMeasure(v: unknown): v is Measure {
  return (MEASURES as readonly unknown[]).includes(v);
}

/** True for a known colouring. */
export function isColorBy(v: unknown): v is ColorBy {
  return v === 'community' || isMeasure(v);
}
