// Every expected figure below is worked out by hand from the formula
//   baseline = q·Fb ; alternative = q·(1−s)·Fb + q·s·(Lb/La)·Fa ; avoided = baseline − alternative
// with the factor values of tests/fixtures/test-table.json.
import { describe, expect, it } from 'vitest';
import { estimateScenario, type Estimate } from '../../src/domain';
import { estimateWithTables, loadTestTable, scenarioOf, testIndex } from '../helpers';

function estimateOf(...args: Parameters<typeof scenarioOf>): Estimate {
  const scenario = scenarioOf(...args);
  const result = estimateScenario(scenario, testIndex(scenario.customFactors));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const meals = { baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } };

describe('estimate, one line', () => {
  it('full switch: 1000 beef meals become vegetarian', () => {
    // 1000 × 6.29 = 6290 ; 1000 × 0.51 = 510 ; 6290 − 510 = 5780
    const { lines, totals } = estimateOf([{ id: 'l1', quantity: 1000, unit: 'meal', ...meals }]);
    expect(lines[0]).toMatchObject({ id: 'l1', category: 'food', dataKind: 'average', warnings: [] });
    expect(lines[0]?.baseline).toBeCloseTo(6290, 9);
    expect(lines[0]?.alternative).toBeCloseTo(510, 9);
    expect(lines[0]?.avoided).toBeCloseTo(5780, 9);
    expect(totals.avoided).toBeCloseTo(5780, 9);
  });

  it('partial switch: 40 % of the meals', () => {
    // alternative = 1000 × 0.6 × 6.29 + 1000 × 0.4 × 0.51 = 3774 + 204 = 3978 ; avoided = 6290 − 3978 = 2312
    const [line] = estimateOf([{ id: 'l1', quantity: 1000, unit: 'meal', share: 0.4, ...meals }]).lines;
    expect(line?.baseline).toBeCloseTo(6290, 9);
    expect(line?.alternative).toBeCloseTo(3978, 9);
    expect(line?.avoided).toBeCloseTo(2312, 9);
    expect(line?.explanation.share).toBe(0.4);
  });

  it('no switch (s = 0) avoids nothing, and says nothing of it', () => {
    const [line] = estimateOf([{ id: 'l1', quantity: 1000, unit: 'meal', share: 0, ...meals }]).lines;
    expect(line?.avoided).toBe(0);
    expect(line?.alternative).toBeCloseTo(6290, 9);
    expect(line?.warnings).toEqual([]);
  });

  it('a switch that avoids nothing is said to avoid nothing', () => {
    // The same factor on both sides (a green-electricity contract under location-based rules): 0 avoided.
    const [line] = estimateOf([{ id: 'g', quantity: 5000, unit: 'kWh', baseline: { factor: 'gas-pci' }, alternative: { factor: 'gas-pci' } }]).lines;
    expect(line?.avoided).toBe(0);
    expect(line?.warnings).toEqual(['no-saving']);
  });

  it('a partial switch to the same factor avoids exactly nothing, never a rounding “increase”', () => {
    // 3 laptops, 10 % switched, laptop-new on both sides: avoided = 0.1 × (3·156 − 3·156) = 0 exactly,
    // where 3·156 − (3·0.9·156 + 3·0.1·156) leaves −5.7e-14 in floating point; 1 beef meal at 30 % likewise.
    for (const [quantity, share, unit, factor] of [
      [3, 0.1, 'unit', 'laptop-new'],
      [1, 0.3, 'meal', 'meal-beef'],
    ] as const) {
      const [line] = estimateOf([{ id: 'x', quantity, unit, share, baseline: { factor }, alternative: { factor } }]).lines;
      expect(line?.avoided).toBe(0);
      expect(line?.alternative).toBe(line?.baseline);
      expect(line?.warnings).toEqual(['no-saving']);
    }
  });

  it('longer lifetimes: laptops kept 6 years instead of 4', () => {
    // baseline = 120 × 156 = 18720 ; alternative = 120 × (4/6) × 156 = 12480 ; avoided = 6240
    const [line] = estimateOf([
      {
        id: 'it',
        quantity: 120,
        unit: 'unit',
        baseline: { factor: 'laptop-new', lifetimeYears: 4 },
        alternative: { factor: 'laptop-new', lifetimeYears: 6 },
      },
    ]).lines;
    expect(line?.baseline).toBeCloseTo(18720, 9);
    expect(line?.alternative).toBeCloseTo(12480, 9);
    expect(line?.avoided).toBeCloseTo(6240, 9);
    expect(line?.explanation.lifetimeRatio).toBeCloseTo(4 / 6, 12);
  });

  it('a lifetime given on one side only stands for both', () => {
    const [line] = estimateOf([
      { id: 'it', quantity: 10, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 5 }, alternative: { factor: 'laptop-new' } },
    ]).lines;
    expect(line?.explanation.lifetimeRatio).toBe(1);
    expect(line?.explanation.alternative.lifetimeYears).toBe(5);
    expect(line?.avoided).toBe(0);
  });

  it('converts the quantity into each factor unit and shows an increase as an increase', () => {
    // 500 kg = 0.5 t ; baseline = 0.5 × 297 = 148.5 ; alternative = 0.5 × 317 = 158.5 ; avoided = −10
    const [line] = estimateOf([{ id: 'pulp', quantity: 500, unit: 'kg', baseline: { factor: 'pulp-virgin' }, alternative: { factor: 'pulp-recycled' } }]).lines;
    expect(line?.baseline).toBeCloseTo(148.5, 9);
    expect(line?.alternative).toBeCloseTo(158.5, 9);
    expect(line?.avoided).toBeCloseTo(-10, 9);
    expect(line?.warnings).toContain('increase');
    expect(line?.explanation.baseline.conversion).toEqual({ from: 'kg', to: 't', multiplier: 0.001 });
    expect(line?.explanation.baseline.quantity).toBeCloseTo(0.5, 12);
  });

  it('converts energy: 36 GJ of gas is 10 000 kWh', () => {
    // 36 GJ = 36·10^9 J / 3.6·10^6 J = 10000 kWh ; 10000 × 0.239 = 2390 ; 10000 × 0.0113 = 113 ; avoided 2277
    const [line] = estimateOf([{ id: 'boiler', quantity: 36, unit: 'GJ', baseline: { factor: 'gas-pci' }, alternative: { factor: 'pellets-pci' } }]).lines;
    expect(line?.baseline).toBeCloseTo(2390, 9);
    expect(line?.alternative).toBeCloseTo(113, 9);
    expect(line?.avoided).toBeCloseTo(2277, 9);
  });

  it('passenger-km: plane to high-speed train', () => {
    // 20000 × 0.225 = 4500 ; 20000 × 0.00293 = 58.6 ; avoided 4441.4
    const [line] = estimateOf([
      { id: 'trip', quantity: 20000, unit: 'pkm', baseline: { factor: 'plane-500-1000' }, alternative: { factor: 'train-tgv' } },
    ]).lines;
    expect(line?.avoided).toBeCloseTo(4441.4, 9);
  });

  it('spend-based lines take the same path, and two monetary ratios are flagged', () => {
    // 50 000 EUR = 50 kEUR ; 50 × 216 = 10800 ; 50 × 158 = 7900 ; avoided 2900
    const [line] = estimateOf([{ id: 'spend', quantity: 50000, unit: 'EUR', baseline: { factor: 'ratio-it' }, alternative: { factor: 'ratio-repair' } }]).lines;
    expect(line?.baseline).toBeCloseTo(10800, 9);
    expect(line?.alternative).toBeCloseTo(7900, 9);
    expect(line?.avoided).toBeCloseTo(2900, 9);
    expect(line?.dataKind).toBe('spend-based');
    expect(line?.warnings).toEqual(['spend-based-comparison']);
  });

  it('uses a scenario factor (supplier data) and says which kinds of data the line rests on', () => {
    // baseline = 10 × 156 = 1560 ; alternative = 10 × (5/3) × 40 = 666.67 ; avoided = 1560 − 2000/3 = 893.33
    const estimate = estimateOf(
      [
        {
          id: 'refurb',
          quantity: 10,
          unit: 'unit',
          baseline: { factor: 'laptop-new', lifetimeYears: 5, reference: { kind: 'previous-contract', note: 'Marché 2021' } },
          alternative: { factor: 'supplier-refurb', lifetimeYears: 3 },
        },
      ],
      {
        customFactors: [
          {
            id: 'supplier-refurb',
            category: 'it',
            label: { fr: 'Portable reconditionné (déclaration du fournisseur)', en: 'Refurbished laptop (supplier declaration)' },
            value: 40,
            unit: 'kgCO2e/unit',
            source: 'Test supplier declaration',
            year: 2026,
          },
        ],
      },
    );
    const [line] = estimate.lines;
    expect(line?.alternative).toBeCloseTo(2000 / 3, 9);
    expect(line?.avoided).toBeCloseTo(1560 - 2000 / 3, 9);
    expect(line?.explanation.alternative.factor.dataKind).toBe('supplier-specific');
    expect(line?.explanation.alternative.factor.origin).toEqual({ kind: 'scenario' });
    expect(line?.explanation.baseline.factor.origin).toEqual({ kind: 'table', tableId: 'test-table', tableVersion: '1' });
    expect(line?.dataKind).toBe('average');
    expect(line?.explanation.reference).toEqual({ kind: 'previous-contract', note: 'Marché 2021' });
  });
});

describe('estimate, several lines', () => {
  const lines = [
    { id: 'meals', quantity: 1000, unit: 'meal' as const, ...meals },
    {
      id: 'laptops',
      quantity: 120,
      unit: 'unit' as const,
      baseline: { factor: 'laptop-new', lifetimeYears: 4 },
      alternative: { factor: 'laptop-new', lifetimeYears: 6 },
    },
    { id: 'more-meals', quantity: 500, unit: 'meal' as const, share: 0.5, ...meals },
  ];

  it('sums per category (in category order) and in total', () => {
    // food: 5780 + 500 × 0.5 × (6.29 − 0.51) = 5780 + 1445 = 7225 ; it: 6240 ; total 13465
    const estimate = estimateOf(lines);
    expect(estimate.categories.map((c) => c.category)).toEqual(['it', 'food']);
    expect(estimate.categories[1]?.avoided).toBeCloseTo(7225, 9);
    expect(estimate.categories[1]?.lineCount).toBe(2);
    expect(estimate.categories[0]?.avoided).toBeCloseTo(6240, 9);
    expect(estimate.totals.avoided).toBeCloseTo(13465, 9);
    // baseline: 6290 + 18720 + 3145 = 28155
    expect(estimate.totals.baseline).toBeCloseTo(28155, 9);
    expect(estimate.table).toEqual({ id: 'test-table', version: '1' });
  });

  it('a line may be filed under another category than its baseline factor', () => {
    const estimate = estimateOf([{ id: 'x', quantity: 10, unit: 'meal', category: 'other', ...meals }]);
    expect(estimate.categories.map((c) => c.category)).toEqual(['other']);
  });
});

describe('estimate, problems', () => {
  it('names the line and path of an unknown factor', () => {
    const scenario = scenarioOf([
      { id: 'ok', quantity: 1, unit: 'meal', ...meals },
      { id: 'bad', quantity: 1, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-unicorn' } },
    ]);
    for (const result of [estimateScenario(scenario, testIndex()), estimateWithTables(scenario, [loadTestTable()])]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]).toMatchObject({ code: 'unknown-factor', path: ['lines', 1, 'alternative', 'factor'] });
        expect(result.problems[0]?.message).toContain('"bad"');
      }
    }
  });

  it('refuses a quantity whose dimension does not match a factor', () => {
    const scenario = scenarioOf([{ id: 'm', quantity: 3, unit: 'kg', ...meals }]);
    const result = estimateScenario(scenario, testIndex());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.code)).toEqual(['unit-mismatch']);
      expect(result.problems[0]?.path).toEqual(['lines', 0, 'unit']);
      expect(result.problems[0]?.message).toBe(
        'Line "m": a quantity in kg (mass) cannot meet baseline factor "meal-beef" in kgCO2e/meal (meal) ' +
          'nor alternative factor "meal-vegetarian" in kgCO2e/meal (meal)',
      );
    }
  });

  it('refuses a scenario factor that reuses a table factor id', () => {
    const scenario = scenarioOf([], {
      customFactors: [{ id: 'meal-beef', category: 'food', label: { fr: 'x', en: 'x' }, value: 1, unit: 'kgCO2e/meal', source: 'x', year: 2025 }],
    });
    const result = estimateWithTables(scenario, [loadTestTable()]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'duplicate-id', path: ['customFactors', 0, 'id'] });
  });

  it('names the versions at hand when the pinned one is missing', () => {
    const scenario = scenarioOf([], { factorTable: { id: 'test-table', version: '9' } });
    const result = estimateWithTables(scenario, [loadTestTable()]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ code: 'unknown-table-version', path: ['factorTable', 'version'] });
      expect(result.problems[0]?.message).toContain('versions at hand: 1');
    }
  });
});

describe('alternative quantity per unit of baseline (r)', () => {
  it('a heat pump using 0.3 kWh of electricity per kWh of gas the boiler burnt', () => {
    // Assumed: boiler efficiency 0.9, seasonal COP 3, so r = 0.9 / 3 = 0.3 (kWh electricity per kWh gas).
    // 100 000 kWh of gas: baseline 100 000 × 0.239 = 23 900; alternative 100 000 × 0.3 × 0.0113 = 339
    // (pellets' factor stands in for electricity in this test table); avoided 23 561.
    const [line] = estimateOf([
      { id: 'hp', quantity: 100000, unit: 'kWh', baseline: { factor: 'gas-pci' }, alternative: { factor: 'pellets-pci', quantityRatio: 0.3 } },
    ]).lines;
    expect(line?.baseline).toBeCloseTo(23900, 9);
    expect(line?.alternative).toBeCloseTo(339, 9);
    expect(line?.avoided).toBeCloseTo(23561, 9);
    expect(line?.explanation.quantityRatio).toBe(0.3);
    expect(line?.explanation.alternative.quantity).toBeCloseTo(30000, 9);
    expect(line?.explanation.baseline.quantity).toBe(100000);
  });

  it('combines with the share and the lifetimes', () => {
    // 1000 × (1 − 0.5) × 6.29 + 1000 × 2 × 0.5 × (4/8) × 0.51 = 3145 + 255 = 3400
    const [line] = estimateOf([
      {
        id: 'x',
        quantity: 1000,
        unit: 'meal',
        share: 0.5,
        baseline: { factor: 'meal-beef', lifetimeYears: 4 },
        alternative: { factor: 'meal-vegetarian', lifetimeYears: 8, quantityRatio: 2 },
      },
    ]).lines;
    expect(line?.alternative).toBeCloseTo(3400, 9);
  });
});
