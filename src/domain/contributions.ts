// What drives the range of the headline total: each uncertain factor's and assumption's share of its
// variance, and the total's 95 % range when that input alone varies (a tornado).
//
// Method (see CONTRIBUTION_METHOD): first-order variance shares (Sobol main effects), computed exactly
// rather than estimated from the draws. The total avoided is T = Σ m·(A·Fb − B·Fa) over the counted lines
// (m the line's totalsMultiplier), with A = q·s and B = q·r·s·Lb·(1/La) in each factor's unit. Every input —
// a factor F, or an assumption q, s, r, Lb, 1/La — is drawn independently, and each term is a product in
// which an input appears at most once. Hence E[T | X] = K_X·g(X) + constant, with g(X) = X (1/La for the
// alternative's lifetime) and K_X the derivative of T in g(X) with every other input at its mean, and
//   share(X) = K_X²·Var(g(X)) / Var(T).
// Var(T) itself is exact too: Var(T) = Σ_f K_f²·Var(F_f) + Σ_lines R_l, where R_l is what a line with
// uncertain assumptions adds beyond its factors' mean coefficients (from its moments, below). For lines
// without assumptions the model is linear and R_l = 0, so the shares add up to 100 %; with assumptions,
// products such as q × F leave a part that no single input explains, reported as `interactions`.
// Moments: lognormal E[F] = F·exp(σ²/2), E[F²] = F²·exp(2σ²); triangular ones in assumption-draws.ts.
//
// The tornado's low and high are the total's 2.5 % and 97.5 % quantiles when only that input varies,
// every other at its stated value: exact, because the total is monotone in each single input (linear in
// a factor, in q, s, r and Lb; decreasing in La), so the quantile of T is T at the input's quantile.
//
// Limits: inputs are taken as independent (factors of one study may in truth move together); a variance
// share says little of a very skewed law (a factor with u = 400 %), which the tornado's low and high
// show; interactions are reported as one remainder, not split between inputs.
import { coefficients, constantMoments, triangularMoments, triangularQuantile, type AssumptionKey, type LineInputs, type Moments } from './assumption-draws';
import type { LineEstimate } from './estimate';
import type { ResolvedFactor } from './factor-index';
import { lineName } from './line-name';
import { lognormalSigma, type FactorSlot } from './factor-draws';

export const CONTRIBUTION_METHOD = {
  share:
    'first-order variance share of the total avoided (Sobol main effect), Var(E[T | X]) / Var(T), computed exactly from the inputs’ moments: T is a sum of products of independent inputs, each appearing once per product',
  interactions: 'the share of Var(T) no single input explains (products such as quantity × factor); 0 when no line states an assumption range',
  lowHigh: 'the total’s 2.5 % and 97.5 % quantiles when only this input varies, every other at its stated value (exact: the total is monotone in each input)',
  scope: 'counted lines only, each as many times as the totals count it',
  limits: 'inputs taken as independent; a variance share understates what a very skewed factor can do, which low and high show',
} as const;
export type ContributionMethod = typeof CONTRIBUTION_METHOD;

export interface RangeDriver {
  readonly kind: 'factor' | 'assumption';
  /** The factor's id, or the assumption's name (quantity, share, baselineLifetimeYears, alternativeLifetimeYears, quantityRatio). */
  readonly id: string;
  /** The line an assumption belongs to. */
  readonly line?: string;
  readonly label: { readonly fr: string; readonly en: string };
  /** A factor whose uncertainty the buyer stated (it publishes none). */
  readonly stated?: boolean;
  /** Share of the variance of the total avoided, 0 to 1. */
  readonly share: number;
  /** The total avoided (kgCO2e) at this input's 2.5 % and 97.5 % quantiles, the others as stated; low ≤ high. */
  readonly low: number;
  readonly high: number;
}

export interface RangeContributions {
  readonly method: ContributionMethod;
  /** Variance of the total avoided under the model, in kgCO2e². */
  readonly variance: number;
  /** Share of the variance due to interactions between inputs, 0 to 1. */
  readonly interactions: number;
  /** Largest share first. */
  readonly drivers: RangeDriver[];
}

export interface CountedLine {
  readonly line: LineEstimate;
  /** The line's totalsMultiplier (> 0). */
  readonly times: number;
  /** Slots of its baseline and alternative factors (equal when it is one factor). */
  readonly baselineSlot: number;
  readonly alternativeSlot: number;
  readonly inputs: LineInputs;
}

const ASSUMPTION_NAMES: Record<AssumptionKey, { fr: string; en: string }> = {
  quantity: { fr: 'quantité', en: 'quantity' },
  share: { fr: 'part remplacée', en: 'share switched' },
  baselineLifetimeYears: { fr: 'durée de vie de la référence', en: 'baseline lifetime' },
  alternativeLifetimeYears: { fr: 'durée de vie de l’alternative', en: 'alternative lifetime' },
  quantityRatio: { fr: 'ratio r', en: 'ratio r' },
};

function lognormalMoments(slot: FactorSlot): Moments {
  if (slot.uncertainty === 0) return constantMoments(slot.value);
  const s2 = lognormalSigma(slot.uncertainty) ** 2;
  return { mean: slot.value * Math.exp(s2 / 2), square: slot.value * slot.value * Math.exp(2 * s2) };
}

/** Var(F) without the cancellation of E[F²] − E[F]²: F²·exp(σ²)·(exp(σ²) − 1). */
function lognormalVariance(slot: FactorSlot): number {
  if (slot.uncertainty === 0) return 0;
  const s2 = lognormalSigma(slot.uncertainty) ** 2;
  return slot.value * slot.value * Math.exp(s2) * Math.expm1(s2);
}

const variance = (m: Moments) => Math.max(0, m.square - m.mean * m.mean);

/** The line's inputs in one place: q, s, r, Lb and 1/La, each with its moments. */
interface InputMoments {
  q: Moments;
  s: Moments;
  r: Moments;
  lb: Moments;
  ila: Moments;
}

function inputMoments(inputs: LineInputs): InputMoments {
  const of = (key: AssumptionKey, value: number) => {
    const t = inputs.ranges[key];
    return t ? triangularMoments(t) : constantMoments(value);
  };
  const la = inputs.ranges.alternativeLifetimeYears;
  return {
    q: of('quantity', inputs.quantity),
    s: of('share', inputs.share),
    r: of('quantityRatio', inputs.quantityRatio),
    lb: of('baselineLifetimeYears', inputs.baselineLifetimeYears),
    ila: la ? triangularMoments(la, true) : constantMoments(1 / inputs.alternativeLifetimeYears),
  };
}

export function rangeContributions(
  slots: readonly FactorSlot[],
  factors: readonly ResolvedFactor[],
  statedIds: ReadonlySet<string>,
  lines: readonly CountedLine[],
  total: number,
): RangeContributions {
  const factorMoments = slots.map(lognormalMoments);
  /** Σ over lines of each factor's mean coefficient (K_f), and at the stated values (for the tornado). */
  const meanCoef = new Float64Array(slots.length);
  const pointCoef = new Float64Array(slots.length);
  const assumptionDrivers: { line: LineEstimate; key: AssumptionKey; part: number; low: number; high: number }[] = [];
  let remainder = 0;

  for (const { line, times: m, baselineSlot: sb, alternativeSlot: sa, inputs } of lines) {
    const [a0, b0] = coefficients(inputs, inputs.quantity, inputs.share, inputs.quantityRatio, inputs.baselineLifetimeYears, inputs.alternativeLifetimeYears);
    pointCoef[sb]! += m * a0;
    pointCoef[sa]! -= m * b0;
    const keys = Object.keys(inputs.ranges) as AssumptionKey[];
    if (keys.length === 0) {
      meanCoef[sb]! += m * a0;
      meanCoef[sa]! -= m * b0;
      continue;
    }
    const { q, s, r, lb, ila } = inputMoments(inputs);
    const [cb, ca] = [m * inputs.baselineConversion, m * inputs.alternativeConversion];
    const eA = cb * q.mean * s.mean;
    const eB = ca * q.mean * s.mean * r.mean * lb.mean * ila.mean;
    const eA2 = cb * cb * q.square * s.square;
    const eB2 = ca * ca * q.square * s.square * r.square * lb.square * ila.square;
    const eAB = cb * ca * q.square * s.square * r.mean * lb.mean * ila.mean;
    meanCoef[sb]! += eA;
    meanCoef[sa]! -= eB;
    const fb = factorMoments[sb]!;
    const fa = factorMoments[sa]!;
    // Var(A·Fb − B·Fa), less what its mean coefficients carry into the factors' shares.
    let lineVariance: number;
    if (sb === sa) {
      const eC = eA - eB;
      lineVariance = (eA2 - 2 * eAB + eB2) * fb.square - (eC * fb.mean) ** 2 - eC * eC * lognormalVariance(slots[sb]!);
    } else {
      lineVariance =
        eA2 * fb.square -
        2 * eAB * fb.mean * fa.mean +
        eB2 * fa.square -
        (eA * fb.mean - eB * fa.mean) ** 2 -
        eA * eA * lognormalVariance(slots[sb]!) -
        eB * eB * lognormalVariance(slots[sa]!);
    }
    remainder += Math.max(0, lineVariance);

    // K_X: the derivative of m·(A·Fb − B·Fa) in g(X), every other input at its mean.
    const bRest = ca * r.mean * lb.mean * ila.mean * fa.mean;
    const derivative: Record<AssumptionKey, [number, Moments]> = {
      quantity: [s.mean * (cb * fb.mean - bRest), q],
      share: [q.mean * (cb * fb.mean - bRest), s],
      quantityRatio: [-ca * q.mean * s.mean * lb.mean * ila.mean * fa.mean, r],
      baselineLifetimeYears: [-ca * q.mean * s.mean * r.mean * ila.mean * fa.mean, lb],
      alternativeLifetimeYears: [-ca * q.mean * s.mean * r.mean * lb.mean * fa.mean, ila],
    };
    const y0 = a0 * slots[sb]!.value - b0 * slots[sa]!.value;
    for (const key of keys) {
      const [k, moments] = derivative[key];
      const t = inputs.ranges[key]!;
      const at = (p: number) => {
        const x = triangularQuantile(t, p);
        const v = (which: AssumptionKey, stated: number) => (which === key ? x : stated);
        const [a, b] = coefficients(
          inputs,
          v('quantity', inputs.quantity),
          v('share', inputs.share),
          v('quantityRatio', inputs.quantityRatio),
          v('baselineLifetimeYears', inputs.baselineLifetimeYears),
          v('alternativeLifetimeYears', inputs.alternativeLifetimeYears),
        );
        return total + m * (a * slots[sb]!.value - b * slots[sa]!.value - y0);
      };
      const [x1, x2] = [at(0.025), at(0.975)];
      assumptionDrivers.push({ line, key, part: k * k * variance(moments), low: Math.min(x1, x2), high: Math.max(x1, x2) });
    }
  }

  const factorDrivers = slots.flatMap((slot, i) => {
    if (slot.uncertainty === 0) return [];
    const part = meanCoef[i]! ** 2 * lognormalVariance(slot);
    const k = pointCoef[i]!;
    const [x1, x2] = [total + k * (slot.value / (1 + slot.uncertainty) - slot.value), total + k * (slot.value * slot.uncertainty)];
    const factor = factors[i]!;
    return [{ factor, part, low: Math.min(x1, x2), high: Math.max(x1, x2) }];
  });
  const factorPart = factorDrivers.reduce((sum, d) => sum + d.part, 0);
  const firstOrder = assumptionDrivers.reduce((sum, d) => sum + d.part, factorPart);
  // The lines' remainders hold their assumptions' first-order parts and every interaction.
  const varianceOfTotal = factorPart + remainder;
  const shareOf = (part: number) => (varianceOfTotal > 0 ? part / varianceOfTotal : 0);
  const drivers: RangeDriver[] = [
    ...factorDrivers.map(({ factor, part, low, high }) => ({
      kind: 'factor' as const,
      id: factor.id,
      label: { fr: factor.label.fr, en: factor.label.en },
      ...(statedIds.has(factor.id) ? { stated: true } : {}),
      share: shareOf(part),
      low,
      high,
    })),
    ...assumptionDrivers.map(({ line, key, part, low, high }) => ({
      kind: 'assumption' as const,
      id: key,
      line: line.id,
      label: { fr: `${lineName(line, 'fr')} — ${ASSUMPTION_NAMES[key].fr}`, en: `${lineName(line, 'en')} — ${ASSUMPTION_NAMES[key].en}` },
      share: shareOf(part),
      low,
      high,
    })),
  ]
    .filter((d) => d.share > 0 || d.high > d.low)
    .sort((x, y) => y.share - x.share || y.high - y.low - (x.high - x.low));
  // Σ shares + interactions = 1 by construction.
  const interactions = varianceOfTotal > 0 ? Math.max(0, varianceOfTotal - firstOrder) / varianceOfTotal : 0;
  return { method: CONTRIBUTION_METHOD, variance: varianceOfTotal, interactions, drivers };
}
