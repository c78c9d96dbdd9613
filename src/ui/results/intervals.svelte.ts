// The 95 % intervals of the open scenario's results, with the buyer's assumption ranges, computed in a
// worker a moment after the figures settle; a newer request supersedes an older one.
import type { Estimate, EstimateIntervals, ScenarioAssumptions } from '../../domain';
import type { IntervalReply, IntervalRequest } from '../../data/workers/interval-worker';

const SETTLE_MS = 300;

export class IntervalsState {
  result = $state.raw<EstimateIntervals | null>(null);
  /** The estimate the result belongs to: a result for older figures is not shown as current. */
  forEstimate = $state.raw<Estimate | null>(null);
  #worker: Worker | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = 0;

  /** `assumptions`: from scenarioAssumptions(scenario), the same scenario the estimate comes from. */
  request(estimate: Estimate, assumptions: ScenarioAssumptions): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#worker ??= this.#start();
      const id = ++this.#last;
      this.#pending.set(id, estimate);
      this.#worker.postMessage({ id, estimate, assumptions: $state.snapshot(assumptions) } satisfies IntervalRequest);
    }, SETTLE_MS);
  }

  // Bookkeeping of requests in flight, never read by a template: no reactivity wanted.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Map<number, Estimate>();

  #start(): Worker {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the URL only locates the worker's module
    const worker = new Worker(new URL('../../data/workers/interval-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<IntervalReply>) => {
      const estimate = this.#pending.get(event.data.id);
      this.#pending.delete(event.data.id);
      if (event.data.id !== this.#last || !estimate) return;
      this.result = event.data.result;
      this.forEstimate = estimate;
    };
    return worker;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = null;
  }
}
