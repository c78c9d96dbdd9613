// What the interval worker answers: the intervals, or why they could not be drawn. A failure is said, never
// left as a range that never comes. Both ways the estimate and its intervals travel packed (estimate-transfer.ts):
// copied object by object, 100,000 lines would hold the page's thread for a second each way.
import { packIntervals, simulateEstimate, unpackEstimate, type PackedEstimate, type PackedIntervals, type ScenarioAssumptions } from '../../domain';

export interface IntervalRequest {
  readonly id: number;
  readonly estimate: PackedEstimate;
  /** The buyer's assumption ranges and stated uncertainties, drawn with the factors. */
  readonly assumptions: ScenarioAssumptions;
}

export type IntervalReply = { readonly id: number; readonly result: PackedIntervals } | { readonly id: number; readonly error: string };

export function answer({ id, estimate, assumptions }: IntervalRequest): IntervalReply {
  try {
    return { id, result: packIntervals(simulateEstimate(unpackEstimate(estimate), { assumptions })) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
