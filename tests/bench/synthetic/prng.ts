// A small seeded PRNG (mulberry32) so the synthetic corpus is the same for the same seed.

/** Deterministic random numbers in [0, 1) and helpers over them. */
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** Picks with a Zipf-like bias towards the start of the list (hubs appear more often). */
  pickSkewed<T>(list: readonly T[], exponent?: number): T;
  chance(p: number): boolean;
}

/** mulberry32: 32-bit state, good enough for test data, fully reproducible. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(next() * list.length)]!;
  };
  const pickSkewed = <T>(list: readonly T[], exponent = 1.2): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    // Inverse-power sampling: index = floor(n * u^exponent') skews to small indices.
    const i = Math.min(list.length - 1, Math.floor(list.length * Math.pow(next(), 1 + exponent)));
    return list[i]!;
  };
  return { next, int, pick, pickSkewed, chance: (p) => next() < p };
}
