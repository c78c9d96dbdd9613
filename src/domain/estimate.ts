// The estimate, for a line with quantity q, baseline factor Fb, alternative factor Fa, switched share s,
// lifetimes Lb, La and the alternative's quantity per unit of baseline r (the alternative delivers the
// same service as the baseline):
//   baseline    = q·Fb
//   alternative = q·(1−s)·Fb + q·r·s·(Lb/La)·Fa
//   avoided     = baseline − alternative   (negative: the switch increases emissions)
// q is first converted into each factor's own unit. All results are in kgCO2e.
import type { CategoryId } from './categories';
import { pairKey, type FactorIndex, type ResolvedFactor, type TableRef } from './factor-index';
import { hasError, sortFindings, type Finding } from './findings/finding';
import { checkLine } from './findings/line-checks';
import type { LocalizedText } from './line-name';
import type { Problem } from './result';
import type { DataKind, Flow, Line, ReferenceKind } from './schemas';
import { conversionMultiplier, dimensionOf, type UnitId } from './units';

export interface Amounts {
  baseline: number;
  alternative: number;
  avoided: number;
}

export interface Conversion {
  readonly from: UnitId;
  readonly to: UnitId;
  readonly multiplier: number;
}

export interface SideExplanation {
  readonly factor: ResolvedFactor;
  /** The line's quantity in the factor's unit. */
  readonly quantity: number;
  readonly conversion: Conversion | null;
  readonly lifetimeYears: number | null;
}

/**
 * - `increase`: the alternative emits more than the baseline by these factors;
 * - `no-saving`: a switch is made (s > 0) and avoids nothing, e.g. the same location-based electricity
 *   factor on both sides of a green-electricity contract;
 * - `spend-based-comparison`: two monetary ratios, which cannot tell the products apart.
 */
export type WarningCode = 'spend-based-comparison' | 'increase' | 'no-saving';

/** Why a baseline is the credible one; `notes` when a template gave the note in both languages (see textFor). */
export interface BaselineReference {
  readonly kind: ReferenceKind;
  readonly note?: string;
  readonly notes?: LocalizedText;
}

/** The line's figures had the buyer chosen another baseline it states (e.g. the beef meal beside the average meal). */
export interface BaselineVariant extends Amounts {
  readonly factor: ResolvedFactor;
  readonly label: string;
  readonly labels?: LocalizedText;
  readonly reference: BaselineReference | null;
}

export interface LineEstimate extends Amounts {
  readonly id: string;
  readonly label: string;
  readonly labels?: LocalizedText;
  readonly category: CategoryId;
  /** One-off purchase, or a yearly flow (its amounts are then per year); null when the line does not say. */
  readonly flow: Flow | null;
  /** What the method rules say of the line, errors first. */
  readonly findings: readonly Finding[];
  /** False when a finding is an error: the line is shown and explained, but not in the totals. */
  readonly counted: boolean;
  /** How many times the totals count the line's amounts: 0 when not counted, the period for a yearly flow over it, else 1. */
  readonly totalsMultiplier: number;
  readonly variants: readonly BaselineVariant[];
  /** The least specific kind of data the line rests on. */
  readonly dataKind: DataKind;
  readonly explanation: {
    readonly quantity: number;
    readonly unit: UnitId;
    readonly share: number;
    readonly lifetimeRatio: number;
    /** r: alternative quantity per unit of baseline (1 when not given). */
    readonly quantityRatio: number;
    readonly baseline: SideExplanation;
    readonly alternative: SideExplanation;
    readonly reference: BaselineReference | null;
  };
  readonly warnings: readonly WarningCode[];
}

export interface CategoryEstimate extends Amounts {
  readonly category: CategoryId;
  readonly lineCount: number;
}

/**
 * What the totals are:
 * - `one-off`: one-off purchases only (a yearly flow without a period is shown apart in `flows.yearly`);
 * - `per-year`: every line is a yearly flow, so the totals are per year;
 * - `period`: one-off purchases plus yearly flows times `periodYears`;
 * - `as-stated`: lines that do not say their flow, added as stated (files written before flows existed).
 */
export type TotalsBasis = 'one-off' | 'per-year' | 'period' | 'as-stated';

export interface Estimate {
  readonly unit: 'kgCO2e';
  readonly table: TableRef;
  /** The counted lines, each `totalsMultiplier` times (see `basis`). */
  readonly totals: Amounts;
  readonly basis: TotalsBasis;
  readonly periodYears: number | null;
  /** Lines without an error finding, by flow, as stated (a yearly flow's amounts per year). */
  readonly flows: { readonly oneOff: Amounts; readonly yearly: Amounts; readonly unstated: Amounts };
  /** Lines with an error finding, left out of the totals. */
  readonly excluded: Amounts;
  /** Per category, as the totals count them. */
  readonly categories: CategoryEstimate[];
  readonly lines: readonly LineEstimate[];
  /** What the method rules say of the scenario as a whole. */
  readonly findings: readonly Finding[];
}

const DATA_KIND_RANK: Record<DataKind, number> = { 'supplier-specific': 0, average: 1, 'spend-based': 2 };

/** Lb/La; a lifetime given on one side only stands for both (the default is equal lifetimes). */
export function lifetimeRatio(line: Line): number {
  const lb = line.baseline.lifetimeYears;
  const la = line.alternative.lifetimeYears;
  return lb !== undefined && la !== undefined ? lb / la : 1;
}

/** Both factors of a line, or the line's problems: unknown factors, then one unit mismatch naming each side. */
function lineFactors(line: Line, lineIndex: number, factors: FactorIndex, problems: Problem[]): [ResolvedFactor, ResolvedFactor] | undefined {
  // Nearly every line: both factors found and in the line's unit's dimension, said without building lists.
  const fb = factors.byId.get(line.baseline.factor);
  const fa = factors.byId.get(line.alternative.factor);
  if (fb && fa && conversionMultiplier(line.unit, fb.perUnit) !== null && conversionMultiplier(line.unit, fa.perUnit) !== null) return [fb, fa];
  const found: ResolvedFactor[] = [];
  const mismatched: string[] = [];
  for (const side of ['baseline', 'alternative'] as const) {
    const id = line[side].factor;
    const factor = factors.byId.get(id);
    if (!factor)
      problems.push({
        code: 'unknown-factor',
        path: ['lines', lineIndex, side, 'factor'],
        message: `Line "${line.id}": no factor "${id}" in the pinned table or the scenario's own factors`,
        params: { line: line.id, factor: id },
      });
    else if (conversionMultiplier(line.unit, factor.perUnit) === null)
      mismatched.push(`${side} factor "${id}" in ${factor.unit} (${dimensionOf(factor.perUnit)})`);
    else found.push(factor);
  }
  if (mismatched.length)
    problems.push({
      code: 'unit-mismatch',
      path: ['lines', lineIndex, 'unit'],
      message: `Line "${line.id}": a quantity in ${line.unit} (${dimensionOf(line.unit)}) cannot meet ${mismatched.join(' nor ')}`,
      params: { line: line.id, unit: line.unit },
    });
  return found.length === 2 ? (found as [ResolvedFactor, ResolvedFactor]) : undefined;
}

/** The arithmetic itself: the formula at the top of this file, added into `into`. */
function addLineAmounts(qb: number, qa: number, share: number, ratio: number, fb: number, fa: number, into: Amounts): void {
  const baseline = qb * fb;
  // A switch to the same emissions (the same factor on both sides, as in a green-electricity contract) is
  // decided on the exact difference a·Fb − b·Fa: the sum below would leave a rounding residue of either sign.
  const same = qb * fb === qa * ratio * fa;
  const alternative = same ? baseline : qb * (1 - share) * fb + qa * share * ratio * fa;
  into.baseline += baseline;
  into.alternative += alternative;
  into.avoided += baseline - alternative;
}

function side(line: Line, which: 'baseline' | 'alternative', factor: ResolvedFactor): SideExplanation {
  const multiplier = conversionMultiplier(line.unit, factor.perUnit) as number;
  const ratio = which === 'alternative' ? (line.alternative.quantityRatio ?? 1) : 1;
  return {
    factor,
    quantity: line.quantity * multiplier * ratio,
    conversion: line.unit === factor.perUnit ? null : { from: line.unit, to: factor.perUnit, multiplier },
    lifetimeYears: line[which].lifetimeYears ?? line[which === 'baseline' ? 'alternative' : 'baseline'].lifetimeYears ?? null,
  };
}

export const zero = (): Amounts => ({ baseline: 0, alternative: 0, avoided: 0 });

/**
 * The method rules read of a line only its two factors, their pair and whether a baseline reason is stated:
 * lines alike share one sorted list (a 100,000-line ledger has a few dozen kinds of line, not 100,000).
 */
export type FindingMemo = Map<ResolvedFactor, Map<ResolvedFactor, [(readonly Finding[])?, (readonly Finding[])?]>>;

function lineFindings(memo: FindingMemo, line: Line, fb: ResolvedFactor, fa: ResolvedFactor, factors: FactorIndex): readonly Finding[] {
  let byAlternative = memo.get(fb);
  if (!byAlternative) memo.set(fb, (byAlternative = new Map()));
  let kinds = byAlternative.get(fa);
  if (!kinds) byAlternative.set(fa, (kinds = []));
  const stated = line.baseline.reference ? 1 : 0;
  return (kinds[stated] ??= sortFindings(checkLine({ line, baseline: fb, alternative: fa, pair: factors.pairs.get(pairKey(fb.id, fa.id)) })));
}

// Shared by the lines that have none (most): never changed, as the types say.
const NO_VARIANTS: readonly BaselineVariant[] = Object.freeze([]);
const NO_WARNINGS: readonly WarningCode[] = Object.freeze([]);

/**
 * The line's estimate as the totals count it when the scenario's flows add no finding to it (see finalLine),
 * over a period of `periodYears`; undefined, with its problems, when it cannot be estimated.
 */
export function estimateLine(
  line: Line,
  lineIndex: number,
  factors: FactorIndex,
  problems: Problem[],
  memo: FindingMemo,
  periodYears: number | null,
): LineEstimate | undefined {
  const pair = lineFactors(line, lineIndex, factors, problems);
  if (!pair) return undefined;
  const [fb, fa] = pair;
  const baseline = side(line, 'baseline', fb);
  const alternative = side(line, 'alternative', fa);
  const share = line.share ?? 1;
  const ratio = lifetimeRatio(line);
  const amounts = zero();
  addLineAmounts(baseline.quantity, alternative.quantity, share, ratio, fb.value, fa.value, amounts);
  // Within the schemas' bounds this cannot happen; a lifetime of 1e-300 years still could: said, never summed.
  if (!(Number.isFinite(amounts.baseline) && Number.isFinite(amounts.alternative) && Number.isFinite(amounts.avoided))) {
    problems.push({
      code: 'out-of-range',
      path: ['lines', lineIndex],
      message: `Line "${line.id}": its numbers give a figure too large to compute (${amounts.baseline} kg baseline); check the quantity, lifetimes and ratio`,
      params: { line: line.id },
    });
    return undefined;
  }

  const variants = line.baselineVariants?.length ? baselineVariants(line, lineIndex, factors, problems, alternative, share, ratio, fa.value) : NO_VARIANTS;
  if (!variants) return undefined;
  let warnings = NO_WARNINGS;
  if ((fb.dataKind === 'spend-based' && fa.dataKind === 'spend-based') || amounts.avoided <= 0) {
    const said: WarningCode[] = [];
    if (fb.dataKind === 'spend-based' && fa.dataKind === 'spend-based') said.push('spend-based-comparison');
    if (amounts.avoided < 0) said.push('increase');
    else if (amounts.avoided === 0 && share > 0 && line.quantity > 0) said.push('no-saving');
    warnings = said;
  }
  const findings = lineFindings(memo, line, fb, fa, factors);
  const counted = !hasError(findings);
  const flow = line.flow ?? null;
  // Written out, not spread: at 100,000 lines the spreads cost more than the arithmetic.
  const estimate: LineEstimate = {
    id: line.id,
    label: line.label ?? '',
    category: line.category ?? fb.category,
    baseline: amounts.baseline,
    alternative: amounts.alternative,
    avoided: amounts.avoided,
    dataKind: DATA_KIND_RANK[fb.dataKind] >= DATA_KIND_RANK[fa.dataKind] ? fb.dataKind : fa.dataKind,
    flow,
    explanation: {
      quantity: line.quantity,
      unit: line.unit,
      share,
      lifetimeRatio: ratio,
      quantityRatio: line.alternative.quantityRatio ?? 1,
      baseline,
      alternative,
      reference: line.baseline.reference ?? null,
    },
    variants,
    warnings,
    findings,
    counted,
    totalsMultiplier: !counted ? 0 : flow === 'yearly' && periodYears !== null ? periodYears : 1,
  };
  return line.labels ? { ...estimate, labels: line.labels } : estimate;
}

/** The line's figures with each other baseline the buyer stated, the alternative unchanged. */
function baselineVariants(
  line: Line,
  lineIndex: number,
  factors: FactorIndex,
  problems: Problem[],
  alternative: SideExplanation,
  share: number,
  ratio: number,
  fa: number,
): BaselineVariant[] | undefined {
  const variants: BaselineVariant[] = [];
  let failed = false;
  (line.baselineVariants ?? []).forEach((variant, v) => {
    const factor = factors.byId.get(variant.factor);
    const path = ['lines', lineIndex, 'baselineVariants', v, 'factor'];
    if (!factor || conversionMultiplier(line.unit, factor.perUnit) === null) {
      failed = true;
      problems.push(
        factor
          ? {
              code: 'unit-mismatch',
              path,
              message: `Line "${line.id}": a quantity in ${line.unit} (${dimensionOf(line.unit)}) cannot meet baseline variant "${factor.id}" in ${factor.unit}`,
              params: { line: line.id, unit: line.unit },
            }
          : {
              code: 'unknown-factor',
              path,
              message: `Line "${line.id}": no factor "${variant.factor}" for a baseline variant`,
              params: { line: line.id, factor: variant.factor },
            },
      );
      return;
    }
    const baseline = side(line, 'baseline', factor);
    const amounts = zero();
    addLineAmounts(baseline.quantity, alternative.quantity, share, ratio, factor.value, fa, amounts);
    variants.push({
      factor,
      label: variant.label ?? '',
      ...(variant.labels ? { labels: variant.labels } : {}),
      reference: variant.reference ?? null,
      ...amounts,
    });
  });
  return failed ? undefined : variants;
}

/** Whether the scenario's flows leave a line estimated over `builtFor` years as it is (see finalLine). */
export const isFinal = (line: LineEstimate, builtFor: number | null, withoutPeriod: Finding | null, periodYears: number | null): boolean =>
  line.flow !== 'yearly' || (!withoutPeriod && builtFor === periodYears);

/**
 * What the scenario's flows make of a line estimated over `builtFor` years (estimateLine): without a stated
 * period, a scenario that mixes one-off purchases and yearly flows leaves its yearly flows out of the totals,
 * with the finding that says why; a yearly flow counts once a year of the period. The line itself when
 * neither changes anything (every line but yearly flows).
 */
export function finalLine(line: LineEstimate, builtFor: number | null, withoutPeriod: Finding | null, periodYears: number | null): LineEstimate {
  if (isFinal(line, builtFor, withoutPeriod, periodYears)) return line;
  const findings = withoutPeriod && !hasError(line.findings) ? sortFindings([...line.findings, withoutPeriod]) : line.findings;
  const counted = !hasError(findings);
  return { ...line, findings, counted, totalsMultiplier: !counted ? 0 : periodYears !== null ? periodYears : 1 };
}
