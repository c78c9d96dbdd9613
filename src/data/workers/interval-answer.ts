// What the interval worker answers: the intervals, or why they could not be drawn. A failure is said, never
// left as a range that never comes.
import { simulateEstimate, type Estimate, type EstimateIntervals, type ScenarioAssumptions } from '../../domain';

export interface IntervalRequest {
  readonly id: number;
  readonly estimate: Estimate;
  /** The buyer's assumption ranges and stated uncertainties, drawn with the factors. */
  readonly assumptions: ScenarioAssumptions;
}

export type IntervalReply = { readonly id: number; readonly result: EstimateIntervals } | { readonly id: number; readonly error: string };

export function answer({ id, estimate, assumptions }: IntervalRequest): IntervalReply {
  try {
    return { id, result: simulateEstimate(estimate, { assumptions }) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
