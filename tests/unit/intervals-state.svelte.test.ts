// The 95 % intervals' state: a worker that fails says so for the figures it was asked about, instead of
// leaving "computing…" on screen for ever.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, type IntervalRequest } from '../../src/data/workers/interval-answer';
import { packEstimate, scenarioAssumptions, type Estimate } from '../../src/domain';
import { IntervalsState, type StartWorker } from '../../src/ui/results/intervals.svelte';
import { estimateWithTables, loadTestTable, scenarioOf } from '../helpers';

const scenario = scenarioOf([{ id: 'm', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }]);
const assumptions = scenarioAssumptions(scenario);

function estimateOf(): Estimate {
  const estimate = estimateWithTables(scenario, [loadTestTable()]);
  if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
  return estimate.value;
}

/**
 * A worker in the same thread, answering as the real one does, or failing as a crashed one would. The request
 * crosses as a message does (structured clone, the buffers listed handed over); each posted one is kept in `sent`.
 */
function fakeWorker(mode: 'answer' | 'crash', sent: IntervalRequest[] = []): StartWorker {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      postMessage(request: IntervalRequest, transfer: Transferable[] = []) {
        sent.push(request);
        const received = structuredClone(request, { transfer });
        queueMicrotask(() =>
          mode === 'answer' ? worker.onmessage?.({ data: answer(received) } as MessageEvent) : worker.onerror?.({ message: 'crashed' } as ErrorEvent),
        );
      },
      terminate: vi.fn(),
    };
    return worker as unknown as ReturnType<StartWorker>;
  };
}

describe('IntervalsState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function settle(state: IntervalsState, estimate: Estimate) {
    state.request(estimate, assumptions);
    await vi.advanceTimersByTimeAsync(300);
  }

  it('shows the intervals of the figures asked about', async () => {
    const state = new IntervalsState(fakeWorker('answer'));
    const estimate = estimateOf();
    await settle(state, estimate);
    expect(state.forEstimate).toBe(estimate);
    expect(state.failed).toBe(false);
    // 1000 × (6.29 − 0.51) = 5 780 kg avoided: the interval brackets it.
    expect(state.result?.totals.avoided.p2_5).toBeLessThan(5780);
    expect(state.result?.totals.avoided.p97_5).toBeGreaterThan(5780);
  });

  it('hands the figures’ arrays over to the worker rather than copying them', async () => {
    const sent: IntervalRequest[] = [];
    const state = new IntervalsState(fakeWorker('answer', sent));
    await settle(state, estimateOf());
    // A buffer handed over is no longer the page's: it reads as empty here.
    expect(sent.map((r) => [r.estimate.codes.byteLength, r.estimate.numbers.byteLength])).toEqual([[0, 0]]);
    expect(state.result?.totals.avoided.p2_5).toBeLessThan(5780);
  });

  it('waits while the page says it is busy (a save under way), then draws the figures asked about last', async () => {
    const sent: IntervalRequest[] = [];
    let saving = true;
    const state = new IntervalsState(fakeWorker('answer', sent), () => saving);
    const estimate = estimateOf();
    await settle(state, estimate);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toHaveLength(0);
    expect(state.forEstimate).toBeNull();
    saving = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toHaveLength(1);
    expect(state.forEstimate).toBe(estimate);
  });

  it('says the intervals failed when the draws throw (figures the engine cannot draw), for those figures', async () => {
    const state = new IntervalsState(fakeWorker('answer'));
    const good = estimateOf();
    // Figures that do not add up: the draws refuse them, as they did for a quantity of 1e308.
    const broken: Estimate = { ...good, lines: good.lines.map((l) => ({ ...l, avoided: Number.POSITIVE_INFINITY })) };
    expect(answer({ id: 1, estimate: packEstimate(broken), assumptions })).toMatchObject({ id: 1, error: expect.any(String) });
    await settle(state, broken);
    expect(state).toMatchObject({ failed: true, result: null, forEstimate: broken });
    // The next figures that can be drawn are drawn again.
    await settle(state, good);
    expect(state.failed).toBe(false);
    expect(state.forEstimate).toBe(good);
  });

  it('says the intervals failed when the worker itself crashes, and starts a new one for the next request', async () => {
    let started = 0;
    const crashing = fakeWorker('crash');
    const state = new IntervalsState(() => (started++, crashing()));
    const estimate = estimateOf();
    await settle(state, estimate);
    expect(state).toMatchObject({ failed: true, result: null, forEstimate: estimate });
    await settle(state, estimate);
    expect(started).toBe(2);
  });
});
