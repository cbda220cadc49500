// Turns node scores and communities into style data: diameters and colours per node id.
/** Smallest and largest node diameter (px) when sizing by a measure. */
export const SIZE_RANGE = { min: 22, max: 84 } as const;

/** Colours for communities, the largest first (colour-blind-safe set); later ones reuse grey. */
export const COMMUNITY_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#7F3C8D',
] as const;
const OTHER_COMMUNITY = '#9a9a9a';

// Low to high score: pale yellow to dark red (sequential).
const LOW = [255, 237, 160] as const;
const HIGH = [189, 0, 38] as const;

function normalised(scores: ReadonlyMap<string, number>): Map<string, number> {
  const values = [...scores.values()];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const out = new Map<string, number>();
  for (const [id, v] of scores) out.set(id, hi > lo ? (v - lo) / (hi - lo) : 0.5);
  return out;
}

/** Diameter per node, linear in the score between the smallest and largest score of the view. */
export function sizesFor(scores: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, t] of normalised(scores))
    out.set(id, Math.round(SIZE_RANGE.min + t * (SIZE_RANGE.max - SIZE_RANGE.min)));
  return out;
}

/** Colour per node on a pale-yellow to dark-red scale by score. */
export function scoreColors(scores: ReadonlyMap<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, t] of normalised(scores)) {
    const rgb = LOW.map((l, i) => Math.round(l + t * ((HIGH[i] ?? l) - l)));
    out.set(id, `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
  }
  return out;
}

/** Colour per node by community number (see `communities`). */
export function communityColors(groups: ReadonlyMap<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, c] of groups) out.set(id, COMMUNITY_COLORS[c] ?? OTHER_COMMUNITY);
  return out;
}
