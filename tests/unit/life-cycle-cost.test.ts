// Whole-life cost and abatement cost, on small cases worked out by hand.
import { describe, expect, it } from 'vitest';
import { abatementCurve, estimateScenario, lineCosts, scenarioCosts, unitLifeCycleCost } from '../../src/domain';
import { scenarioOf, testIndex } from '../helpers';

describe('unit life-cycle cost', () => {
  it('adds purchase, yearly costs and end of life, undiscounted', () => {
    // 800 + 4 × 50 + 20 = 1020
    expect(unitLifeCycleCost({ purchase: 800, yearly: 50, endOfLife: 20 }, 4, 0)).toBeCloseTo(1020, 9);
  });

  it('discounts yearly and end-of-life costs', () => {
    // 1000 + 100/1.04 + 100/1.04² + 50/1.04² = 1000 + 96.1538 + 92.4556 + 46.2278 = 1234.8373
    expect(unitLifeCycleCost({ purchase: 1000, yearly: 100, endOfLife: 50 }, 2, 0.04)).toBeCloseTo(1234.8373, 3);
  });

  it('adds maintenance to the running cost of each year', () => {
    // 500 + 3 × (20 + 10) = 590
    expect(unitLifeCycleCost({ purchase: 500, yearly: 20, maintenance: 10 }, 3, 0)).toBeCloseTo(590, 9);
  });

  it('counts one year of yearly cost when no lifetime is given', () => {
    expect(unitLifeCycleCost({ yearly: 30 }, 1, 0)).toBe(30);
  });
});

describe('line costs and cost per tonne', () => {
  it('laptops kept 6 years instead of 4', () => {
    // Emissions: 120 × 156 × (1 − 4/6) = 6240 kg avoided.
    // Costs: new laptop 900 € + 40 €/yr; baseline (4 yr) 900 + 160 = 1060 → 120 × 1060 = 127 200;
    // alternative (6 yr, 4/6 as many) 900 + 240 = 1140 → 120 × (4/6) × 1140 = 91 200; extra −36 000 €;
    // per tonne: −36 000 / 6.24 = −5769.23 €/t (cheaper and lower-carbon).
    const scenario = scenarioOf([
      { id: 'it', quantity: 120, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 4 }, alternative: { factor: 'laptop-new', lifetimeYears: 6 } },
    ]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const line = estimate.value.lines[0]!;
    const costs = lineCosts(line, { purchase: 900, yearly: 40 }, { purchase: 900, yearly: 40 });
    expect(costs.baselineCost).toBeCloseTo(127200, 6);
    expect(costs.alternativeCost).toBeCloseTo(91200, 6);
    expect(costs.extraCost).toBeCloseTo(-36000, 6);
    expect(costs.costPerTonne).toBeCloseTo(-36000 / 6.24, 6);
  });

  it('vegetarian meals that cost more: a positive cost per tonne', () => {
    // 1000 meals, 40 % switched: avoided 1000 × 0.4 × 5.78 = 2312 kg; meals 3.10 € vs 3.40 €;
    // baseline 3100; alternative 1000 × 0.6 × 3.10 + 1000 × 0.4 × 3.40 = 1860 + 1360 = 3220; extra 120 €;
    // per tonne 120 / 2.312 = 51.90 €/t.
    const scenario = scenarioOf([
      { id: 'm', quantity: 1000, unit: 'meal', share: 0.4, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
    ]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = lineCosts(estimate.value.lines[0]!, { purchase: 3.1 }, { purchase: 3.4 });
    expect(costs.extraCost).toBeCloseTo(120, 9);
    expect(costs.costPerTonne).toBeCloseTo(120 / 2.312, 9);
  });
});

describe('abatement curve', () => {
  it('orders the lines cheapest tonne first, widths in tonnes, leaving out lines that avoid nothing', () => {
    const steps = abatementCurve([
      { id: 'meals', avoidedKg: 2312, costPerTonne: 51.9 },
      { id: 'laptops', avoidedKg: 6240, costPerTonne: -5769.2 },
      { id: 'paper', avoidedKg: -40, costPerTonne: 100 },
      { id: 'free', avoidedKg: 0, costPerTonne: null },
      { id: 'trains', avoidedKg: 19986.3, costPerTonne: 12 },
    ]);
    expect(steps.map((s) => [s.id, s.from, s.tonnesAvoided])).toEqual([
      ['laptops', 0, 6.24],
      ['trains', 6.24, 19.9863],
      ['meals', 6.24 + 19.9863, 2.312],
    ]);
  });
});

describe('scenario costs', () => {
  it('adds the lines that give costs, values the avoided tonnes, and draws the curve', () => {
    const scenario = scenarioOf(
      [
        {
          id: 'it',
          quantity: 120,
          unit: 'unit',
          baseline: { factor: 'laptop-new', lifetimeYears: 4 },
          alternative: { factor: 'laptop-new', lifetimeYears: 6 },
          costs: { baseline: { purchase: 900, yearly: 40 }, alternative: { purchase: 900, yearly: 40 } },
        },
        {
          id: 'm',
          quantity: 1000,
          unit: 'meal',
          share: 0.4,
          baseline: { factor: 'meal-beef' },
          alternative: { factor: 'meal-vegetarian' },
          costs: { baseline: { purchase: 3.1 }, alternative: { purchase: 3.4 } },
        },
        { id: 'nocost', quantity: 10, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
      ],
      { economics: { carbonValue: { trajectory: 'quinet-2025', year: 2030 } } },
    );
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = scenarioCosts(scenario, estimate.value);
    // Costs from the two lines above: baselines 127 200 + 3 100; alternatives 91 200 + 3 220.
    expect(costs.lines.map((l) => l.id)).toEqual(['it', 'm']);
    expect(costs.baselineCost).toBeCloseTo(130300, 6);
    expect(costs.alternativeCost).toBeCloseTo(94420, 6);
    expect(costs.extraCost).toBeCloseTo(-35880, 6);
    // Avoided: 6240 + 2312 + 10 × 5.78 = 8609.8 kg = 8.6098 t; at 300 €/t (2030, 2025 trajectory) = 2582.94 €.
    expect(costs.carbonPrice).toMatchObject({ value: 300, from: 'trajectory', year: 2030 });
    expect(costs.valueOfAvoided).toBeCloseTo(8.6098 * 300, 6);
    expect(costs.curve.map((s) => s.id)).toEqual(['it', 'm']);
  });

  it('takes the buyer’s own carbon price', () => {
    const scenario = scenarioOf([{ id: 'm', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }], {
      economics: { carbonValue: { price: 100 } },
    });
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    // 5.78 t × 100 €/t = 578 €
    expect(scenarioCosts(scenario, estimate.value).valueOfAvoided).toBeCloseTo(578, 9);
  });
});
