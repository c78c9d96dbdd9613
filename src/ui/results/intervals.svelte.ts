// The 95 % intervals of the open scenario's results, with the buyer's assumption ranges, computed in a
// worker a moment after the figures settle; a newer request supersedes an older one.
import { packEstimate, unpackIntervals, type Estimate, type EstimateIntervals, type ScenarioAssumptions } from '../../domain';
import type { IntervalReply, IntervalRequest } from '../../data/workers/interval-answer';

const SETTLE_MS = 300;

/** How the worker is started: the app's module worker; a test's stand-in. */
export type StartWorker = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

const startIntervalWorker: StartWorker = () => new Worker(new URL('../../data/workers/interval-worker.ts', import.meta.url), { type: 'module' });

export class IntervalsState {
  result = $state.raw<EstimateIntervals | null>(null);
  /** The estimate the result belongs to: a result for older figures is not shown as current. */
  forEstimate = $state.raw<Estimate | null>(null);
  /** The intervals of `forEstimate` could not be drawn (the worker failed): said instead of "computing…" forever. */
  failed = $state(false);
  readonly #startWorker: StartWorker;
  readonly #busy: () => boolean;
  #worker: ReturnType<StartWorker> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = 0;

  /**
   * `busy`: while it says so (a save under way), the request waits: packing 100,000 lines' figures for the worker
   * takes the page's thread for a few tenths of a second, which would hold up the save and its "saved" note.
   */
  constructor(startWorker: StartWorker = startIntervalWorker, busy: () => boolean = () => false) {
    this.#startWorker = startWorker;
    this.#busy = busy;
  }

  /** `assumptions`: from scenarioAssumptions(scenario), the same scenario the estimate comes from. */
  request(estimate: Estimate, assumptions: ScenarioAssumptions): void {
    clearTimeout(this.#timer);
    const post = () => {
      if (this.#busy()) {
        this.#timer = setTimeout(post, SETTLE_MS);
        return;
      }
      this.#worker ??= this.#start();
      const id = ++this.#last;
      this.#pending.set(id, estimate);
      const packed = packEstimate(estimate);
      // The figures' arrays are handed over, not copied: at 100,000 lines a copy held the page for a quarter of a second.
      this.#worker.postMessage({ id, estimate: packed, assumptions: $state.snapshot(assumptions) } satisfies IntervalRequest, [
        packed.codes.buffer,
        packed.numbers.buffer,
      ]);
    };
    this.#timer = setTimeout(post, SETTLE_MS);
  }

  // Bookkeeping of requests in flight, never read by a template: no reactivity wanted.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Map<number, Estimate>();

  #start(): ReturnType<StartWorker> {
    const worker = this.#startWorker();
    worker.onmessage = (event: MessageEvent<IntervalReply>) => {
      const reply = event.data;
      const estimate = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.id !== this.#last || !estimate) return;
      this.result = 'result' in reply ? unpackIntervals(reply.result, estimate) : null;
      this.failed = !('result' in reply);
      this.forEstimate = estimate;
    };
    // The worker itself failed (its module did not load, it crashed): the latest request will get no reply.
    worker.onerror = () => {
      const estimate = this.#pending.get(this.#last);
      this.#pending.clear();
      this.#worker?.terminate();
      this.#worker = null;
      if (!estimate) return;
      this.result = null;
      this.failed = true;
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
