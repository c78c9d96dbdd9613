// What the Monte Carlo needs of a scenario beside its estimate: the lines' assumption ranges and the
// uncertainties the buyer states. Apart from intervals.ts so that the screens that post it to the
// worker do not bring the Monte Carlo code into the first load.
import type { LineAssumptions } from './assumption-draws';
import type { Scenario } from './schemas';

/** What the buyer states as uncertain: the lines' assumption ranges and uncertainties for factors that publish none. */
export interface ScenarioAssumptions {
  /** The lines that state assumption ranges, by id. */
  readonly lines: readonly { readonly id: string; readonly assumptions: LineAssumptions }[];
  readonly assumedUncertainties: NonNullable<Scenario['assumedUncertainties']>;
}

/** The part of a scenario the draws need beside its estimate: small enough to post to a worker. */
export function scenarioAssumptions(scenario: Pick<Scenario, 'lines' | 'assumedUncertainties'>): ScenarioAssumptions {
  return {
    lines: scenario.lines.flatMap((l) => (l.assumptions && Object.keys(l.assumptions).length ? [{ id: l.id, assumptions: l.assumptions }] : [])),
    assumedUncertainties: scenario.assumedUncertainties ?? [],
  };
}
