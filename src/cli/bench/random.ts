/**
 * A seeded pseudo-random source (mulberry32), so that every run of the benchmark generates the
 * same archive and figures from different runs compare like with like.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** One item of a list. */
  pick<T>(items: readonly T[]): T;
  /** An index in [0, n) skewed towards 0, as real archives are: a few voices say most. */
  skewed(n: number, power: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)],
    skewed: (n, power) => Math.min(n - 1, Math.floor(n * next() ** power)),
    chance: (p) => next() < p,
  };
}
