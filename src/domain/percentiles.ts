// A quantity's distribution over Monte Carlo draws, summed up without sorting all of them.

/** A quantity's distribution over the draws, in kgCO2e: its mean and its 2.5 %, 50 % and 97.5 % quantiles. */
export interface IntervalSummary {
  readonly mean: number;
  readonly p2_5: number;
  readonly p50: number;
  readonly p97_5: number;
}

/** Hoare-partition quickselect: puts the k-th smallest of a[lo..hi] at k, smaller before and larger after. */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot: sorted and constant runs stay O(n).
    let x = a[lo]!;
    let y = a[mid]!;
    const z = a[hi]!;
    if (y < x) [x, y] = [y, x];
    if (z < y) {
      y = z;
      if (y < x) y = x;
    }
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function minOf(a: Float64Array, from: number, to: number): number {
  let m = a[from]!;
  for (let i = from + 1; i <= to; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

const P_LOW = 0.025;
const P_HIGH = 0.975;

/**
 * Mean and quantiles of a[0..n), reordering a. Quantiles interpolate linearly between order statistics
 * at h = (n − 1)·p (Hyndman & Fan type 7, the default of R and NumPy). The mean is taken about the first
 * value, so a constant series has exactly that value as its mean.
 */
export function summarizeDraws(a: Float64Array, n = a.length): IntervalSummary {
  if (n === 0) return { mean: 0, p2_5: 0, p50: 0, p97_5: 0 };
  const shift = a[0]!;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[i]! - shift;
  const mean = shift + sum / n;

  const h1 = (n - 1) * P_LOW;
  const h2 = (n - 1) * 0.5;
  const h3 = (n - 1) * P_HIGH;
  const k1 = Math.floor(h1);
  const k2 = Math.floor(h2);
  const k3 = Math.floor(h3);
  // Median first over everything, then each tail within its side: later selections see smaller ranges.
  select(a, 0, n - 1, k2);
  select(a, 0, k2, k1);
  select(a, k2, n - 1, k3);
  // The order statistic after k is the least value between k + 1 and the next selected position.
  const at = (k: number, h: number, upTo: number) => {
    const x = a[k]!;
    const frac = h - k;
    return frac === 0 || k + 1 > upTo ? x : x + frac * (minOf(a, k + 1, upTo) - x);
  };
  return { mean, p2_5: at(k1, h1, k2), p50: at(k2, h2, k3), p97_5: at(k3, h3, n - 1) };
}
