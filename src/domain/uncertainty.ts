// How uncertain an estimate is: each factor's published uncertainty carried to every result by Monte Carlo.
//
// The distribution (our documented assumption; see FACTOR_DISTRIBUTION): a factor F with relative
// uncertainty u is drawn lognormal with median F and σ_ln = ln(1 + u) / z, z = Φ⁻¹(0.975) ≈ 1.96, so its
// 2.5 % quantile is F/(1 + u) and its 97.5 % quantile F·(1 + u). Why:
// - Base Carbone publishes one percentage per element and no distribution, nor separate lower and upper
//   bounds (shared/reference/factors/NOTES.md §5); reading it as the half-width of a ~95 % interval
//   follows the Bilan Carbone® method, and the shape is ours to choose and to state;
// - an emission factor cannot be negative, and a normal with u = 80 % or 400 % (both published) would
//   put a large share of draws below zero; NOTES §5 suggests lognormal draws when u > 50 %;
// - for small u the lognormal is close to a normal of standard deviation F·u/1.96, so the ±u reading
//   holds where it matters most, and for large u it is skewed as a ratio-scale quantity should be.
// A factor without a published uncertainty is held at its value, never given an invented one, and is
// listed in the result so the interval is not read as covering it.
//
// Correlation: a factor is drawn once per draw, however many lines or sides use it (keyed by its origin
// and id), so the same factor on both sides of a line cancels in every draw and two lines on one factor
// move together. Distinct factors are drawn independently; factors from one study may in truth be
// correlated (NOTES §5), which independence does not capture.
//
// Each line's avoided amount is linear in its two factors:
//   avoided = q·Fb − q·(1−s)·Fb − q·r·s·(Lb/La)·Fa = a·Fb − b·Fa,   a = qb·s,   b = qa·s·(Lb/La)
// with qb, qa the quantities in each factor's unit as the explanation gives them (qa already times r).
// Categories and totals are therefore sums of per-factor coefficients times the drawn factor values,
// computed per draw; their percentiles are taken on those summed draws, never by adding percentiles.
//
// Reproducibility: every factor has its own pseudo-random stream, seeded from the seed and the factor's
// key by integer hashing (cyrb53, splitmix32) and run by xoshiro128** (Blackman & Vigna, 2018), all in
// 32-bit integer arithmetic (Math.imul, shifts), exact on every platform. Normals come from Marsaglia's
// polar method, which needs only + − × ÷, Math.sqrt (correctly rounded by IEEE 754) and Math.log; the
// lognormal needs Math.exp. ECMAScript does not pin log and exp to the last bit, but V8 (Node, Chrome)
// and SpiderMonkey (Firefox) both use fdlibm-derived versions, so the same seed gives bit-identical
// results in Node and in these browsers on every OS and CPU. A factor's draws depend only on the seed and
// the factor, so adding a line leaves the intervals of unrelated lines unchanged.
//
// Memory: draws × 8 bytes per distinct uncertain factor (80 kB at 10,000 draws), plus one array of draws
// for each category and total.
import type { CategoryId } from './categories';
import type { Estimate } from './estimate';
import type { ResolvedFactor } from './factor-index';

/** Φ⁻¹(0.975): the 97.5 % quantile of the standard normal, the "1.96" of a 95 % interval. */
export const Z_97_5 = 1.959963984540054;

export const DEFAULT_DRAWS = 10_000;
export const MIN_DRAWS = 1_000;
/** Beyond this the arrays of draws outgrow what a browser tab should hold; more draws add nothing. */
export const MAX_DRAWS = 1_000_000;
export const DEFAULT_SEED = 20_250_424;

/** The distribution every factor with a published uncertainty is drawn from, as the result states it. */
export const FACTOR_DISTRIBUTION = {
  kind: 'lognormal',
  median: 'the published value F',
  sigmaLn: 'ln(1 + u) / 1.96',
  interval: 'the published uncertainty u read as the half-width of a ~95 % interval: 2.5 % quantile F/(1 + u), 97.5 % quantile F·(1 + u)',
  withoutUncertainty: 'held at its published value (no uncertainty is invented) and listed',
  correlation: 'one draw per factor per draw, shared by every line and side using it; distinct factors independent',
  why:
    'Emission factors cannot be negative; Base Carbone gives one percentage and no distribution; lognormal draws are suggested when u > 50 % (NOTES §5). Our assumption, stated.',
} as const;
export type FactorDistribution = typeof FACTOR_DISTRIBUTION;

/** σ of ln F for a published relative uncertainty u. */
export function lognormalSigma(u: number): number {
  return Math.log1p(u) / Z_97_5;
}

// ——— Pseudo-random numbers ———

/** splitmix32 finaliser (hash-prospector constants): a well-mixed 32-bit word from any 32-bit word. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** cyrb53's two 32-bit halves of a string under a seed (bryc, public domain). */
function hashKey(key: string, seed: number): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/** xoshiro128** with a Marsaglia polar normal sampler; one stream per (seed, key). */
export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, key = '') {
    const [h1, h2] = hashKey(key, seed >>> 0);
    this.s0 = mix32(h1);
    this.s1 = mix32(h2);
    this.s2 = mix32(h1 ^ 0x7f4a7c15);
    this.s3 = mix32(h2 ^ 0x85ebca6b);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
  }

  /** A stream from an explicit xoshiro128** state (not all zero): for checking against reference outputs. */
  static fromState(s0: number, s1: number, s2: number, s3: number): RandomStream {
    const stream = new RandomStream(0);
    stream.s0 = s0 | 0;
    stream.s1 = s1 | 0;
    stream.s2 = s2 | 0;
    stream.s3 = s3 | 0;
    return stream;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const mul5 = Math.imul(s1, 5);
    const result = Math.imul((mul5 << 7) | (mul5 >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * TWO_POW_26 + lo) / TWO_POW_53;
  }

  /** A standard normal draw (Marsaglia polar method: two normals per accepted pair). */
  nextNormal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let v1: number;
    let v2: number;
    let s: number;
    do {
      v1 = 2 * this.nextFloat() - 1;
      v2 = 2 * this.nextFloat() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v2 * m;
    this.hasSpare = true;
    return v1 * m;
  }
}

// ——— Summaries of draws ———

/** A quantity's distribution over the draws, in kgCO2e: its mean and its 2.5 %, 50 % and 97.5 % quantiles. */
export interface UncertaintySummary {
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
    let z = a[hi]!;
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
export function summarizeDraws(a: Float64Array, n = a.length): UncertaintySummary {
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

function constantSummary(value: number): UncertaintySummary {
  return { mean: value, p2_5: value, p50: value, p97_5: value };
}

// ——— The simulation ———

export interface UncertaintyOptions {
  /** Number of draws: default 10,000, at least 1,000 (fewer are raised to 1,000), at most 1,000,000. */
  readonly draws?: number;
  /** Any 32-bit unsigned integer (other numbers are truncated to one); default DEFAULT_SEED. */
  readonly seed?: number;
}

export interface UncertaintyResult {
  readonly unit: 'kgCO2e';
  readonly draws: number;
  readonly seed: number;
  readonly distribution: FactorDistribution;
  /** Ids of the factors the estimate uses that publish no uncertainty: held at their value in every draw. */
  readonly factorsWithoutUncertainty: string[];
  readonly totals: { readonly baseline: UncertaintySummary; readonly alternative: UncertaintySummary; readonly avoided: UncertaintySummary };
  /** In the estimate's order of categories. */
  readonly categories: { readonly category: CategoryId; readonly avoided: UncertaintySummary }[];
  /** In the estimate's order of lines. */
  readonly lines: { readonly id: string; readonly avoided: UncertaintySummary }[];
}

/** A factor's identity across tables and the scenario's own factors: one draw per key per draw. */
export function factorKey(factor: ResolvedFactor): string {
  const o = factor.origin;
  return o.kind === 'table' ? `table:${o.tableId}@${o.tableVersion}:${factor.id}` : `scenario:${factor.id}`;
}

interface FactorSlot {
  readonly value: number;
  /** Offset of its draws in the shared array, or −1 when it has no uncertainty. */
  readonly offset: number;
}

/** A linear combination Σ coef·F over factors, drawn into `out`: the sums of categories and totals. */
class Combination {
  readonly coefs = new Map<number, number>();
  add(slot: number, coef: number): void {
    this.coefs.set(slot, (this.coefs.get(slot) ?? 0) + coef);
  }
  drawInto(out: Float64Array, slots: readonly FactorSlot[], values: Float64Array, draws: number): void {
    let constant = 0;
    for (const [slot, coef] of this.coefs) if (slots[slot]!.offset < 0) constant += coef * slots[slot]!.value;
    out.fill(constant);
    for (const [slot, coef] of this.coefs) {
      const offset = slots[slot]!.offset;
      if (offset < 0 || coef === 0) continue;
      for (let d = 0; d < draws; d++) out[d]! += coef * values[offset + d]!;
    }
  }
}

function drawCount(draws: number | undefined): number {
  if (draws === undefined || !Number.isFinite(draws)) return DEFAULT_DRAWS;
  return Math.min(MAX_DRAWS, Math.max(MIN_DRAWS, Math.floor(draws)));
}

/**
 * The estimate's lines, categories and totals as distributions over `draws` Monte Carlo draws of the
 * factors (see the comment at the top of this file for the distribution and the correlation).
 * Throws only if the estimate's own arithmetic disagrees with a·Fb − b·Fa, which would be a bug.
 */
export function simulateEstimate(estimate: Estimate, options: UncertaintyOptions = {}): UncertaintyResult {
  const draws = drawCount(options.draws);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;

  // Factors in order of first use; each uncertain one gets `draws` values in one shared array.
  const slotOf = new Map<string, number>();
  const factors: ResolvedFactor[] = [];
  const slotFor = (factor: ResolvedFactor) => {
    const key = factorKey(factor);
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slot = factors.length;
      slotOf.set(key, slot);
      factors.push(factor);
    }
    return slot;
  };
  const lineSlots = new Int32Array(estimate.lines.length * 2);
  estimate.lines.forEach((line, i) => {
    lineSlots[2 * i] = slotFor(line.explanation.baseline.factor);
    lineSlots[2 * i + 1] = slotFor(line.explanation.alternative.factor);
  });

  const uncertainCount = factors.filter((f) => f.uncertainty !== undefined && f.uncertainty > 0).length;
  const values = new Float64Array(uncertainCount * draws);
  const slots: FactorSlot[] = [];
  const factorsWithoutUncertainty: string[] = [];
  let next = 0;
  for (const factor of factors) {
    const u = factor.uncertainty;
    if (u === undefined || !(u > 0)) {
      slots.push({ value: factor.value, offset: -1 });
      factorsWithoutUncertainty.push(factor.id);
      continue;
    }
    const offset = next;
    next += draws;
    slots.push({ value: factor.value, offset });
    const sigma = lognormalSigma(u);
    const random = new RandomStream(seed, factorKey(factor));
    for (let d = 0; d < draws; d++) values[offset + d] = factor.value * Math.exp(sigma * random.nextNormal());
  }

  // Each line as avoided = a·Fb − b·Fa, checked against the engine at the published values.
  const categoryIndex = new Map<CategoryId, number>(estimate.categories.map((c, i) => [c.category, i]));
  const categorySums = estimate.categories.map(() => new Combination());
  const baselineSum = new Combination();
  const alternativeSum = new Combination();
  const avoidedSum = new Combination();
  const coefA = new Float64Array(estimate.lines.length);
  const coefB = new Float64Array(estimate.lines.length);
  estimate.lines.forEach((line, i) => {
    const { share, lifetimeRatio, baseline, alternative } = line.explanation;
    const qb = baseline.quantity;
    const a = qb * share;
    const b = alternative.quantity * share * lifetimeRatio;
    const fb = baseline.factor.value;
    const fa = alternative.factor.value;
    const point = a * fb - b * fa;
    const scale = Math.max(Math.abs(line.baseline), Math.abs(line.alternative));
    if (!(Math.abs(point - line.avoided) <= 1e-9 * scale))
      throw new Error(`Line "${line.id}": a·Fb − b·Fa = ${point} but the estimate says ${line.avoided}`);
    coefA[i] = a;
    coefB[i] = b;
    const sb = lineSlots[2 * i]!;
    const sa = lineSlots[2 * i + 1]!;
    const category = categorySums[categoryIndex.get(line.category)!]!;
    category.add(sb, a);
    category.add(sa, -b);
    avoidedSum.add(sb, a);
    avoidedSum.add(sa, -b);
    baselineSum.add(sb, qb);
    alternativeSum.add(sb, qb * (1 - share));
    alternativeSum.add(sa, b);
  });

  const buffer = new Float64Array(draws);
  const lines = estimate.lines.map((line, i) => {
    const a = coefA[i]!;
    const b = coefB[i]!;
    const sb = slots[lineSlots[2 * i]!]!;
    const sa = slots[lineSlots[2 * i + 1]!]!;
    const ob = sb.offset;
    const oa = sa.offset;
    let avoided: UncertaintySummary;
    if (ob < 0 && oa < 0) avoided = constantSummary(a * sb.value - b * sa.value);
    else {
      if (ob >= 0 && oa >= 0) for (let d = 0; d < draws; d++) buffer[d] = a * values[ob + d]! - b * values[oa + d]!;
      else if (ob >= 0) {
        const constant = b * sa.value;
        for (let d = 0; d < draws; d++) buffer[d] = a * values[ob + d]! - constant;
      } else {
        const constant = a * sb.value;
        for (let d = 0; d < draws; d++) buffer[d] = constant - b * values[oa + d]!;
      }
      avoided = summarizeDraws(buffer, draws);
    }
    return { id: line.id, avoided };
  });

  const summarize = (combination: Combination) => {
    combination.drawInto(buffer, slots, values, draws);
    return summarizeDraws(buffer, draws);
  };
  const categories = estimate.categories.map((c, i) => ({ category: c.category, avoided: summarize(categorySums[i]!) }));
  const totals = { baseline: summarize(baselineSum), alternative: summarize(alternativeSum), avoided: summarize(avoidedSum) };

  return { unit: 'kgCO2e', draws, seed, distribution: FACTOR_DISTRIBUTION, factorsWithoutUncertainty, totals, categories, lines };
}
