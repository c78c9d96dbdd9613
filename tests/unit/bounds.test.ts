// Numbers a file may hold stay numbers through the arithmetic and through JSON: past the bounds the schema
// refuses them and says the bound, and a line whose figure still overflows is said, never summed as Infinity.
import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY, parseScenario } from '../../src/domain';
import { describeProblem } from '../../src/i18n/problem-words';
import { estimateWithTables, loadTestTable, scenarioOf } from '../helpers';

const meals = (over: Record<string, unknown> = {}) => ({
  id: 'm',
  quantity: 1000,
  unit: 'meal' as const,
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
  ...over,
});

describe('bounds', () => {
  it('refuses a quantity of 1e308, saying the bound in words, where it used to give Infinity, then null in a backup', () => {
    const parsed = parseScenario({ ...scenarioOf([meals()]), lines: [meals({ quantity: 1e308 })] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // 1e12 in French groups of three with narrow no-break spaces.
    expect(describeProblem(parsed.problems[0]!, 'fr').text).toBe('Ligne 1, quantité : doit être au plus 1\u202f000\u202f000\u202f000\u202f000');
    expect(describeProblem(parsed.problems[0]!, 'en').text).toBe('Line 1, quantity: must be at most 1,000,000,000,000');
  });

  it('keeps the largest accepted scenario finite: the bound itself estimates, and survives JSON', () => {
    const scenario = scenarioOf([meals({ quantity: MAX_QUANTITY })]);
    expect(parseScenario(JSON.parse(JSON.stringify(scenario))).ok).toBe(true);
    const estimate = estimateWithTables(scenario, [loadTestTable()]);
    if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
    expect(Number.isFinite(estimate.value.totals.baseline)).toBe(true);
    expect(JSON.parse(JSON.stringify(estimate.value.totals)).baseline).toBe(estimate.value.totals.baseline);
  });

  it('says a line whose figure overflows (a lifetime of 1e-300 years: 1e12 × 10 / 1e-300 × 0.51 > 1e308), rather than add Infinity to the totals', () => {
    const scenario = scenarioOf([
      meals({
        quantity: MAX_QUANTITY,
        baseline: { factor: 'meal-beef', lifetimeYears: 10 },
        alternative: { factor: 'meal-vegetarian', lifetimeYears: 1e-300 },
      }),
    ]);
    const estimate = estimateWithTables(scenario, [loadTestTable()]);
    expect(estimate.ok).toBe(false);
    if (estimate.ok) return;
    expect(estimate.problems[0]).toMatchObject({ code: 'out-of-range', path: ['lines', 0] });
    expect(describeProblem(estimate.problems[0]!, 'fr').text).toMatch(/^Ligne 1 : ses nombres donnent un chiffre trop grand/);
  });
});
