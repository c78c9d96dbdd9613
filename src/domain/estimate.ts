// The estimate, for a line with quantity q, baseline factor Fb, alternative factor Fa, switched share s,
// lifetimes Lb, La and the alternative's quantity per unit of baseline r (the alternative delivers the
// same service as the baseline):
//   baseline    = q·Fb
//   alternative = q·(1−s)·Fb + q·r·s·(Lb/La)·Fa
//   avoided     = baseline − alternative   (negative: the switch increases emissions)
// q is first converted into each factor's own unit. All results are in kgCO2e.
import type { CategoryId } from './categories';
import { CATEGORY_IDS } from './categories';
import type { FactorIndex, ResolvedFactor, TableRef } from './factor-index';
import { fail, ok, type Problem, type Result } from './result';
import type { DataKind, Line, ReferenceKind, Scenario } from './schemas';
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

export interface LineEstimate extends Amounts {
  readonly id: string;
  readonly label: string;
  readonly category: CategoryId;
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
    readonly reference: { readonly kind: ReferenceKind; readonly note?: string } | null;
  };
  readonly warnings: readonly WarningCode[];
}

export interface CategoryEstimate extends Amounts {
  readonly category: CategoryId;
  readonly lineCount: number;
}

export interface Estimate {
  readonly unit: 'kgCO2e';
  readonly table: TableRef;
  readonly totals: Amounts;
  readonly categories: CategoryEstimate[];
  readonly lines: LineEstimate[];
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

const zero = (): Amounts => ({ baseline: 0, alternative: 0, avoided: 0 });

/** Every line, category and total, each line with the numbers, factors and conversions that made it. */
export function estimateScenario(scenario: Scenario, factors: FactorIndex): Result<Estimate> {
  const { estimate, problems } = estimateValidLines(scenario, factors);
  return problems.length ? fail(problems) : ok(estimate);
}

/**
 * The estimate of the lines that can be estimated, and the problems of the others: what an editor shows
 * while a line is still being put right. Exports and the command line use `estimateScenario`.
 */
export function estimateValidLines(scenario: Scenario, factors: FactorIndex): { estimate: Estimate; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines: LineEstimate[] = [];
  const byCategory = new Map<CategoryId, { -readonly [K in keyof CategoryEstimate]: CategoryEstimate[K] }>();
  const totals = zero();

  scenario.lines.forEach((line, i) => {
    const pair = lineFactors(line, i, factors, problems);
    if (!pair) return;
    const [fb, fa] = pair;
    const baseline = side(line, 'baseline', fb);
    const alternative = side(line, 'alternative', fa);
    const share = line.share ?? 1;
    const ratio = lifetimeRatio(line);
    const amounts = zero();
    addLineAmounts(baseline.quantity, alternative.quantity, share, ratio, fb.value, fa.value, amounts);

    const category = line.category ?? fb.category;
    const warnings: WarningCode[] = [];
    if (fb.dataKind === 'spend-based' && fa.dataKind === 'spend-based') warnings.push('spend-based-comparison');
    if (amounts.avoided < 0) warnings.push('increase');
    else if (amounts.avoided === 0 && share > 0 && line.quantity > 0) warnings.push('no-saving');
    lines.push({
      id: line.id,
      label: line.label ?? '',
      category,
      ...amounts,
      dataKind: DATA_KIND_RANK[fb.dataKind] >= DATA_KIND_RANK[fa.dataKind] ? fb.dataKind : fa.dataKind,
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
      warnings,
    });

    let sums = byCategory.get(category);
    if (!sums) byCategory.set(category, (sums = { category, lineCount: 0, ...zero() }));
    sums.lineCount += 1;
    sums.baseline += amounts.baseline;
    sums.alternative += amounts.alternative;
    sums.avoided += amounts.avoided;
    totals.baseline += amounts.baseline;
    totals.alternative += amounts.alternative;
    totals.avoided += amounts.avoided;
  });

  const categories = CATEGORY_IDS.flatMap((id) => byCategory.get(id) ?? []);
  return { estimate: { unit: 'kgCO2e', table: factors.table, totals, categories, lines }, problems };
}
