// Monte Carlo draws off the main thread: the page stays responsive while 10,000 draws run.
import { simulateEstimate, type Estimate, type EstimateIntervals } from '../../domain';

export interface IntervalRequest {
  readonly id: number;
  readonly estimate: Estimate;
}

export interface IntervalReply {
  readonly id: number;
  readonly result: EstimateIntervals;
}

self.onmessage = (event: MessageEvent<IntervalRequest>) => {
  const { id, estimate } = event.data;
  self.postMessage({ id, result: simulateEstimate(estimate) } satisfies IntervalReply);
};
