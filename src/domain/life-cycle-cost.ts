// Whole-life cost beside emissions: what each option costs for the same service, and what a tonne avoided
// costs — a number only when the switch avoids something; a switch that emits more is classed instead.
//
// One unit of a side with purchase price P, yearly costs Y (running, e.g. energy, plus maintenance),
// end-of-life cost E, lifetime L years (1 when no lifetime is given; fractions kept) and discount rate r:
//   AF(r, L)  = (1 − (1+r)^−L) / r          (L when r = 0): the annuity factor
//   PV        = P + Y·AF(r, L) + E/(1+r)^L   its present cost over its life
//   EAC       = PV / AF(r, L)  = PV·r / (1 − (1+r)^−L)   (PV/L when r = 0): its equivalent annual cost
// Options with unequal lifetimes are compared by EAC: the yearly amount that, paid over each option's own
// life, is worth its present cost. This is what a common horizon with replacements at their dates gives
// (e.g. 12 years for lives of 4 and 6), without needing a horizon both lifetimes divide (there is none for
// 2.5 and 4 short of 20 years, nor for most fractions) or a residual value for a replacement cut short.
// Scaling one present value by Lb/La, as this file once did, is the same only when r = 0.
//
// Fractional lifetimes go into the annuity formula as they are. The one convention: yearly costs over a
// fractional final year count Y·AF(r, L) — the annuity formula at that L, so that a yearly cost is still Y
// a year once annualised — which for r = 0 is the fraction of Y, and for whole L the usual Σ Y/(1+r)^t.
//
// A line's costs cover the same service as its emissions: the baseline's qb units for their life Lb. Each
// option's EAC is paid over those Lb years and brought back to a present cost, so that a line with equal
// lifetimes (or r = 0) reads exactly as before:
//   baseline cost    = qb·EACb·AF(r, Lb) = qb·PVb
//   alternative cost = qb·(1−s)·PVb + qa·s·EACa·AF(r, Lb)      (qa includes the ratio r of the emissions)
// The cost of a tonne avoided is (alternative − baseline) / tonnes avoided over the same Lb years
// (tonnes are not discounted).
import { carbonValue, CARBON_VALUE_TRAJECTORIES, type CarbonValueAt } from './carbon-value';
import type { Estimate, LineEstimate } from './estimate';
import { lineNames, type LocalizedText } from './line-name';
import type { Line, Scenario } from './schemas';

export interface SideCosts {
  /** € per unit of the side's quantity, excluding VAT. */
  readonly purchase?: number;
  /** € per unit and per year to run it (energy: consumption × price…). */
  readonly yearly?: number;
  /** € per unit and per year of maintenance. */
  readonly maintenance?: number;
  /** € per unit at the end of its life (disposal, or negative for resale). */
  readonly endOfLife?: number;
}

/** What €1 a year for `years` years (a fraction allowed) is worth today at `rate`. */
export function annuityFactor(rate: number, years: number): number {
  return rate === 0 ? years : (1 - (1 + rate) ** -years) / rate;
}

/** Present cost of one unit over its life. */
export function unitLifeCycleCost(costs: SideCosts, lifetimeYears: number, discountRate: number): number {
  const perYear = (costs.yearly ?? 0) + (costs.maintenance ?? 0);
  return (costs.purchase ?? 0) + perYear * annuityFactor(discountRate, lifetimeYears) + (costs.endOfLife ?? 0) * (1 + discountRate) ** -lifetimeYears;
}

/** The yearly amount over the unit's life worth its present cost: what options of unequal lives are compared by. */
export function equivalentAnnualCost(costs: SideCosts, lifetimeYears: number, discountRate: number): number {
  return unitLifeCycleCost(costs, lifetimeYears, discountRate) / annuityFactor(discountRate, lifetimeYears);
}

/**
 * What a tonne avoided means for a line. Only `abates` has a cost per tonne (negative when the switch
 * also saves money); a switch that emits more has no such number — dividing by negative tonnes would turn
 * "costs more and emits more" into a negative cost that looks like a bargain.
 */
export type CostClassification = 'abates' | 'no-saving' | 'emits-more-costs-more' | 'emits-more-saves-money' | 'emits-more-same-cost';

export interface LineCosts {
  readonly baselineCost: number;
  readonly alternativeCost: number;
  /** alternative − baseline: positive when the alternative costs more. */
  readonly extraCost: number;
  /** € per tonne avoided; null unless `classification` is `abates`. */
  readonly costPerTonne: number | null;
  readonly classification: CostClassification;
  /**
   * Equivalent annual cost of one unit of each side, € a year; null when the line gives no lifetime (a
   * purchase compared once, by its cost: an EAC over the default one year would only add a year's interest).
   */
  readonly baselineAnnualCost: number | null;
  readonly alternativeAnnualCost: number | null;
}

// Costs go through powers and divisions, so two options with the same costs can differ by a rounding
// residue of either sign; below this share of the amounts they cost the same.
const SAME_COST = 1e-9;

export function lineCosts(line: LineEstimate, baseline: SideCosts, alternative: SideCosts, discountRate = 0): LineCosts {
  const x = line.explanation;
  const lb = x.baseline.lifetimeYears ?? 1;
  const la = x.alternative.lifetimeYears ?? 1;
  const pvb = unitLifeCycleCost(baseline, lb, discountRate);
  const baselineAnnualCost = pvb / annuityFactor(discountRate, lb);
  const alternativeAnnualCost = equivalentAnnualCost(alternative, la, discountRate);
  const qb = x.baseline.quantity;
  const qa = x.alternative.quantity;
  const baselineCost = qb * pvb;
  let alternativeCost = qb * (1 - x.share) * pvb + qa * x.share * alternativeAnnualCost * annuityFactor(discountRate, lb);
  if (Math.abs(alternativeCost - baselineCost) <= SAME_COST * Math.max(Math.abs(baselineCost), Math.abs(alternativeCost))) alternativeCost = baselineCost;
  const extraCost = alternativeCost - baselineCost;
  // The estimate decides an exact zero of the avoided emissions, so a sign test here is safe.
  const classification: CostClassification =
    line.avoided > 0
      ? 'abates'
      : line.avoided === 0
        ? 'no-saving'
        : extraCost > 0
          ? 'emits-more-costs-more'
          : extraCost < 0
            ? 'emits-more-saves-money'
            : 'emits-more-same-cost';
  const costPerTonne = classification === 'abates' ? extraCost / (line.avoided / 1000) : null;
  const lives = x.baseline.lifetimeYears !== null;
  return {
    baselineCost,
    alternativeCost,
    extraCost,
    costPerTonne,
    classification,
    baselineAnnualCost: lives ? baselineAnnualCost : null,
    alternativeAnnualCost: lives ? alternativeAnnualCost : null,
  };
}

export interface AbatementStep {
  readonly id: string;
  readonly tonnesAvoided: number;
  readonly costPerTonne: number;
  /** Where the step starts on the x axis: the tonnes of the cheaper steps before it. */
  readonly from: number;
}

/**
 * The marginal-abatement-cost curve: lines that avoid something, cheapest tonne first; each step as wide
 * as its tonnes avoided and as high as its cost per tonne.
 */
export function abatementCurve(items: readonly { id: string; avoidedKg: number; costPerTonne: number | null }[]): AbatementStep[] {
  const steps = items
    .filter((i): i is { id: string; avoidedKg: number; costPerTonne: number } => i.avoidedKg > 0 && i.costPerTonne !== null)
    .sort((a, b) => a.costPerTonne - b.costPerTonne);
  let from = 0;
  return steps.map((s) => {
    const step = { id: s.id, tonnesAvoided: s.avoidedKg / 1000, costPerTonne: s.costPerTonne, from };
    from += step.tonnesAvoided;
    return step;
  });
}

/** Why a line that states costs is not on the curve: its classification, or an error finding keeps it out of the totals. */
export type OffCurveReason = Exclude<CostClassification, 'abates'> | 'not-counted';

export interface ScenarioCosts {
  /** Lines that state costs for at least one side, with their figures. */
  /** Each line's name in both languages (see lineName), never its id. */
  readonly lines: { readonly id: string; readonly name: LocalizedText; readonly costs: LineCosts; readonly avoidedKg: number }[];
  /** Over what the emission total covers: counted lines, yearly flows over the period (see `costTimes`). */
  readonly baselineCost: number;
  readonly alternativeCost: number;
  readonly extraCost: number;
  /**
   * €/tCO2e used for the value of the avoided emissions, and where it comes from. For a trajectory,
   * `value` is null when `year` is outside its published years (`status` says which, `publishedYears` the range).
   */
  readonly carbonPrice: {
    readonly value: number | null;
    readonly from: 'trajectory' | 'own';
    readonly trajectoryId?: string;
    readonly year?: number;
    readonly status?: CarbonValueAt['status'];
    readonly publishedYears?: { readonly first: number; readonly last: number };
  } | null;
  /** Avoided tonnes × the carbon price: what the avoided emissions are worth to society; null without a price. */
  readonly valueOfAvoided: number | null;
  readonly curve: AbatementStep[];
  /** Lines that state costs but are not on the curve, and why, in the order of `lines`. */
  readonly offCurve: { readonly id: string; readonly reason: OffCurveReason }[];
}

function carbonPriceOf(setting: NonNullable<Scenario['economics']>['carbonValue']): ScenarioCosts['carbonPrice'] {
  if (!setting) return null;
  if ('price' in setting) return { value: setting.price, from: 'own' };
  const trajectory = CARBON_VALUE_TRAJECTORIES.find((t) => t.id === setting.trajectory);
  if (!trajectory) return null;
  const at = carbonValue(trajectory, setting.year);
  const points = trajectory.points;
  return {
    value: at.value,
    from: 'trajectory',
    trajectoryId: trajectory.id,
    year: setting.year,
    status: at.status,
    publishedYears: { first: points[0]!.year, last: points[points.length - 1]!.year },
  };
}

/** Whole-life costs of the lines that give them, the value of the avoided emissions, and the curve. */
/**
 * How many times the scenario's cost totals count a line's costs: as the emission totals count it (0, 1,
 * or the period's years for a yearly flow), the years after the first discounted at r:
 * Σ_{t=0}^{P−1} (1 + r)^−t = (1 − (1 + r)^−P) / (1 − (1 + r)^−1), which is P when r = 0.
 */
export function costTimes(totalsMultiplier: number, overPeriod: boolean, discountRate: number): number {
  if (!overPeriod || totalsMultiplier === 0 || discountRate === 0) return totalsMultiplier;
  const v = 1 / (1 + discountRate);
  return (1 - v ** totalsMultiplier) / (1 - v);
}

/**
 * `withCosts`: the scenario's lines that state costs, when the estimate found them (block by block, so an
 * editor's memo does not look through 100,000 lines again); else found here.
 */
export function scenarioCosts(scenario: Scenario, estimate: Estimate, withCosts?: readonly Line[]): ScenarioCosts {
  const discount = scenario.economics?.discountRate ?? 0;
  // Only the lines that state costs are looked up: most scenarios have none, and this runs on every keystroke.
  const costsById = new Map<string, NonNullable<Line['costs']>>();
  for (const line of withCosts ?? scenario.lines) if (line.costs) costsById.set(line.id, line.costs);
  const counted = new Set<string>();
  // The scenario's costs cover what its emission total covers: counted lines only, and a yearly flow over
  // the stated period once a year, each year's purchases discounted to the first (an annuity due).
  const times = new Map<string, number>();
  const lines = !costsById.size
    ? []
    : estimate.lines.flatMap((l) => {
        const costs = costsById.get(l.id);
        if (!costs?.baseline && !costs?.alternative) return [];
        if (l.counted) counted.add(l.id);
        times.set(l.id, costTimes(l.totalsMultiplier, l.flow === 'yearly' && estimate.periodYears !== null, discount));
        return [{ id: l.id, name: lineNames(l), costs: lineCosts(l, costs.baseline ?? {}, costs.alternative ?? {}, discount), avoidedKg: l.avoided }];
      });
  const baselineCost = lines.reduce((s, l) => s + (times.get(l.id) ?? 0) * l.costs.baselineCost, 0);
  const alternativeCost = lines.reduce((s, l) => s + (times.get(l.id) ?? 0) * l.costs.alternativeCost, 0);
  const carbonPrice = carbonPriceOf(scenario.economics?.carbonValue);
  // A line kept out of the totals by an error finding stays off the curve too: the curve's tonnes add up.
  const offCurve = lines.flatMap((l): ScenarioCosts['offCurve'] =>
    !counted.has(l.id) ? [{ id: l.id, reason: 'not-counted' }] : l.costs.classification !== 'abates' ? [{ id: l.id, reason: l.costs.classification }] : [],
  );
  return {
    lines,
    baselineCost,
    alternativeCost,
    extraCost: alternativeCost - baselineCost,
    carbonPrice,
    valueOfAvoided: carbonPrice && carbonPrice.value !== null ? (estimate.totals.avoided / 1000) * carbonPrice.value : null,
    curve: abatementCurve(lines.filter((l) => counted.has(l.id)).map((l) => ({ id: l.id, avoidedKg: l.avoidedKg, costPerTonne: l.costs.costPerTonne }))),
    offCurve,
  };
}
