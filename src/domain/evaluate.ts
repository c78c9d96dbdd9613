// The one path from a scenario to its figures: the pinned table among those at hand, the scenario's own
// factors beside it, the estimate and the whole-life costs. Every screen, the command line, the version
// comparison and the benchmark call this, so they cannot drift apart. The 95 % intervals are drawn from
// its estimate by `evaluateWithIntervals` (intervals.ts) or, in the app, by a worker: the Monte Carlo code
// stays out of the first load.
import type { Estimate } from './estimate';
import { EstimateMemo, estimateValidLines } from './estimate-scenario';
import { indexFactors, type FactorIndex } from './factor-index';
import { scenarioCosts, type ScenarioCosts } from './life-cycle-cost';
import { fail, ok, type Problem, type Result } from './result';
import type { CustomFactor, FactorTable, Scenario } from './schemas';
import { selectPinnedTable } from './tables';

export interface EvaluateOptions {
  /**
   * Evaluate the lines that can be, and list the others' problems (what an editor shows while a line is
   * being put right). By default any line problem fails the whole evaluation, as files and exports need.
   */
  readonly partial?: boolean;
  /** Kept between calls by a caller that evaluates the same scenario again and again, edit after edit. */
  readonly memo?: EvaluationMemo;
}

/**
 * What evaluating a scenario again after an edit can reuse: the factor index while the table and the
 * scenario's own factors are the same objects, and each unchanged line's estimate (EstimateMemo).
 */
export class EvaluationMemo {
  readonly estimate = new EstimateMemo();
  #index: { table: FactorTable; customFactors: readonly CustomFactor[]; text: string; factors: Result<FactorIndex> } | null = null;

  factors(table: FactorTable, customFactors: readonly CustomFactor[]): Result<FactorIndex> {
    const known = this.#index;
    if (known?.table === table && known.customFactors === customFactors) return known.factors;
    // A stored scenario read back, or checked again as it is saved, brings a copy of the same factors: the same
    // index still serves (a scenario's own factors are a few, their text cheap to compare).
    const text = JSON.stringify(customFactors);
    if (known?.table === table && known.text === text) return known.factors;
    this.#index = { table, customFactors, text, factors: indexFactors(table, customFactors) };
    return this.#index.factors;
  }
}

export interface Evaluation {
  readonly table: FactorTable;
  readonly factors: FactorIndex;
  readonly estimate: Estimate;
  /** Lines left out of the estimate and why; always empty unless `partial` was asked. */
  readonly problems: readonly Problem[];
  readonly costs: ScenarioCosts;
}

export function evaluateScenario(scenario: Scenario, tables: readonly FactorTable[], options: EvaluateOptions = {}): Result<Evaluation> {
  const table = selectPinnedTable(scenario, tables);
  if (!table.ok) return table;
  const factors = options.memo ? options.memo.factors(table.value, scenario.customFactors) : indexFactors(table.value, scenario.customFactors);
  if (!factors.ok) return factors;
  const { estimate, problems, withCosts } = estimateValidLines(scenario, factors.value, options.memo?.estimate);
  if (problems.length && !options.partial) return fail(problems);
  return ok({
    table: table.value,
    factors: factors.value,
    estimate,
    problems,
    costs: scenarioCosts(scenario, estimate, withCosts),
  });
}
