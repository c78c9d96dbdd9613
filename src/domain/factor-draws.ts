// Each factor's published uncertainty as a distribution, drawn for the Monte Carlo intervals.
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
// listed in the result so the interval is not read as covering it — unless the buyer states an
// uncertainty for it (scenario.assumedUncertainties, rule 9): that one is drawn in the same way, and the
// result records it as the buyer's assumption. A stated uncertainty never replaces a published one.
//
// Correlation: a factor is drawn once per draw, however many lines or sides use it (keyed by its origin
// and id), so the same factor on both sides of a line cancels in every draw and two lines on one factor
// move together. Distinct factors are drawn independently; factors from one study may in truth be
// correlated (NOTES §5), which independence does not capture.
//
// Every factor has its own stream (random.ts), seeded from the seed and the factor's key: a factor's
// draws depend only on the seed and the factor, so adding a line leaves the intervals of unrelated lines
// unchanged.
import type { ResolvedFactor } from './factor-index';
import { RandomStream } from './random';

/** Φ⁻¹(0.975): the 97.5 % quantile of the standard normal, the "1.96" of a 95 % interval. */
export const Z_97_5 = 1.959963984540054;

/** The distribution every factor with a published uncertainty is drawn from, as the result states it. */
export const FACTOR_DISTRIBUTION = {
  kind: 'lognormal',
  median: 'the published value F',
  sigmaLn: 'ln(1 + u) / 1.96',
  interval: 'the published uncertainty u read as the half-width of a ~95 % interval: 2.5 % quantile F/(1 + u), 97.5 % quantile F·(1 + u)',
  withoutUncertainty:
    'held at its published value (no uncertainty is invented) and listed, unless the buyer states one (drawn alike, recorded as an assumption)',
  correlation: 'one draw per factor per draw, shared by every line and side using it; distinct factors independent',
  why: 'Emission factors cannot be negative; Base Carbone gives one percentage and no distribution; lognormal draws are suggested when u > 50 % (NOTES §5). Our assumption, stated.',
} as const;
export type FactorDistribution = typeof FACTOR_DISTRIBUTION;

/** σ of ln F for a published relative uncertainty u. */
export function lognormalSigma(u: number): number {
  return Math.log1p(u) / Z_97_5;
}

/** A factor's identity across tables and the scenario's own factors: one draw per key per draw. */
export function factorKey(factor: ResolvedFactor): string {
  const o = factor.origin;
  return o.kind === 'table' ? `table:${o.tableId}@${o.tableVersion}:${factor.id}` : `scenario:${factor.id}`;
}

export interface FactorSlot {
  readonly value: number;
  /** Offset of its draws in `FactorDraws.values`, or −1 when it has no uncertainty. */
  readonly offset: number;
  /** The relative uncertainty drawn (published, or stated by the buyer); 0 when held at its value. */
  readonly uncertainty: number;
}

/** The uncertainty a factor is drawn with: its published one, else the one the buyer states, else none (0). */
export function uncertaintyOf(factor: ResolvedFactor, stated: ReadonlyMap<string, number>): number {
  const u = factor.uncertainty !== undefined && factor.uncertainty > 0 ? factor.uncertainty : stated.get(factor.id);
  return u !== undefined && u > 0 ? u : 0;
}

export interface FactorDraws {
  /** One per factor, in the order given. */
  readonly slots: readonly FactorSlot[];
  /** `draws` values for each uncertain factor, one after the other. */
  readonly values: Float64Array;
  /** Ids of the factors held at their value (no published or stated uncertainty), in the order given. */
  readonly factorsWithoutUncertainty: string[];
}

/**
 * `draws` lognormal values for each factor with a published uncertainty, in one shared array (draws × 8
 * bytes per uncertain factor: 80 kB at 10,000 draws).
 */
export function drawFactors(factors: readonly ResolvedFactor[], seed: number, draws: number, stated: ReadonlyMap<string, number> = new Map()): FactorDraws {
  const uncertainCount = factors.filter((f) => uncertaintyOf(f, stated) > 0).length;
  const values = new Float64Array(uncertainCount * draws);
  const slots: FactorSlot[] = [];
  const factorsWithoutUncertainty: string[] = [];
  let next = 0;
  for (const factor of factors) {
    const u = uncertaintyOf(factor, stated);
    if (u === 0) {
      slots.push({ value: factor.value, offset: -1, uncertainty: 0 });
      factorsWithoutUncertainty.push(factor.id);
      continue;
    }
    const offset = next;
    next += draws;
    slots.push({ value: factor.value, offset, uncertainty: u });
    const sigma = lognormalSigma(u);
    const random = new RandomStream(seed, factorKey(factor));
    for (let d = 0; d < draws; d++) values[offset + d] = factor.value * Math.exp(sigma * random.nextNormal());
  }
  return { slots, values, factorsWithoutUncertainty };
}
