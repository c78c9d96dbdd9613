// What the headline sets apart from the total: yearly flows waiting for the period, and lines an error
// finding of their own keeps out. Figures by hand from the test table (beef meal 6.29, vegetarian 0.51
// kgCO2e/meal; IT products 216, computer repair 158 kgCO2e/k€, both monetary ratios).
import { describe, expect, it } from 'vitest';
import { estimateValidLines, type Scenario } from '../../src/domain';
import { notCounted, yearlyShownApart } from '../../src/ui/results/headline';
import { scenarioOf, testIndex } from '../helpers';

const meals = (id: string, quantity: number, flow?: 'one-off' | 'yearly') => ({
  id,
  quantity,
  unit: 'meal' as const,
  ...(flow ? { flow } : {}),
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});
// Rule 8: two monetary ratios, an error: 10 k€ × (216 − 158) = 580 kg, not counted.
const spend = {
  id: 'spend',
  quantity: 10,
  unit: 'kEUR' as const,
  flow: 'one-off' as const,
  baseline: { factor: 'ratio-it' },
  alternative: { factor: 'ratio-repair' },
};
const estimateOf = (scenario: Scenario) => estimateValidLines(scenario, testIndex()).estimate;

describe('headline', () => {
  it('sets apart the yearly flows without a period, and the lines with an error of their own', () => {
    const estimate = estimateOf(scenarioOf([meals('once', 100, 'one-off'), meals('yearly', 50, 'yearly'), spend]));
    // One-off: 100 × 5.78 = 578 kg in the total; yearly: 50 × 5.78 = 289 kg a year apart.
    expect(estimate.totals.avoided).toBeCloseTo(578, 9);
    expect(yearlyShownApart(estimate)?.avoided).toBeCloseTo(289, 9);
    // The yearly line is not counted either, but for want of the period: only the spend-based line is "not counted".
    expect(notCounted(estimate)).toEqual({ lines: 1, avoided: expect.closeTo(580, 9) });
  });

  it('sets nothing apart once the period is stated or when nothing is wrong', () => {
    const withPeriod = estimateOf(scenarioOf([meals('once', 100, 'one-off'), meals('yearly', 50, 'yearly')], { periodYears: 2 }));
    // 578 + 2 × 289 = 1156 kg.
    expect(withPeriod.totals.avoided).toBeCloseTo(1156, 9);
    expect(yearlyShownApart(withPeriod)).toBeNull();
    expect(notCounted(withPeriod)).toEqual({ lines: 0, avoided: 0 });
  });
});
