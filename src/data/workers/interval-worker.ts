// Monte Carlo draws off the main thread: the page stays responsive while 10,000 draws run.
import { simulateEstimate, type Estimate, type EstimateIntervals, type ScenarioAssumptions } from '../../domain';

export interface IntervalRequest {
  readonly id: number;
  readonly estimate: Estimate;
  /** The buyer's assumption ranges and stated uncertainties, drawn with the factors. */
  readonly assumptions: ScenarioAssumptions;
}

export interface IntervalReply {
  readonly id: number;
  readonly result: EstimateIntervals;
}

self.onmessage = (event: MessageEvent<IntervalRequest>) => {
  const { id, estimate, assumptions } = event.data;
  self.postMessage({ id, result: simulateEstimate(estimate, { assumptions }) } satisfies IntervalReply);
};
