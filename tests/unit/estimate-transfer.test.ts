// The estimate crosses to the interval worker packed, and its intervals come back packed: the draws of the
// unpacked estimate must be exactly the draws of the original, whatever the lines hold.
import { describe, expect, it } from 'vitest';
import { packEstimate, packIntervals, scenarioAssumptions, simulateEstimate, unpackEstimate, unpackIntervals } from '../../src/domain';
import { estimateWithTables, loadTestTable, scenarioOf } from '../helpers';

const scenario = scenarioOf(
  [
    // A conversion (tonnes of beef against a factor per kg), lifetimes on one side, a share, a yearly flow.
    { id: 'beef', label: 'Bœuf', quantity: 2, unit: 't', flow: 'yearly', share: 0.5, baseline: { factor: 'beef-kg' }, alternative: { factor: 'beef-kg' } },
    {
      id: 'meals',
      labels: { fr: 'Repas', en: 'Meals' },
      quantity: 1000,
      unit: 'meal',
      flow: 'one-off',
      baseline: { factor: 'meal-beef', lifetimeYears: 2 },
      alternative: { factor: 'meal-vegetarian' },
      assumptions: { quantity: { low: 800, high: 1500 }, share: { low: 0.5, high: 1 } },
    },
    // Two monetary ratios: an error finding, so not counted.
    { id: 'repair', quantity: 10, unit: 'kEUR', flow: 'one-off', baseline: { factor: 'ratio-it' }, alternative: { factor: 'ratio-repair' } },
    { id: 'train', quantity: 5000, unit: 'pkm', baseline: { factor: 'plane-500-1000' }, alternative: { factor: 'train-tgv', quantityRatio: 1.2 } },
  ],
  { periodYears: 3, assumedUncertainties: [{ factor: 'ratio-repair', uncertainty: 0.5 }] },
);

describe('estimate transfer', () => {
  const estimate = estimateWithTables(scenario, [loadTestTable()]);
  if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
  const assumptions = scenarioAssumptions(scenario);

  it('gives the worker an estimate whose draws are those of the original', () => {
    // As a message carries it: a structured copy.
    const unpacked = unpackEstimate(structuredClone(packEstimate(estimate.value)));
    const options = { assumptions, draws: 2000 };
    expect(simulateEstimate(unpacked, options)).toEqual(simulateEstimate(estimate.value, options));
    expect(unpacked.lines.map((l) => [l.id, l.counted, l.totalsMultiplier, l.flow])).toEqual([
      ['beef', true, 3, 'yearly'],
      ['meals', true, 1, 'one-off'],
      ['repair', false, 0, 'one-off'],
      ['train', true, 1, null],
    ]);
  });

  it('brings the intervals back as they were drawn', () => {
    const intervals = simulateEstimate(estimate.value, { assumptions, draws: 2000 });
    expect(unpackIntervals(structuredClone(packIntervals(intervals)), estimate.value)).toEqual(intervals);
  });
});
