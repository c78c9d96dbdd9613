// What choosing a factor does to a scenario: the rules the factor picker follows, in the engine so that
// every way of adding or changing a line (picker, ledger, tests) applies the same ones.
import type { FactorIndex, ResolvedFactor } from './factor-index';
import type { ScenarioEdit } from './scenario-edits';
import { factorsName, type LocalizedText } from './line-name';
import type { FactorTable, Line, Scenario } from './schemas';
import { dimensionOf, type Dimension } from './units';

/** Where the picker is: one side of a line, or the two factors of a new line, baseline first. */
export type FactorChoice =
  | { readonly kind: 'side'; readonly lineId: string; readonly side: 'baseline' | 'alternative' }
  | { readonly kind: 'new-baseline' }
  | { readonly kind: 'new-alternative'; readonly baselineId: string };

/** Alternatives to offer first for a baseline: the table's pairs for it, then the scenario's own factors of its category. */
export function suggestedAlternatives(baselineId: string, table: FactorTable | undefined, scenario: Scenario, factors: FactorIndex): string[] {
  const baseline = factors.byId.get(baselineId);
  const paired = (table?.pairs ?? []).filter((p) => p.baseline === baselineId).map((p) => p.alternative);
  const own = scenario.customFactors.filter((f) => f.category === baseline?.category).map((f) => f.id);
  return [...new Set([...paired, ...own])];
}

/**
 * The kind of quantity the factor being chosen must measure, if any: an alternative shares its line's
 * quantity, so its dimension; a baseline may change the kind of quantity (and brings its unit, below).
 */
export function requiredDimension(choice: FactorChoice, scenario: Scenario, factors: FactorIndex): Dimension | undefined {
  if (choice.kind === 'new-alternative') {
    const baseline = factors.byId.get(choice.baselineId);
    return baseline && dimensionOf(baseline.perUnit);
  }
  if (choice.kind === 'side' && choice.side === 'alternative') {
    const line = scenario.lines.find((l) => l.id === choice.lineId);
    return line && dimensionOf(line.unit);
  }
  return undefined;
}

/** The factors to suggest for a choice: only alternatives have suggestions. */
export function suggestionsFor(choice: FactorChoice, table: FactorTable | undefined, scenario: Scenario, factors: FactorIndex): string[] {
  if (choice.kind === 'new-alternative') return suggestedAlternatives(choice.baselineId, table, scenario, factors);
  if (choice.kind === 'side' && choice.side === 'alternative') {
    const line = scenario.lines.find((l) => l.id === choice.lineId);
    return line ? suggestedAlternatives(line.baseline.factor, table, scenario, factors) : [];
  }
  return [];
}

/** The edit that puts `factor` on one side of a line: a new baseline of another kind of quantity brings its own unit. */
export function setLineFactor(line: Line, side: 'baseline' | 'alternative', factor: ResolvedFactor): ScenarioEdit {
  const unit = side === 'baseline' && dimensionOf(line.unit) !== dimensionOf(factor.perUnit) ? factor.perUnit : undefined;
  return { kind: 'update-line', lineId: line.id, patch: { [side]: { factor: factor.id }, ...(unit ? { unit } : {}) } };
}

/**
 * A new line between two factors, in the baseline's unit, its quantity left for the person to fill in, named
 * after its two factors in the person's language (a label they can change; never empty, so no id shows as a name).
 */
export function newLineBetween(id: string, baseline: ResolvedFactor, alternative: ResolvedFactor, language: keyof LocalizedText): Line {
  return {
    id,
    label: factorsName(baseline.label[language], alternative.label[language]),
    quantity: 0,
    unit: baseline.perUnit,
    baseline: { factor: baseline.id },
    alternative: { factor: alternative.id },
  };
}
