// The one evaluation path: pinned table, the scenario's own factors, estimate, costs and, when asked,
// intervals when asked — strict for files and exports, partial for an editor. Figures by hand from the test table.
import { describe, expect, it } from 'vitest';
import { evaluateScenario, evaluateWithIntervals } from '../../src/domain';
import { loadTestTable, scenarioOf } from '../helpers';

const tables = [loadTestTable()];
const meals = { baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } };

describe('evaluateScenario', () => {
  // 1000 meals × (6.29 − 0.51) = 5780 kg avoided; 1000 × 6.29 = 6290 kg baseline.
  const scenario = scenarioOf([
    {
      id: 'm',
      quantity: 1000,
      unit: 'meal',
      ...meals,
      // 1000 × 3.20 € vs 1000 × 2.90 €: 300 € saved for 5.78 t, −51.90 €/t.
      costs: { baseline: { purchase: 3.2 }, alternative: { purchase: 2.9 } },
    },
  ]);

  it('gives the estimate, the pinned table and the costs from one call', () => {
    const result = evaluateScenario(scenario, tables);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { estimate, table, costs, problems } = result.value;
    expect(table.id).toBe('test-table');
    expect(estimate.totals.baseline).toBeCloseTo(6290, 9);
    expect(estimate.totals.avoided).toBeCloseTo(5780, 9);
    expect(costs.extraCost).toBeCloseTo(-300, 9);
    expect(costs.lines[0]?.costs.costPerTonne).toBeCloseTo(-300 / 5.78, 9);
    expect(problems).toEqual([]);
    expect('intervals' in result.value).toBe(false);
  });

  it('draws the intervals when asked, the same with the same seed', () => {
    const a = evaluateWithIntervals(scenario, tables, { draws: 2000, seed: 7 });
    const b = evaluateWithIntervals(scenario, tables, { draws: 2000, seed: 7 });
    if (!a.ok || !b.ok) throw new Error('does not evaluate');
    const interval = a.value.intervals?.totals.avoided;
    expect(interval?.p2_5).toBeLessThan(5780);
    expect(interval?.p97_5).toBeGreaterThan(5780);
    expect(b.value.intervals?.totals.avoided).toEqual(interval);
  });

  it('fails on a line problem unless partial, then estimates the other lines and lists the problem', () => {
    const broken = scenarioOf([
      { id: 'm', quantity: 1000, unit: 'meal', ...meals },
      { id: 'x', quantity: 1, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-unicorn' } },
    ]);
    const strict = evaluateScenario(broken, tables);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.problems.map((p) => p.path)).toEqual([['lines', 1, 'alternative', 'factor']]);

    const partial = evaluateScenario(broken, tables, { partial: true });
    if (!partial.ok) throw new Error('partial evaluation failed');
    expect(partial.value.estimate.lines.map((l) => l.id)).toEqual(['m']);
    expect(partial.value.estimate.totals.avoided).toBeCloseTo(5780, 9);
    expect(partial.value.problems.map((p) => p.code)).toEqual(['unknown-factor']);
  });

  it('says which table is missing, even when partial', () => {
    const elsewhere = scenarioOf([], { factorTable: { id: 'other-table', version: '1' } });
    const result = evaluateScenario(elsewhere, tables, { partial: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'unknown-table', path: ['factorTable', 'id'] });
  });
});
