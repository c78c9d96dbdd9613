// How uncertain an estimate is: each factor's published uncertainty, and the ranges the buyer states for
// a line's assumptions, carried to every result by Monte Carlo.
// How factors are drawn (distribution, correlation, seeding): factor-draws.ts and random.ts; the buyer's
// assumptions: assumption-draws.ts; what drives the total's range: contributions.ts.
//
// Each line's avoided amount is linear in its two factors:
//   avoided = q·Fb − q·(1−s)·Fb − q·r·s·(Lb/La)·Fa = a·Fb − b·Fa,   a = qb·s,   b = qa·s·(Lb/La)
// with qb, qa the quantities in each factor's unit as the explanation gives them (qa already times r).
// Categories and totals are therefore sums of per-factor coefficients times the drawn factor values,
// computed per draw; their percentiles are taken on those summed draws, never by adding percentiles.
//
// A line whose assumptions are ranges is no longer linear in its factors (q·s·Fb is a product of draws):
// it is drawn draw by draw and added to the categories and totals apart, so lines without assumptions
// keep the linear path and its cost.
//
// A range that leaves out a factor's uncertainty (none published, none stated) is labelled incomplete
// with the factors named (rule 9): a zero-width interval is never a certainty. A factor of value 0 is 0
// whatever its relative uncertainty, so it never makes a range incomplete.
//
// Memory: the factors' draws (factor-draws.ts), plus one array of draws reused for every line, category
// and total; with assumptions, five arrays for a line's assumptions and one per category and total.
import {
  ASSUMPTION_DISTRIBUTION,
  assumptionStreamKey,
  drawTriangle,
  lineInputs,
  type AssumptionDistribution,
  type AssumptionKey,
  type LineInputs,
  type NotDrawn,
} from './assumption-draws';
import type { CategoryId } from './categories';
import { rangeContributions, type CountedLine, type RangeContributions } from './contributions';
import type { Estimate } from './estimate';
import { evaluateScenario, type EvaluateOptions, type Evaluation } from './evaluate';
import type { ResolvedFactor } from './factor-index';
import { drawFactors, factorKey, FACTOR_DISTRIBUTION, type FactorDistribution, type FactorSlot } from './factor-draws';
import { summarizeDraws, type IntervalSummary } from './percentiles';
import { ok, type Result } from './result';
import { scenarioAssumptions, type ScenarioAssumptions } from './scenario-assumptions';
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
  /** The buyer's assumption ranges and stated uncertainties; none by default. */
  readonly assumptions?: ScenarioAssumptions;
}

export interface EstimateIntervals {
  readonly unit: 'kgCO2e';
  readonly draws: number;
  readonly seed: number;
  readonly distribution: FactorDistribution;
  /** How the buyer's assumption ranges are drawn. */
  readonly assumptionDistribution: AssumptionDistribution;
  /** Ids of the factors the estimate uses with no published or stated uncertainty: held at their value in every draw. */
  readonly factorsWithoutUncertainty: string[];
  /** Uncertainties the buyer stated for factors that publish none, drawn like published ones: assumptions (rule 9). */
  readonly assumedUncertainties: { readonly factor: string; readonly uncertainty: number; readonly note?: string }[];
  /** The assumption ranges drawn, as triangular laws. */
  readonly assumptions: { readonly line: string; readonly assumption: AssumptionKey; readonly low: number; readonly mode: number; readonly high: number }[];
  /** Ranges that could not be drawn, and why. */
  readonly assumptionsNotDrawn: NotDrawn[];
  /** True when the total's range leaves out the uncertainty of a factor a counted line uses (rule 9). */
  readonly incomplete: boolean;
  /** Those factors' ids. */
  readonly incompleteFactors: string[];
  readonly totals: { readonly baseline: IntervalSummary; readonly alternative: IntervalSummary; readonly avoided: IntervalSummary };
  /** In the estimate's order of categories; incomplete when one of its counted lines is. */
  readonly categories: { readonly category: CategoryId; readonly avoided: IntervalSummary; readonly incomplete: boolean }[];
  /** In the estimate's order of lines; incomplete when a factor of the line is held at its value. */
  readonly lines: { readonly id: string; readonly avoided: IntervalSummary; readonly incomplete: boolean; readonly factorsWithoutUncertainty: string[] }[];
  /** What drives the range of the total avoided. */
  readonly contributions: RangeContributions;
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

/**
 * Each line as avoided = a·Fb − b·Fa, checked against the engine at the published values, and the sums of
 * the lines drawn linearly (not those with assumption ranges, which are added draw by draw).
 */
function linearModel(estimate: Estimate, lineSlots: Int32Array, drawnApart: readonly boolean[]): LinearModel {
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
    if (m === 0 || drawnApart[i]) return;
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

/** The draws of the lines with assumption ranges, summed as the totals count them. */
interface ApartSums {
  readonly baseline: Float64Array;
  readonly alternative: Float64Array;
  readonly avoided: Float64Array;
  readonly categories: Float64Array[];
}

/** Scratch arrays for one line's assumptions, reused line after line. */
class AssumptionDraws {
  readonly q: Float64Array;
  readonly s: Float64Array;
  readonly r: Float64Array;
  readonly lb: Float64Array;
  readonly la: Float64Array;
  constructor(draws: number) {
    this.q = new Float64Array(draws);
    this.s = new Float64Array(draws);
    this.r = new Float64Array(draws);
    this.lb = new Float64Array(draws);
    this.la = new Float64Array(draws);
  }
  fill(lineId: string, inputs: LineInputs, seed: number): void {
    const one = (key: AssumptionKey, out: Float64Array, value: number) => {
      const t = inputs.ranges[key];
      if (t) drawTriangle(t, seed, assumptionStreamKey(lineId, key), out);
      else out.fill(value);
    };
    one('quantity', this.q, inputs.quantity);
    one('share', this.s, inputs.share);
    one('quantityRatio', this.r, inputs.quantityRatio);
    one('baselineLifetimeYears', this.lb, inputs.baselineLifetimeYears);
    one('alternativeLifetimeYears', this.la, inputs.alternativeLifetimeYears);
  }
}

/** The line's avoided draws into `buffer`, each also added `m` times into the sums (m = 0: not counted). */
function drawLineApart(
  inputs: LineInputs,
  sb: FactorSlot,
  sa: FactorSlot,
  values: Float64Array,
  x: AssumptionDraws,
  buffer: Float64Array,
  m: number,
  sums: ApartSums | null,
  category: number,
): void {
  const { baselineConversion: cb, alternativeConversion: ca } = inputs;
  const { q, s, r, lb, la } = x;
  for (let d = 0; d < buffer.length; d++) {
    const fb = sb.offset < 0 ? sb.value : values[sb.offset + d]!;
    const fa = sa.offset < 0 ? sa.value : values[sa.offset + d]!;
    const qs = q[d]! * s[d]!;
    const baseline = qs * cb * fb;
    const avoided = baseline - qs * ca * r[d]! * (lb[d]! / la[d]!) * fa;
    buffer[d] = avoided;
    if (sums && m > 0) {
      sums.baseline[d]! += m * baseline;
      sums.alternative[d]! += m * (q[d]! * cb * fb - avoided);
      sums.avoided[d]! += m * avoided;
      sums.categories[category]![d]! += m * avoided;
    }
  }
}

/**
 * The estimate's lines, categories and totals as distributions over `draws` Monte Carlo draws of the
 * factors and of the buyer's assumption ranges (see factor-draws.ts and assumption-draws.ts for the laws
 * and the correlation), what drives the total's range, and which ranges are incomplete.
 * Throws only if the estimate's own arithmetic disagrees with a·Fb − b·Fa, which would be a bug.
 */
export function simulateEstimate(estimate: Estimate, options: IntervalOptions = {}): EstimateIntervals {
  const draws = drawCount(options.draws);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const { factors, lineSlots } = factorsInUse(estimate);
  const assumed = options.assumptions?.assumedUncertainties ?? [];
  const stated = new Map(assumed.map((a) => [a.factor, a.uncertainty]));
  const { slots, values, factorsWithoutUncertainty } = drawFactors(factors, seed, draws, stated);

  const rangesOf = new Map(options.assumptions?.lines.map((l) => [l.id, l.assumptions]) ?? []);
  const notDrawn: NotDrawn[] = [];
  const inputs = estimate.lines.map((line) => lineInputs(line, rangesOf.get(line.id), notDrawn));
  const drawnApart = inputs.map((i) => Object.keys(i.ranges).length > 0);
  const model = linearModel(estimate, lineSlots, drawnApart);

  const categoryIndex = new Map<CategoryId, number>(estimate.categories.map((c, i) => [c.category, i]));
  const countedApart = estimate.lines.some((line, i) => drawnApart[i] && line.totalsMultiplier > 0);
  const sums: ApartSums | null = countedApart
    ? {
        baseline: new Float64Array(draws),
        alternative: new Float64Array(draws),
        avoided: new Float64Array(draws),
        categories: estimate.categories.map(() => new Float64Array(draws)),
      }
    : null;
  const scratch = drawnApart.some(Boolean) ? new AssumptionDraws(draws) : null;

  // A factor of value 0 is 0 in every draw, whatever its uncertainty: it leaves nothing out.
  const missing = (slot: number) => slots[slot]!.uncertainty === 0 && slots[slot]!.value !== 0;
  const buffer = new Float64Array(draws);
  const lines = estimate.lines.map((line, i) => {
    const [b, a] = [lineSlots[2 * i]!, lineSlots[2 * i + 1]!];
    const without = [...new Set([b, a])].filter(missing).map((slot) => factors[slot]!.id);
    let avoided: IntervalSummary;
    if (scratch && drawnApart[i]) {
      scratch.fill(line.id, inputs[i]!, seed);
      drawLineApart(inputs[i]!, slots[b]!, slots[a]!, values, scratch, buffer, line.totalsMultiplier, sums, categoryIndex.get(line.category)!);
      avoided = summarizeDraws(buffer, draws);
    } else avoided = summarizeLine(model.coefA[i]!, model.coefB[i]!, slots[b]!, slots[a]!, values, buffer);
    return { id: line.id, avoided, incomplete: without.length > 0, factorsWithoutUncertainty: without };
  });
  const summarize = (combination: Combination, apart: Float64Array | undefined) => {
    combination.drawInto(buffer, slots, values, draws);
    if (apart) for (let d = 0; d < draws; d++) buffer[d]! += apart[d]!;
    return summarizeDraws(buffer, draws);
  };
  const countedIncomplete = (line: Estimate['lines'][number], i: number) => line.totalsMultiplier > 0 && lines[i]!.incomplete;
  const categories = estimate.categories.map((c, k) => ({
    category: c.category,
    avoided: summarize(model.categories[k]!, sums?.categories[k]),
    incomplete: estimate.lines.some((line, i) => line.category === c.category && countedIncomplete(line, i)),
  }));
  const totals = {
    baseline: summarize(model.baseline, sums?.baseline),
    alternative: summarize(model.alternative, sums?.alternative),
    avoided: summarize(model.avoided, sums?.avoided),
  };
  const incompleteFactors = [...new Set(estimate.lines.flatMap((line, i) => (countedIncomplete(line, i) ? lines[i]!.factorsWithoutUncertainty : [])))];

  const counted: CountedLine[] = estimate.lines.flatMap((line, i) =>
    line.totalsMultiplier > 0
      ? [{ line, times: line.totalsMultiplier, baselineSlot: lineSlots[2 * i]!, alternativeSlot: lineSlots[2 * i + 1]!, inputs: inputs[i]! }]
      : [],
  );
  // A stated uncertainty counts only for a factor in use that publishes none.
  const statedUsed = assumed.filter((a) => factors.some((f) => f.id === a.factor && !(f.uncertainty !== undefined && f.uncertainty > 0)));
  const contributions = rangeContributions(slots, factors, new Set(statedUsed.map((a) => a.factor)), counted, estimate.totals.avoided);

  return {
    unit: 'kgCO2e',
    draws,
    seed,
    distribution: FACTOR_DISTRIBUTION,
    assumptionDistribution: ASSUMPTION_DISTRIBUTION,
    factorsWithoutUncertainty,
    assumedUncertainties: statedUsed.map((a) => ({ factor: a.factor, uncertainty: a.uncertainty, ...(a.note ? { note: a.note } : {}) })),
    assumptions: estimate.lines.flatMap((line, i) =>
      (Object.entries(inputs[i]!.ranges) as [AssumptionKey, { low: number; mode: number; high: number }][]).map(([assumption, t]) => ({
        line: line.id,
        assumption,
        low: t.low,
        mode: t.mode,
        high: t.high,
      })),
    ),
    assumptionsNotDrawn: notDrawn,
    incomplete: incompleteFactors.length > 0,
    incompleteFactors,
    totals,
    categories,
    lines,
    contributions,
  };
}

/**
 * The one evaluation of a scenario (evaluateScenario) with the 95 % intervals of its estimate, its
 * assumption ranges and stated uncertainties included, drawn now
 * (~0.2 s for 1,000 lines): what the command line reports. The app draws them in a worker instead.
 */
export function evaluateWithIntervals(
  scenario: Scenario,
  tables: readonly FactorTable[],
  options: EvaluateOptions & IntervalOptions = {},
): Result<Evaluation & { readonly intervals: EstimateIntervals }> {
  const evaluation = evaluateScenario(scenario, tables, options);
  if (!evaluation.ok) return evaluation;
  return ok({ ...evaluation.value, intervals: simulateEstimate(evaluation.value.estimate, { ...options, assumptions: scenarioAssumptions(scenario) }) });
}
