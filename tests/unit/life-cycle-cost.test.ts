// Whole-life cost and abatement cost, on small cases worked out by hand.
import { describe, expect, it } from 'vitest';
import { abatementCurve, annuityFactor, equivalentAnnualCost, estimateScenario, lineCosts, scenarioCosts, unitLifeCycleCost } from '../../src/domain';
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

  it('keeps a fractional lifetime as it is, undiscounted', () => {
    // 2.5 years: 1000 + 2.5 × 100 + 50 = 1300 (rounding the life to 3 years gave 1000 + 300 + 50 = 1350).
    expect(unitLifeCycleCost({ purchase: 1000, yearly: 100, endOfLife: 50 }, 2.5, 0)).toBeCloseTo(1300, 9);
  });

  it('keeps a fractional lifetime in the annuity formula, discounted at 4 %', () => {
    // 1.04^2.5 = 1.0816 × √1.04 = 1.0816 × 1.0198039 = 1.1030190; 1.04^−2.5 = 0.9066020;
    // AF(4 %, 2.5) = (1 − 0.9066020) / 0.04 = 2.3349511;
    // PV = 1000 + 100 × 2.3349511 + 50 × 0.9066020 = 1000 + 233.49511 + 45.33010 = 1278.8252;
    // EAC = 1278.8252 / 2.3349511 = 547.6882 € a year (rounding to 3 years gave a PV of 1321.96).
    expect(annuityFactor(0.04, 2.5)).toBeCloseTo(2.3349511, 6);
    expect(unitLifeCycleCost({ purchase: 1000, yearly: 100, endOfLife: 50 }, 2.5, 0.04)).toBeCloseTo(1278.8252, 3);
    expect(equivalentAnnualCost({ purchase: 1000, yearly: 100, endOfLife: 50 }, 2.5, 0.04)).toBeCloseTo(547.6882, 3);
  });

  it('annualises a yearly cost to itself, whatever the life', () => {
    // EAC of Y alone = Y·AF(r, L) / AF(r, L) = Y: the convention for a fractional final year keeps this.
    expect(equivalentAnnualCost({ yearly: 70 }, 2.5, 0.04)).toBeCloseTo(70, 9);
    expect(equivalentAnnualCost({ yearly: 70 }, 7, 0)).toBeCloseTo(70, 9);
  });

  it('gives the equivalent annual cost: PV/L undiscounted, PV·r/(1 − (1+r)^−L) discounted', () => {
    // r = 0: (900 + 4 × 40) / 4 = 1060 / 4 = 265.
    expect(equivalentAnnualCost({ purchase: 900, yearly: 40 }, 4, 0)).toBeCloseTo(265, 9);
    // r = 4 %, L = 4: 1.04^4 = 1.16985856, AF = (1 − 1/1.16985856) / 0.04 = 0.14519581 / 0.04 = 3.6298952;
    // PV = 900 + 40 × 3.6298952 = 1045.1958; EAC = 1045.1958 × 0.04 / 0.14519581 = 287.9410.
    expect(equivalentAnnualCost({ purchase: 900, yearly: 40 }, 4, 0.04)).toBeCloseTo(287.941, 3);
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
    expect(costs.classification).toBe('abates');
    // No lifetime given: a purchase compared by its cost, with no annual equivalent.
    expect(costs.baselineAnnualCost).toBeNull();
    expect(costs.alternativeAnnualCost).toBeNull();
  });

  it('equal lifetimes, discounted: the same figures and the same ranking as the present values', () => {
    // Both kept 3 years, r = 4 %, 10 units. AF(4 %, 3) = 1/1.04 + 1/1.04² + 1/1.04³ = 0.9615385 + 0.9245562 + 0.8889964 = 2.7750910.
    // Baseline: 1000 + 100 × 2.7750910 = 1277.5091 per unit → 12 775.091; alternative: 1200 + 20 × 2.7750910 = 1255.5018
    // → 12 555.018; extra −220.073 €: the alternative is cheaper, as its present value says. By EAC the same
    // order: 1277.5091 / 2.7750910 = 460.3485 against 1255.5018 / 2.7750910 = 452.4182.
    const scenario = scenarioOf([
      { id: 'it', quantity: 10, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 3 }, alternative: { factor: 'laptop-new', lifetimeYears: 3 } },
    ]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = lineCosts(estimate.value.lines[0]!, { purchase: 1000, yearly: 100 }, { purchase: 1200, yearly: 20 }, 0.04);
    expect(costs.baselineCost).toBeCloseTo(12775.091, 2);
    expect(costs.alternativeCost).toBeCloseTo(12555.018, 2);
    expect(costs.extraCost).toBeCloseTo(-220.073, 2);
    expect(costs.baselineAnnualCost).toBeCloseTo(460.3485, 3);
    expect(costs.alternativeAnnualCost).toBeCloseTo(452.4182, 3);
  });

  it('unequal lifetimes at 4 %: compared by equivalent annual cost, not by scaling a present value by Lb/La', () => {
    // 120 laptops kept 6 years instead of 4, 900 € + 40 €/yr each, r = 4 %; avoided 6240 kg as above.
    // AF(4 %, 4) = 3.6298952 (above); AF(4 %, 6) = (1 − 1/1.04^6) / 0.04 = (1 − 1/1.2653190) / 0.04 = 0.2096855 / 0.04 = 5.2421369.
    // Baseline: PV 900 + 40 × 3.6298952 = 1045.1958; EAC 1045.1958 / 3.6298952 = 287.9410.
    // Alternative: PV 900 + 40 × 5.2421369 = 1109.6855; EAC 1109.6855 / 5.2421369 = 211.6857.
    // Over the baseline's 4 years: 211.6857 × 3.6298952 = 768.3970 a laptop (scaling, 1109.6855 × 4/6 = 739.79, was wrong).
    // Line: baseline 120 × 1045.1958 = 125 423.50; alternative 120 × 768.3970 = 92 207.63; extra −33 215.86;
    // per tonne −33 215.86 / 6.24 = −5323.05 €/t.
    const scenario = scenarioOf([
      { id: 'it', quantity: 120, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 4 }, alternative: { factor: 'laptop-new', lifetimeYears: 6 } },
    ]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = lineCosts(estimate.value.lines[0]!, { purchase: 900, yearly: 40 }, { purchase: 900, yearly: 40 }, 0.04);
    expect(costs.baselineAnnualCost).toBeCloseTo(287.941, 3);
    expect(costs.alternativeAnnualCost).toBeCloseTo(211.6857, 3);
    expect(costs.baselineCost).toBeCloseTo(125423.5, 1);
    expect(costs.alternativeCost).toBeCloseTo(92207.63, 1);
    expect(costs.extraCost).toBeCloseTo(-33215.86, 1);
    expect(costs.costPerTonne).toBeCloseTo(-5323.05, 1);
    expect(costs.classification).toBe('abates');
  });

  it('a fractional lifetime is costed as it is, not rounded', () => {
    // 10 units kept 2.5 years instead of 5 (r = 0): laptop-new both sides, 300 € + 20 €/yr each.
    // Emissions: 10 × 156 × (1 − 5/2.5) = −1560 kg (emits more). Costs: baseline 10 × (300 + 5 × 20) = 4000;
    // alternative EAC (300 + 2.5 × 20) / 2.5 = 350 / 2.5 = 140 € a year, over 5 years 10 × 140 × 5 = 7000
    // (rounding 2.5 to 3 years, as before, gave 10 × (300 + 3 × 20) × 5/2.5 = 7200).
    const scenario = scenarioOf([
      { id: 'it', quantity: 10, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 5 }, alternative: { factor: 'laptop-new', lifetimeYears: 2.5 } },
    ]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = lineCosts(estimate.value.lines[0]!, { purchase: 300, yearly: 20 }, { purchase: 300, yearly: 20 });
    expect(costs.baselineCost).toBeCloseTo(4000, 9);
    expect(costs.alternativeAnnualCost).toBeCloseTo(140, 9);
    expect(costs.alternativeCost).toBeCloseTo(7000, 9);
    expect(costs.costPerTonne).toBeNull();
    expect(costs.classification).toBe('emits-more-costs-more');
  });
});

describe('a switch that emits more has no cost per tonne', () => {
  it('recycled pulp costing 1,200 € more and emitting 240 kg more: "costs more and emits more", not −5,000 €/t', () => {
    // 12 t: baseline 12 × 297 = 3564 kg, alternative 12 × 317 = 3804 kg, avoided −240 kg.
    // Costs 800 €/t virgin, 900 €/t recycled: extra 12 × 100 = +1200 €; 1200 / −0.24 t would read −5000 €/t.
    const scenario = scenarioOf([{ id: 'p', quantity: 12, unit: 't', baseline: { factor: 'pulp-virgin' }, alternative: { factor: 'pulp-recycled' } }]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    expect(estimate.value.lines[0]!.avoided).toBeCloseTo(-240, 9);
    const costs = lineCosts(estimate.value.lines[0]!, { purchase: 800 }, { purchase: 900 });
    expect(costs.extraCost).toBeCloseTo(1200, 9);
    expect(costs.costPerTonne).toBeNull();
    expect(costs.classification).toBe('emits-more-costs-more');
  });

  it('a cheaper switch that emits more: "saves money but emits more"', () => {
    // 1000 pkm by train (0.00293) replaced by plane (0.225): avoided 2.93 − 225 = −222.07 kg; 0.12 €/pkm against 0.10: extra −20 €.
    const scenario = scenarioOf([{ id: 'tr', quantity: 1000, unit: 'pkm', baseline: { factor: 'train-tgv' }, alternative: { factor: 'plane-500-1000' } }]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = lineCosts(estimate.value.lines[0]!, { purchase: 0.12 }, { purchase: 0.1 });
    expect(costs.extraCost).toBeCloseTo(-20, 9);
    expect(costs.costPerTonne).toBeNull();
    expect(costs.classification).toBe('emits-more-saves-money');
  });

  it('the same cost and more emissions, and a switch that avoids nothing', () => {
    // Same price both sides, pulp again: extra exactly 0, emits 240 kg more.
    const pulp = scenarioOf([{ id: 'p', quantity: 12, unit: 't', baseline: { factor: 'pulp-virgin' }, alternative: { factor: 'pulp-recycled' } }]);
    const more = estimateScenario(pulp, testIndex());
    if (!more.ok) throw new Error('estimate');
    expect(lineCosts(more.value.lines[0]!, { purchase: 800 }, { purchase: 800 }).classification).toBe('emits-more-same-cost');
    // The same factor on both sides, 10 % switched: avoided exactly 0 — no cost per tonne, whatever it costs.
    const same = scenarioOf([{ id: 's', quantity: 7, unit: 't', share: 0.1, baseline: { factor: 'pulp-virgin' }, alternative: { factor: 'pulp-virgin' } }]);
    const none = estimateScenario(same, testIndex());
    if (!none.ok) throw new Error('estimate');
    const costs = lineCosts(none.value.lines[0]!, { purchase: 800 }, { purchase: 850 });
    expect(costs.costPerTonne).toBeNull();
    expect(costs.classification).toBe('no-saving');
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

  it('keeps a switch that emits more, or a line not counted, off the curve and lists it apart', () => {
    const scenario = scenarioOf([
      {
        id: 'm',
        quantity: 1000,
        unit: 'meal',
        baseline: { factor: 'meal-beef' },
        alternative: { factor: 'meal-vegetarian' },
        costs: { baseline: { purchase: 3.1 }, alternative: { purchase: 3.4 } },
      },
      {
        id: 'p',
        quantity: 12,
        unit: 't',
        baseline: { factor: 'pulp-virgin' },
        alternative: { factor: 'pulp-recycled' },
        costs: { alternative: { purchase: 900 } },
      },
      // Two monetary ratios: an error finding (rule 8), so the line is not counted.
      {
        id: 'r',
        quantity: 10,
        unit: 'kEUR',
        baseline: { factor: 'ratio-it' },
        alternative: { factor: 'ratio-repair' },
        costs: { baseline: { purchase: 1000 } },
      },
    ]);
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    expect(estimate.value.lines.find((l) => l.id === 'r')?.counted).toBe(false);
    const costs = scenarioCosts(scenario, estimate.value);
    expect(costs.curve.map((s) => s.id)).toEqual(['m']);
    expect(costs.offCurve).toEqual([
      { id: 'p', reason: 'emits-more-costs-more' },
      { id: 'r', reason: 'not-counted' },
    ]);
  });

  it('costs the scenario over what its emission total covers: counted lines, yearly flows over the period', () => {
    const lines = [
      // A one-off purchase: 120 laptops kept 4 years against 6, 900 € each: baseline 120 × 900 = 108 000 €,
      // alternative 120 × (4/6) × 900 = 72 000 € (no yearly costs, no discounting within a life).
      {
        id: 'it',
        quantity: 120,
        unit: 'unit' as const,
        flow: 'one-off' as const,
        baseline: { factor: 'laptop-new', lifetimeYears: 4 },
        alternative: { factor: 'laptop-new', lifetimeYears: 6 },
        costs: { baseline: { purchase: 900 }, alternative: { purchase: 900 } },
      },
      // 1 000 meals a year at 3.1 € against 3.4 €: 3 100 € against 3 400 € each year.
      {
        id: 'm',
        quantity: 1000,
        unit: 'meal' as const,
        flow: 'yearly' as const,
        baseline: { factor: 'meal-beef' },
        alternative: { factor: 'meal-vegetarian' },
        costs: { baseline: { purchase: 3.1 }, alternative: { purchase: 3.4 } },
      },
      // Two monetary ratios (rule 8): not counted, so neither is its cost.
      {
        id: 'r',
        quantity: 10,
        unit: 'kEUR' as const,
        flow: 'one-off' as const,
        baseline: { factor: 'ratio-it' },
        alternative: { factor: 'ratio-repair' },
        costs: { baseline: { purchase: 1000 } },
      },
    ];
    const over = (extra: Parameters<typeof scenarioOf>[1]) => {
      const scenario = scenarioOf(lines, extra);
      const estimate = estimateScenario(scenario, testIndex());
      if (!estimate.ok) throw new Error('estimate');
      return scenarioCosts(scenario, estimate.value);
    };
    // Over 3 years, undiscounted: 108 000 + 3 × 3 100 = 117 300 €; 72 000 + 3 × 3 400 = 82 200 €.
    const plain = over({ periodYears: 3 });
    expect(plain.baselineCost).toBeCloseTo(117300, 6);
    expect(plain.alternativeCost).toBeCloseTo(82200, 6);
    // At 4 %, the meals of years 2 and 3 discounted to the first: 1 + 1/1.04 + 1/1.04² = 2.886094675;
    // baseline 108 000 + 3 100 × 2.886094675 = 116 946.8935 €. The laptops' unequal lives are compared by
    // equivalent annual cost: 900 × AF(4 %, 4)/AF(4 %, 6) = 900 × 3.629895224/5.242136857 a laptop, so
    // 120 × that = 74 784.13764 €; with the meals, 74 784.13764 + 3 400 × 2.886094675 = 84 596.85953 €.
    const discounted = over({ periodYears: 3, economics: { discountRate: 0.04 } });
    expect(discounted.baselineCost).toBeCloseTo(116946.8935, 3);
    expect(discounted.alternativeCost).toBeCloseTo(84596.85953, 3);
    // Without a period the yearly meals are shown apart and not counted (they wait for it): the laptops alone.
    const apart = over({});
    expect(apart.baselineCost).toBeCloseTo(108000, 6);
    expect(apart.alternativeCost).toBeCloseTo(72000, 6);
    // The lines keep their own figures, as entered.
    expect(apart.lines.find((l) => l.id === 'm')?.costs.baselineCost).toBeCloseTo(3100, 6);
  });

  it('gives no carbon value for a year outside the trajectory’s published years', () => {
    // The 2025 trajectory starts in 2025: 2024 has no value (it was held at 256 €/t before), so nothing is valued.
    const scenario = scenarioOf([{ id: 'm', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }], {
      economics: { carbonValue: { trajectory: 'quinet-2025', year: 2024 } },
    });
    const estimate = estimateScenario(scenario, testIndex());
    if (!estimate.ok) throw new Error('estimate');
    const costs = scenarioCosts(scenario, estimate.value);
    expect(costs.carbonPrice).toEqual({
      value: null,
      from: 'trajectory',
      trajectoryId: 'quinet-2025',
      year: 2024,
      status: 'outside-range',
      publishedYears: { first: 2025, last: 2050 },
    });
    expect(costs.valueOfAvoided).toBeNull();
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
