// The buyer's uncertain assumptions (a line's quantity, share, lifetimes, ratio r), drawn in the same
// Monte Carlo as the factors.
//
// The law (our documented choice; see ASSUMPTION_DISTRIBUTION): triangular, with its mode at the value
// the line states and its ends at the low and high values the buyer gives. Why:
// - a buyer states a most likely value and plausible extremes ("about 1,000 meals, between 800 and
//   1,200") and nothing more: no spread, no shape. The triangle uses exactly these three numbers, so the
//   low and high are the ends of the range, never exceeded (a share stays within 0..1, a lifetime > 0);
// - a normal law would need a standard deviation nobody stated, and is unbounded; a PERT law puts less
//   weight towards the ends than the buyer's "plausible" suggests (its variance is about half the
//   triangle's for a symmetric range): the triangle is the more cautious of the two;
// - it has a closed-form quantile, so a reader can check any interval by hand.
// A stated value outside its own range widens the range to include it: the range always holds what the
// buyer stated. Each assumption has its own random stream, keyed by its line and name: a draw depends
// only on the seed and that key, so adding a line leaves the others' draws unchanged.
import type { LineEstimate } from './estimate';
import { RandomStream } from './random';
import type { Line } from './schemas';

export const ASSUMPTION_DISTRIBUTION = {
  kind: 'triangular',
  mode: 'the value the line states',
  bounds: 'the low and high values the buyer gives (widened to include the stated value if it lies outside them)',
  independence: 'each assumption drawn independently of the others and of the factors, one stream per line and assumption',
  why: 'A buyer states a most likely value and plausible extremes, nothing more: the triangular law uses just these, stays within them (a share within 0..1) and is more cautious than a PERT law; a normal would need a spread nobody stated. Our assumption, stated.',
} as const;
export type AssumptionDistribution = typeof ASSUMPTION_DISTRIBUTION;

export const ASSUMPTION_KEYS = ['quantity', 'share', 'baselineLifetimeYears', 'alternativeLifetimeYears', 'quantityRatio'] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];
export type LineAssumptions = NonNullable<Line['assumptions']>;

/** A triangular law: its low end, its mode and its high end, low ≤ mode ≤ high. */
export interface Triangle {
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/** The p-quantile of a triangular law (inverse of its distribution function). */
export function triangularQuantile(t: Triangle, p: number): number {
  const { low: a, mode: c, high: b } = t;
  if (b === a) return a;
  return p < (c - a) / (b - a) ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
}

/** Mean and second moment of X, or of 1/X when `reciprocal` (the alternative's lifetime divides). */
export interface Moments {
  readonly mean: number;
  readonly square: number;
}

export const constantMoments = (x: number): Moments => ({ mean: x, square: x * x });

/** ln(y/x)/(y − x), and its limit 1/x when y = x: the reciprocal of the logarithmic mean. */
function inverseLogMean(x: number, y: number): number {
  return y === x ? 1 / x : Math.log1p((y - x) / x) / (y - x);
}

/**
 * The triangle's moments, by integrating its density by hand: mean (a + c + b)/3, variance
 * (a² + b² + c² − ab − ac − bc)/18; for 1/X, with L(x, y) = ln(y/x)/(y − x):
 * E[1/X] = 2/(b − a)·(b·L(c, b) − a·L(a, c)) and E[1/X²] = 2/(b − a)·(L(a, c) − L(c, b)).
 */
export function triangularMoments(t: Triangle, reciprocal = false): Moments {
  const { low: a, mode: c, high: b } = t;
  // A range narrower than this is its stated value: the closed forms below would lose every digit.
  if (b - a <= 1e-9 * Math.abs(b)) return constantMoments(reciprocal ? 1 / c : c);
  if (!reciprocal) {
    const mean = (a + b + c) / 3;
    return { mean, square: (a * a + b * b + c * c - a * b - a * c - b * c) / 18 + mean * mean };
  }
  const k = 2 / (b - a);
  const lac = inverseLogMean(a, c);
  const lcb = inverseLogMean(c, b);
  return { mean: k * (b * lcb - a * lac), square: k * (lac - lcb) };
}

/** A line's inputs as the estimate states them, and the triangles of those the buyer gave a range for. */
export interface LineInputs {
  readonly quantity: number;
  readonly share: number;
  readonly quantityRatio: number;
  /** Lifetimes in years; 1 and 1 when the line states none (their ratio is then 1). */
  readonly baselineLifetimeYears: number;
  readonly alternativeLifetimeYears: number;
  /** The line's quantity in each factor's unit per unit of its own. */
  readonly baselineConversion: number;
  readonly alternativeConversion: number;
  readonly ranges: Partial<Record<AssumptionKey, Triangle>>;
}

export type NotDrawnReason = 'no-stated-lifetime' | 'lifetime-from-zero';

export interface NotDrawn {
  readonly line: string;
  readonly assumption: AssumptionKey;
  readonly reason: NotDrawnReason;
}

/**
 * The line's stated inputs and its ranges. A lifetime range on a line that states no lifetime has no
 * value to centre on, and a lifetime from 0 would divide by nearly nothing: neither is drawn; both are
 * listed in `notDrawn`.
 */
export function lineInputs(line: LineEstimate, assumptions: LineAssumptions | undefined, notDrawn: NotDrawn[]): LineInputs {
  const { explanation } = line;
  const lb = explanation.baseline.lifetimeYears;
  const la = explanation.alternative.lifetimeYears;
  const stated: Record<AssumptionKey, number | null> = {
    quantity: explanation.quantity,
    share: explanation.share,
    quantityRatio: explanation.quantityRatio,
    baselineLifetimeYears: lb,
    alternativeLifetimeYears: la,
  };
  const ranges: Partial<Record<AssumptionKey, Triangle>> = {};
  for (const key of ASSUMPTION_KEYS) {
    const range = assumptions?.[key];
    if (!range) continue;
    const value = stated[key];
    const lifetime = key === 'baselineLifetimeYears' || key === 'alternativeLifetimeYears';
    if (value === null) notDrawn.push({ line: line.id, assumption: key, reason: 'no-stated-lifetime' });
    else if (lifetime && Math.min(range.low, value) <= 0) notDrawn.push({ line: line.id, assumption: key, reason: 'lifetime-from-zero' });
    else ranges[key] = { low: Math.min(range.low, value), mode: value, high: Math.max(range.high, value) };
  }
  return {
    quantity: explanation.quantity,
    share: explanation.share,
    quantityRatio: explanation.quantityRatio,
    baselineLifetimeYears: lb ?? 1,
    alternativeLifetimeYears: la ?? 1,
    baselineConversion: explanation.baseline.conversion?.multiplier ?? 1,
    alternativeConversion: explanation.alternative.conversion?.multiplier ?? 1,
    ranges,
  };
}

/** The stream of one assumption of one line: its key cannot meet a factor's (`table:`, `scenario:`). */
export const assumptionStreamKey = (lineId: string, key: AssumptionKey): string => `assumption:${lineId}:${key}`;

const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * `draws` values of the triangle into `out`. The uniform lies strictly within (0, 1), so a draw never sits
 * exactly on a low end of 0.
 */
export function drawTriangle(t: Triangle, seed: number, key: string, out: Float64Array): void {
  const { low: a, mode: c, high: b } = t;
  if (b === a) {
    out.fill(a);
    return;
  }
  // triangularQuantile with its constants taken out of the loop: the draws cost about as much as the uniforms.
  const atMode = (c - a) / (b - a);
  const left = (b - a) * (c - a);
  const right = (b - a) * (b - c);
  const random = new RandomStream(seed, key);
  for (let d = 0; d < out.length; d++) {
    // 32 random bits are ample for a triangle's quantile (steps of 2.3e-10), at half the cost of 53.
    const p = (random.nextUint32() + 0.5) * TWO_POW_MINUS_32;
    out[d] = p < atMode ? a + Math.sqrt(p * left) : b - Math.sqrt((1 - p) * right);
  }
}

/** The line's coefficients a = q·s and b = q·r·s·(Lb/La) (in each factor's unit) at one set of inputs. */
export function coefficients(inputs: LineInputs, q: number, s: number, r: number, lb: number, la: number): [number, number] {
  return [q * inputs.baselineConversion * s, q * inputs.alternativeConversion * r * s * (lb / la)];
}
