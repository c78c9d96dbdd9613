// The totals kept with each stored scenario for the list, derived from the scenario and the tables at hand:
// computed on every write and on restore, never taken from a file.
import { evaluateScenario, type FactorTable, type Scenario } from '../../domain';
import type { ScenarioSummary } from './db';

export function summariseScenario(scenario: Scenario, tables: readonly FactorTable[]): ScenarioSummary {
  const evaluation = evaluateScenario(scenario, tables, { partial: true });
  if (!evaluation.ok) return { baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: scenario.lines.length };
  const { totals } = evaluation.value.estimate;
  return { baselineKgCO2e: totals.baseline, avoidedKgCO2e: totals.avoided, lineCount: scenario.lines.length };
}
