// The one path from a scenario to its figures: the pinned table among those at hand, the scenario's own
// factors beside it, the estimate, the whole-life costs and, when asked, the 95 % intervals. Every screen,
// the command line, the version comparison and the benchmark call this, so they cannot drift apart.
import { estimateValidLines, type Estimate } from './estimate';
import { indexFactors, type FactorIndex } from './factor-index';
import { scenarioCosts, type ScenarioCosts } from './life-cycle-cost';
import { fail, ok, type Problem, type Result } from './result';
import type { FactorTable, Scenario } from './schemas';
import { selectPinnedTable } from './tables';
import { simulateEstimate, type IntervalOptions, type EstimateIntervals } from './intervals';

export interface EvaluateOptions {
  /**
   * Evaluate the lines that can be, and list the others' problems (what an editor shows while a line is
   * being put right). By default any line problem fails the whole evaluation, as files and exports need.
   */
  readonly partial?: boolean;
  /** Draw the 95 % intervals now (Monte Carlo; ~0.2 s for 1,000 lines). The app draws them in a worker instead. */
  readonly intervals?: IntervalOptions | boolean;
}

export interface Evaluation {
  readonly table: FactorTable;
  readonly factors: FactorIndex;
  readonly estimate: Estimate;
  /** Lines left out of the estimate and why; always empty unless `partial` was asked. */
  readonly problems: readonly Problem[];
  readonly costs: ScenarioCosts;
  /** Present when `intervals` was asked. */
  readonly intervals?: EstimateIntervals;
}

export function evaluateScenario(scenario: Scenario, tables: readonly FactorTable[], options: EvaluateOptions = {}): Result<Evaluation> {
  const table = selectPinnedTable(scenario, tables);
  if (!table.ok) return table;
  const factors = indexFactors(table.value, scenario.customFactors);
  if (!factors.ok) return factors;
  const { estimate, problems } = estimateValidLines(scenario, factors.value);
  if (problems.length && !options.partial) return fail(problems);
  const evaluation: Evaluation = { table: table.value, factors: factors.value, estimate, problems, costs: scenarioCosts(scenario, estimate) };
  if (!options.intervals) return ok(evaluation);
  return ok({ ...evaluation, intervals: simulateEstimate(estimate, options.intervals === true ? {} : options.intervals) });
}
