/**
 * A seeded pseudo-random stream (mulberry32): the same seed always gives the same futures, so a
 * forecast can be checked and repeated. Never Math.random in the domain.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** How many of a rare thing happen in one step, when on average `mean` do (Poisson). */
  poisson(mean: number): number;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Knuth's method: exact, and quick for the small daily means of a programme.
  const poisson = (mean: number): number => {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let count = 0;
    let product = next();
    while (product > limit) {
      count += 1;
      product *= next();
    }
    return count;
  };
  return { next, poisson };
}
