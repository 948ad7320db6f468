import { seededRandom as domainSeededRandom } from '@venskab/domain/forecast/seeded-random';

/**
 * A seeded pseudo-random generator (mulberry32: 32-bit state, fast, good enough for simulation),
 * so one seed always gives the same programme. Never Math.random: a run must be repeatable.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Whole number in [min, max]. */
  integer(min: number, max: number): number;
  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number;
  /** One key of a table of weights, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A generator of its own, seeded from this one, so one child's draws do not shift another's. */
  fork(): Random;
}

export function seededRandom(seed: number): Random {
  // The domain's seeded stream (the forecast's too), so both draw the same numbers from one seed.
  const { next } = domainSeededRandom(seed);
  const random: Random = {
    next,
    chance: (probability) => next() < probability,
    between: (min, max) => min + (max - min) * next(),
    integer: (min, max) => min + Math.floor((max - min + 1) * next()),
    exponential: (mean) => -mean * Math.log(1 - next()),
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as Array<[K, number]>;
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [key, weight] of entries) {
        draw -= weight;
        if (draw < 0) return key;
      }
      return entries[entries.length - 1][0];
    },
    fork: () => seededRandom(Math.floor(next() * 4294967296)),
  };
  return random;
}
