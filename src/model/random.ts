/**
 * A seeded random-number generator (mulberry32) for tests and benchmarks, never for figures: small
 * and fast, and the same seed gives the same sequence on every run, so a failure can be replayed.
 * It lives in the model, pure and importable from src/, test/ and bench/ alike. The random walk
 * (test/e2e/monkey.spec.ts), the synthetic national data (bench/synthetic.ts) and the column
 * store's equivalence test (src/map/mapValues.test.ts) use it.
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
