// The totals kept with each stored scenario for the list, derived from the scenario and the tables at hand:
// computed on every write and on restore, never taken from a file.
import { evaluateScenario, type EvaluationMemo, type FactorTable, type Scenario } from '../../domain';
import type { ScenarioSummary } from './db';

export function summariseScenario(scenario: Scenario, tables: readonly FactorTable[], memo?: EvaluationMemo): ScenarioSummary {
  const evaluation = evaluateScenario(scenario, tables, { partial: true, memo });
  if (!evaluation.ok) return { baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: scenario.lines.length };
  const { totals } = evaluation.value.estimate;
  return { baselineKgCO2e: totals.baseline, avoidedKgCO2e: totals.avoided, lineCount: scenario.lines.length };
}
