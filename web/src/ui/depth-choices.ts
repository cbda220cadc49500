// The neighbourhood depths the filters panel offers, and their labels.

/** Depths a view can have (the URL accepts the same range). */
export const DEPTH_CHOICES: readonly number[] = [1, 2, 3];

/** "1 hop", "2 hops", … */
export function depthLabel(depth: number): string {
  return `${depth} hop${depth === 1 ? '' : 's'}`;
}
