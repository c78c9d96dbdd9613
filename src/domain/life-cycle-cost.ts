// Whole-life cost beside emissions: what each option costs over its life, and what a tonne avoided
// costs (negative when the alternative is also cheaper).
//
// For one unit of a side with purchase price P, yearly costs Y (running, e.g. energy, plus maintenance),
// end-of-life cost E, lifetime L years (1 when no lifetime is given) and discount rate d:
//   C = P + Σ_{t=1..L} Y / (1+d)^t + E / (1+d)^L
// and the line's costs follow the emissions formula, so that both cover the same service:
//   baseline cost    = qb·Cb
//   alternative cost = qb·(1−s)·Cb + qa·s·(Lb/La)·Ca      (qa includes r)
import { CARBON_VALUE_TRAJECTORIES, carbonValue } from './carbon-value';
import type { Estimate, LineEstimate } from './estimate';
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

export function unitLifeCycleCost(costs: SideCosts, lifetimeYears: number, discountRate: number): number {
  const years = Math.max(1, Math.round(lifetimeYears));
  let running = 0;
  const perYear = (costs.yearly ?? 0) + (costs.maintenance ?? 0);
  for (let t = 1; t <= years; t++) running += perYear / (1 + discountRate) ** t;
  return (costs.purchase ?? 0) + running + (costs.endOfLife ?? 0) / (1 + discountRate) ** years;
}

export interface LineCosts {
  readonly baselineCost: number;
  readonly alternativeCost: number;
  /** alternative − baseline: positive when the alternative costs more. */
  readonly extraCost: number;
  /** € per tonne avoided; null when nothing is avoided. */
  readonly costPerTonne: number | null;
}

export function lineCosts(line: LineEstimate, baseline: SideCosts, alternative: SideCosts, discountRate = 0): LineCosts {
  const x = line.explanation;
  const cb = unitLifeCycleCost(baseline, x.baseline.lifetimeYears ?? 1, discountRate);
  const ca = unitLifeCycleCost(alternative, x.alternative.lifetimeYears ?? 1, discountRate);
  const qb = x.baseline.quantity;
  const qa = x.alternative.quantity;
  const baselineCost = qb * cb;
  const alternativeCost = qb * (1 - x.share) * cb + qa * x.share * x.lifetimeRatio * ca;
  const extraCost = alternativeCost - baselineCost;
  const tonnes = line.avoided / 1000;
  return { baselineCost, alternativeCost, extraCost, costPerTonne: tonnes === 0 ? null : extraCost / tonnes };
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

export interface ScenarioCosts {
  /** Lines that state costs for at least one side, with their figures. */
  readonly lines: { readonly id: string; readonly label: string; readonly costs: LineCosts; readonly avoidedKg: number }[];
  readonly baselineCost: number;
  readonly alternativeCost: number;
  readonly extraCost: number;
  /** €/tCO2e used for the value of the avoided emissions, and where it comes from. */
  readonly carbonPrice: { readonly value: number; readonly from: 'trajectory' | 'own'; readonly trajectoryId?: string; readonly year?: number } | null;
  /** Avoided tonnes × the carbon price: what the avoided emissions are worth to society. */
  readonly valueOfAvoided: number | null;
  readonly curve: AbatementStep[];
}

/** Whole-life costs of the lines that give them, the value of the avoided emissions, and the curve. */
export function scenarioCosts(scenario: Scenario, estimate: Estimate): ScenarioCosts {
  const discount = scenario.economics?.discountRate ?? 0;
  // Only the lines that state costs are looked up: most scenarios have none, and this runs on every keystroke.
  const costsById = new Map<string, NonNullable<Line['costs']>>();
  for (const line of scenario.lines) if (line.costs) costsById.set(line.id, line.costs);
  const lines = !costsById.size
    ? []
    : estimate.lines.flatMap((l) => {
        const costs = costsById.get(l.id);
        if (!costs?.baseline && !costs?.alternative) return [];
        return [{ id: l.id, label: l.label, costs: lineCosts(l, costs.baseline ?? {}, costs.alternative ?? {}, discount), avoidedKg: l.avoided }];
      });
  const baselineCost = lines.reduce((s, l) => s + l.costs.baselineCost, 0);
  const alternativeCost = lines.reduce((s, l) => s + l.costs.alternativeCost, 0);
  const setting = scenario.economics?.carbonValue;
  let carbonPrice: ScenarioCosts['carbonPrice'] = null;
  if (setting && 'price' in setting) carbonPrice = { value: setting.price, from: 'own' };
  else if (setting) {
    const trajectory = CARBON_VALUE_TRAJECTORIES.find((t) => t.id === setting.trajectory);
    if (trajectory) carbonPrice = { value: carbonValue(trajectory, setting.year), from: 'trajectory', trajectoryId: trajectory.id, year: setting.year };
  }
  return {
    lines,
    baselineCost,
    alternativeCost,
    extraCost: alternativeCost - baselineCost,
    carbonPrice,
    valueOfAvoided: carbonPrice ? (estimate.totals.avoided / 1000) * carbonPrice.value : null,
    curve: abatementCurve(lines.map((l) => ({ id: l.id, avoidedKg: l.avoidedKg, costPerTonne: l.costs.costPerTonne }))),
  };
}
