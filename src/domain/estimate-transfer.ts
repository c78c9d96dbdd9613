// An estimate and its intervals in a compact form for a worker's message. Copying 100,000 line estimates
// object by object (each with its sides, factors and conversions) takes the page's thread about a second;
// the same figures as a few typed arrays, the distinct factors once and the ids as strings copy in
// milliseconds. Only what the Monte Carlo draws read crosses (simulateEstimate); a test checks that the
// draws of an unpacked estimate are the draws of the original.
import type { CategoryId } from './categories';
import type { Estimate, LineEstimate, SideExplanation } from './estimate';
import type { ResolvedFactor } from './factor-index';
import type { LocalizedText } from './line-name';
import type { EstimateIntervals } from './intervals';
import type { IntervalSummary } from './percentiles';
import { FLOWS, type Flow } from './schemas';
import type { UnitId } from './units';

/** Numbers per line, in this order. NaN stands for null (a side without a conversion, or a lifetime not stated). */
const LINE_NUMBERS = [
  'baseline',
  'alternative',
  'avoided',
  'totalsMultiplier',
  'counted',
  'quantity',
  'share',
  'lifetimeRatio',
  'quantityRatio',
  'baselineQuantity',
  'baselineMultiplier',
  'baselineLifetime',
  'alternativeQuantity',
  'alternativeMultiplier',
  'alternativeLifetime',
] as const;
const WIDTH = LINE_NUMBERS.length;

export interface PackedEstimate {
  readonly head: Omit<Estimate, 'lines'>;
  readonly factors: readonly ResolvedFactor[];
  readonly ids: readonly string[];
  /** Names, for the range drivers that name a line: its label, and its two-language labels where it has them. */
  readonly labels: readonly string[];
  readonly localized: readonly { readonly at: number; readonly labels: LocalizedText }[];
  readonly units: readonly UnitId[];
  readonly categories: readonly CategoryId[];
  /** Per line: its category's and unit's places in the lists above, its factors' places, its flow (0: none). */
  readonly codes: Int32Array;
  readonly numbers: Float64Array;
}

const CODES = 5;
const orNaN = (x: number | null) => (x === null ? NaN : x);
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

function indexer<T>(list: T[]): (item: T) => number {
  const places = new Map<T, number>();
  return (item) => {
    let at = places.get(item);
    if (at === undefined) places.set(item, (at = list.push(item) - 1));
    return at;
  };
}

export function packEstimate(estimate: Estimate): PackedEstimate {
  const { lines, ...head } = estimate;
  const factors: ResolvedFactor[] = [];
  const units: UnitId[] = [];
  const categories: CategoryId[] = [];
  const [factorAt, unitAt, categoryAt] = [indexer(factors), indexer(units), indexer(categories)];
  const codes = new Int32Array(lines.length * CODES);
  const numbers = new Float64Array(lines.length * WIDTH);
  // Written cell by cell: an array of fifteen numbers made for each of 100,000 lines cost the page more than the copy.
  lines.forEach((line, i) => {
    const { explanation: e } = line;
    let c = i * CODES;
    codes[c++] = categoryAt(line.category);
    codes[c++] = unitAt(e.unit);
    codes[c++] = factorAt(e.baseline.factor);
    codes[c++] = factorAt(e.alternative.factor);
    codes[c] = line.flow ? FLOWS.indexOf(line.flow) + 1 : 0;
    let n = i * WIDTH;
    numbers[n++] = line.baseline;
    numbers[n++] = line.alternative;
    numbers[n++] = line.avoided;
    numbers[n++] = line.totalsMultiplier;
    numbers[n++] = line.counted ? 1 : 0;
    numbers[n++] = e.quantity;
    numbers[n++] = e.share;
    numbers[n++] = e.lifetimeRatio;
    numbers[n++] = e.quantityRatio;
    numbers[n++] = e.baseline.quantity;
    numbers[n++] = orNaN(e.baseline.conversion?.multiplier ?? null);
    numbers[n++] = orNaN(e.baseline.lifetimeYears);
    numbers[n++] = e.alternative.quantity;
    numbers[n++] = orNaN(e.alternative.conversion?.multiplier ?? null);
    numbers[n] = orNaN(e.alternative.lifetimeYears);
  });
  const localized = lines.flatMap((l, at) => (l.labels ? [{ at, labels: l.labels }] : []));
  return { head, factors, ids: lines.map((l) => l.id), labels: lines.map((l) => l.label), localized, units, categories, codes, numbers };
}

/** The estimate as the draws read it: figures, factors, conversions and names; no findings or variants. */
export function unpackEstimate(packed: PackedEstimate): Estimate {
  const { head, factors, ids, labels, units, categories, codes, numbers } = packed;
  const localized = new Map(packed.localized.map((l) => [l.at, l.labels]));
  const lines = ids.map((id, i): LineEstimate => {
    const n = (k: number) => numbers[i * WIDTH + k] as number;
    const c = (k: number) => codes[i * CODES + k] as number;
    const unit = units[c(1)] as UnitId;
    const side = (factor: ResolvedFactor, quantity: number, multiplier: number, lifetime: number): SideExplanation => ({
      factor,
      quantity,
      conversion: Number.isNaN(multiplier) ? null : { from: unit, to: factor.perUnit, multiplier },
      lifetimeYears: orNull(lifetime),
    });
    const names = localized.get(i);
    return {
      id,
      label: labels[i] as string,
      ...(names ? { labels: names } : {}),
      category: categories[c(0)] as CategoryId,
      baseline: n(0),
      alternative: n(1),
      avoided: n(2),
      totalsMultiplier: n(3),
      counted: n(4) === 1,
      flow: c(4) === 0 ? null : (FLOWS[c(4) - 1] as Flow),
      findings: [],
      variants: [],
      warnings: [],
      dataKind: 'average',
      explanation: {
        quantity: n(5),
        unit,
        share: n(6),
        lifetimeRatio: n(7),
        quantityRatio: n(8),
        baseline: side(factors[c(2)] as ResolvedFactor, n(9), n(10), n(11)),
        alternative: side(factors[c(3)] as ResolvedFactor, n(12), n(13), n(14)),
        reference: null,
      },
    };
  });
  return { ...head, lines };
}

/** The intervals with their lines as arrays (in the estimate's order: the ids are the estimate's). */
export interface PackedIntervals {
  readonly rest: Omit<EstimateIntervals, 'lines'>;
  /** mean, p2.5, p50, p97.5 of each line's avoided amount. */
  readonly lineSummaries: Float64Array;
  /** The lines holding a factor at its value, with those factors' ids. */
  readonly incomplete: readonly { readonly at: number; readonly factors: string[] }[];
}

export function packIntervals(intervals: EstimateIntervals): PackedIntervals {
  const { lines, ...rest } = intervals;
  const lineSummaries = new Float64Array(lines.length * 4);
  const incomplete: { at: number; factors: string[] }[] = [];
  lines.forEach((line, i) => {
    const s = line.avoided;
    lineSummaries.set([s.mean, s.p2_5, s.p50, s.p97_5], i * 4);
    if (line.incomplete) incomplete.push({ at: i, factors: line.factorsWithoutUncertainty });
  });
  return { rest, lineSummaries, incomplete };
}

export function unpackIntervals(packed: PackedIntervals, estimate: Estimate): EstimateIntervals {
  const missing = new Map(packed.incomplete.map((l) => [l.at, l.factors]));
  const s = packed.lineSummaries;
  const lines = estimate.lines.map((line, i) => {
    const avoided: IntervalSummary = { mean: s[4 * i] as number, p2_5: s[4 * i + 1] as number, p50: s[4 * i + 2] as number, p97_5: s[4 * i + 3] as number };
    const factors = missing.get(i);
    return { id: line.id, avoided, incomplete: factors !== undefined, factorsWithoutUncertainty: factors ?? [] };
  });
  return { ...packed.rest, lines };
}
