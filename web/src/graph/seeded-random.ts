// Runs a synchronous step (an fcose layout run) with Math.random seeded, so the same graph gives
// the same drawing every time.
import seedrandom from 'seedrandom';

/** The seed every layout uses. */
export const LAYOUT_SEED = 'kg-explorer-layout';

/**
 * Calls `step` with Math.random replaced by a generator seeded with `seed`, and puts the original
 * back afterwards (also when `step` throws). `step` must be synchronous.
 */
export function withSeededRandom<T>(seed: string, step: () => T): T {
  const original = Math.random;
  const next = seedrandom(seed);
  Math.random = () => next();
  try {
    return step();
  } finally {
    Math.random = original;
  }
}
