// Whole-life cost beside emissions: what each option costs over its life, and what a tonne avoided
// costs (negative when the alternative is also cheaper).
//
// For one unit of a side with purchase price P, yearly cost Y (running + maintenance), end-of-life
// cost E, lifetime L years (1 when no lifetime is given) and discount rate d:
//   C = P + Σ_{t=1..L} Y / (1+d)^t + E / (1+d)^L
// and the line's costs follow the emissions formula, so that both cover the same service:
//   baseline cost    = qb·Cb
//   alternative cost = qb·(1−s)·Cb + qa·s·(Lb/La)·Ca      (qa includes r)
import type { LineEstimate } from './estimate';

export interface SideCosts {
  /** € per unit of the side's quantity, excluding VAT. */
  readonly purchase?: number;
  /** € per unit and per year (energy, maintenance…). */
  readonly yearly?: number;
  /** € per unit at the end of its life (disposal, or negative for resale). */
  readonly endOfLife?: number;
}

export function unitLifeCycleCost(costs: SideCosts, lifetimeYears: number, discountRate: number): number {
  const years = Math.max(1, Math.round(lifetimeYears));
  let running = 0;
  for (let t = 1; t <= years; t++) running += (costs.yearly ?? 0) / (1 + discountRate) ** t;
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
