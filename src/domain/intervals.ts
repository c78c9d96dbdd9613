// How uncertain an estimate is: each factor's published uncertainty carried to every result by Monte Carlo.
// How factors are drawn (distribution, correlation, seeding): factor-draws.ts and random.ts.
//
// Each line's avoided amount is linear in its two factors:
//   avoided = q·Fb − q·(1−s)·Fb − q·r·s·(Lb/La)·Fa = a·Fb − b·Fa,   a = qb·s,   b = qa·s·(Lb/La)
// with qb, qa the quantities in each factor's unit as the explanation gives them (qa already times r).
// Categories and totals are therefore sums of per-factor coefficients times the drawn factor values,
// computed per draw; their percentiles are taken on those summed draws, never by adding percentiles.
//
// Memory: the factors' draws (factor-draws.ts), plus one array of draws reused for every line, category
// and total.
import type { CategoryId } from './categories';
import type { Estimate } from './estimate';
import { evaluateScenario, type EvaluateOptions, type Evaluation } from './evaluate';
import type { ResolvedFactor } from './factor-index';
import { drawFactors, factorKey, FACTOR_DISTRIBUTION, type FactorDistribution, type FactorSlot } from './factor-draws';
import { summarizeDraws, type IntervalSummary } from './percentiles';
import { ok, type Result } from './result';
import type { FactorTable, Scenario } from './schemas';

export const DEFAULT_DRAWS = 10_000;
export const MIN_DRAWS = 1_000;
/** Beyond this the arrays of draws outgrow what a browser tab should hold; more draws add nothing. */
export const MAX_DRAWS = 1_000_000;
export const DEFAULT_SEED = 20_250_424;

export interface IntervalOptions {
  /** Number of draws: default 10,000, at least 1,000 (fewer are raised to 1,000), at most 1,000,000. */
  readonly draws?: number;
  /** Any 32-bit unsigned integer (other numbers are truncated to one); default DEFAULT_SEED. */
  readonly seed?: number;
}

export interface EstimateIntervals {
  readonly unit: 'kgCO2e';
  readonly draws: number;
  readonly seed: number;
  readonly distribution: FactorDistribution;
  /** Ids of the factors the estimate uses that publish no uncertainty: held at their value in every draw. */
  readonly factorsWithoutUncertainty: string[];
  readonly totals: { readonly baseline: IntervalSummary; readonly alternative: IntervalSummary; readonly avoided: IntervalSummary };
  /** In the estimate's order of categories. */
  readonly categories: { readonly category: CategoryId; readonly avoided: IntervalSummary }[];
  /** In the estimate's order of lines. */
  readonly lines: { readonly id: string; readonly avoided: IntervalSummary }[];
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

function constantSummary(value: number): IntervalSummary {
  return { mean: value, p2_5: value, p50: value, p97_5: value };
}

/** The distinct factors in order of first use, and the slots of line i's baseline (2i) and alternative (2i + 1). */
function factorsInUse(estimate: Estimate): { factors: ResolvedFactor[]; lineSlots: Int32Array } {
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
  return { factors, lineSlots };
}

interface LinearModel {
  /** Line i avoids coefA[i]·Fb − coefB[i]·Fa. */
  readonly coefA: Float64Array;
  readonly coefB: Float64Array;
  /** In the estimate's order of categories. */
  readonly categories: Combination[];
  readonly baseline: Combination;
  readonly alternative: Combination;
  readonly avoided: Combination;
}

/** Each line as avoided = a·Fb − b·Fa, checked against the engine at the published values, and their sums. */
function linearModel(estimate: Estimate, lineSlots: Int32Array): LinearModel {
  const categoryIndex = new Map<CategoryId, number>(estimate.categories.map((c, i) => [c.category, i]));
  const model: LinearModel = {
    coefA: new Float64Array(estimate.lines.length),
    coefB: new Float64Array(estimate.lines.length),
    categories: estimate.categories.map(() => new Combination()),
    baseline: new Combination(),
    alternative: new Combination(),
    avoided: new Combination(),
  };
  estimate.lines.forEach((line, i) => {
    const { share, lifetimeRatio, baseline, alternative } = line.explanation;
    const qb = baseline.quantity;
    const a = qb * share;
    const b = alternative.quantity * share * lifetimeRatio;
    const point = a * baseline.factor.value - b * alternative.factor.value;
    const scale = Math.max(Math.abs(line.baseline), Math.abs(line.alternative));
    if (!(Math.abs(point - line.avoided) <= 1e-9 * scale)) throw new Error(`Line "${line.id}": a·Fb − b·Fa = ${point} but the estimate says ${line.avoided}`);
    model.coefA[i] = a;
    model.coefB[i] = b;
    // Categories and totals count the line as the estimate does: not at all, once, or once a year of the period.
    const m = line.totalsMultiplier;
    if (m === 0) return;
    const sb = lineSlots[2 * i]!;
    const sa = lineSlots[2 * i + 1]!;
    const category = model.categories[categoryIndex.get(line.category)!]!;
    category.add(sb, m * a);
    category.add(sa, -m * b);
    model.avoided.add(sb, m * a);
    model.avoided.add(sa, -m * b);
    model.baseline.add(sb, m * qb);
    model.alternative.add(sb, m * qb * (1 - share));
    model.alternative.add(sa, m * b);
  });
  return model;
}

/** a·Fb − b·Fa over the draws, summed up; `buffer` is overwritten. */
function summarizeLine(a: number, b: number, sb: FactorSlot, sa: FactorSlot, values: Float64Array, buffer: Float64Array): IntervalSummary {
  const draws = buffer.length;
  const ob = sb.offset;
  const oa = sa.offset;
  if (ob < 0 && oa < 0) return constantSummary(a * sb.value - b * sa.value);
  if (ob >= 0 && oa >= 0) for (let d = 0; d < draws; d++) buffer[d] = a * values[ob + d]! - b * values[oa + d]!;
  else if (ob >= 0) {
    const constant = b * sa.value;
    for (let d = 0; d < draws; d++) buffer[d] = a * values[ob + d]! - constant;
  } else {
    const constant = a * sb.value;
    for (let d = 0; d < draws; d++) buffer[d] = constant - b * values[oa + d]!;
  }
  return summarizeDraws(buffer, draws);
}

/**
 * The estimate's lines, categories and totals as distributions over `draws` Monte Carlo draws of the
 * factors (see factor-draws.ts for the distribution and the correlation).
 * Throws only if the estimate's own arithmetic disagrees with a·Fb − b·Fa, which would be a bug.
 */
export function simulateEstimate(estimate: Estimate, options: IntervalOptions = {}): EstimateIntervals {
  const draws = drawCount(options.draws);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const { factors, lineSlots } = factorsInUse(estimate);
  const { slots, values, factorsWithoutUncertainty } = drawFactors(factors, seed, draws);
  const model = linearModel(estimate, lineSlots);

  const buffer = new Float64Array(draws);
  const lines = estimate.lines.map((line, i) => {
    const baselineSlot = slots[lineSlots[2 * i]!]!;
    const alternativeSlot = slots[lineSlots[2 * i + 1]!]!;
    return { id: line.id, avoided: summarizeLine(model.coefA[i]!, model.coefB[i]!, baselineSlot, alternativeSlot, values, buffer) };
  });
  const summarize = (combination: Combination) => {
    combination.drawInto(buffer, slots, values, draws);
    return summarizeDraws(buffer, draws);
  };
  const categories = estimate.categories.map((c, i) => ({ category: c.category, avoided: summarize(model.categories[i]!) }));
  const totals = { baseline: summarize(model.baseline), alternative: summarize(model.alternative), avoided: summarize(model.avoided) };

  return { unit: 'kgCO2e', draws, seed, distribution: FACTOR_DISTRIBUTION, factorsWithoutUncertainty, totals, categories, lines };
}

/**
 * The one evaluation of a scenario (evaluateScenario) with the 95 % intervals of its estimate drawn now
 * (~0.2 s for 1,000 lines): what the command line reports. The app draws them in a worker instead.
 */
export function evaluateWithIntervals(
  scenario: Scenario,
  tables: readonly FactorTable[],
  options: EvaluateOptions & IntervalOptions = {},
): Result<Evaluation & { readonly intervals: EstimateIntervals }> {
  const evaluation = evaluateScenario(scenario, tables, options);
  return evaluation.ok ? ok({ ...evaluation.value, intervals: simulateEstimate(evaluation.value.estimate, options) }) : evaluation;
}
