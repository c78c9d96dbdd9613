// Deterministic pseudo-random numbers (mulberry32) for the benchmarks' generated data: every run measures the
// same scenario, the same ledger, the same contracts. No Node import here: the browser bench pages use it too.
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
