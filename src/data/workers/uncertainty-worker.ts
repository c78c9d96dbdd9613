// Monte Carlo draws off the main thread: the page stays responsive while 10,000 draws run.
import { simulateEstimate, type Estimate, type UncertaintyResult } from '../../domain';

export interface UncertaintyRequest {
  readonly id: number;
  readonly estimate: Estimate;
}

export interface UncertaintyReply {
  readonly id: number;
  readonly result: UncertaintyResult;
}

self.onmessage = (event: MessageEvent<UncertaintyRequest>) => {
  const { id, estimate } = event.data;
  self.postMessage({ id, result: simulateEstimate(estimate) } satisfies UncertaintyReply);
};
