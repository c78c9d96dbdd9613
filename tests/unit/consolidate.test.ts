// Several buyers' scenarios put together; different table versions never added up.
import { describe, expect, it } from 'vitest';
import { consolidate, estimateScenario, indexFactors, mergeScenarios, parseScenario, scenarioFingerprint, type Scenario } from '../../src/domain';
import { estimateWithTables, loadTestTable, scenarioOf, testIndex } from '../helpers';

const meals = (quantity: number) => ({
  id: 'm',
  quantity,
  unit: 'meal' as const,
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});
const laptops = {
  id: 'it',
  quantity: 30,
  unit: 'unit' as const,
  baseline: { factor: 'laptop-new', lifetimeYears: 4 },
  alternative: { factor: 'laptop-new', lifetimeYears: 6 },
};

const input = (source: string, scenario: Scenario) => {
  const estimate = estimateScenario(scenario, testIndex(scenario.customFactors));
  if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
  return { source, scenario, estimate: estimate.value };
};

describe('consolidate', () => {
  // Lille 2026: 1000 meals → 5780 ; Lille 2027: 500 meals → 2890 and 30 laptops → 30 × 156 × (1 − 4/6) = 1560 ;
  // Amiens 2026: 200 meals → 1156.
  const a = input('lille-2026.json', scenarioOf([meals(1000)], { organisation: 'Lille', year: 2026 }));
  const b = input('lille-2027.json', scenarioOf([meals(500), laptops], { organisation: 'Lille', year: 2027 }));
  const c = input('amiens.json', scenarioOf([meals(200)], { organisation: 'Amiens', year: 2026 }));

  it('sums by category, organisation and year', () => {
    const [group] = consolidate([a, b, c]);
    expect(group?.sources).toEqual(['lille-2026.json', 'lille-2027.json', 'amiens.json']);
    expect(group?.totals.avoided).toBeCloseTo(5780 + 2890 + 1560 + 1156, 9);
    const byOrg = Object.fromEntries(group!.byOrganisation.map((x) => [x.key, x.amounts.avoided]));
    expect(byOrg.Lille).toBeCloseTo(5780 + 2890 + 1560, 9);
    expect(byOrg.Amiens).toBeCloseTo(1156, 9);
    const byYear = Object.fromEntries(group!.byYear.map((x) => [x.key, x.amounts.avoided]));
    expect(byYear['2026']).toBeCloseTo(5780 + 1156, 9);
    expect(byYear['2027']).toBeCloseTo(2890 + 1560, 9);
    const byCategory = Object.fromEntries(group!.byCategory.map((x) => [x.key, x.amounts.avoided]));
    expect(byCategory.food).toBeCloseTo(5780 + 2890 + 1156, 9);
    expect(byCategory.it).toBeCloseTo(1560, 9);
  });

  it('never adds a yearly flow to a one-off purchase, nor a year to a period: one group per basis', () => {
    const yearly = input('yearly.json', scenarioOf([{ ...meals(1000), flow: 'yearly' }]));
    const oneOff = input('one-off.json', scenarioOf([{ ...laptops, flow: 'one-off' }]));
    const yearly2 = input('yearly-2.json', scenarioOf([{ ...meals(500), flow: 'yearly' }]));
    // Over 3 years: 3 × 200 meals × 5.78 = 3 468 kg.
    const period = input('period.json', scenarioOf([{ ...meals(200), flow: 'yearly' }], { periodYears: 3 }));
    const groups = consolidate([yearly, oneOff, yearly2, period]);
    expect(groups.map((g) => [g.basis, g.periodYears, g.sources])).toEqual([
      ['per-year', null, ['yearly.json', 'yearly-2.json']],
      ['one-off', null, ['one-off.json']],
      ['period', 3, ['period.json']],
    ]);
    // Per year: 1000 × 5.78 + 500 × 5.78 = 8 670 kg; one-off: 1 560 kg; over 3 years: 3 468 kg.
    expect(groups.map((g) => g.totals.avoided)).toEqual([expect.closeTo(8670, 9), expect.closeTo(1560, 9), expect.closeTo(3468, 9)]);
  });

  it('keeps scenarios of another table version apart', () => {
    const table = loadTestTable();
    const other = { ...table, version: '2' };
    const scenario = scenarioOf([meals(100)], { factorTable: { id: 'test-table', version: '2' } });
    const estimate = estimateWithTables(scenario, [table, other]);
    if (!estimate.ok) throw new Error('no estimate');
    const groups = consolidate([a, { source: 'v2.json', scenario, estimate: estimate.value }]);
    expect(groups.map((g) => [g.table.version, g.sources])).toEqual([
      ['1', ['lille-2026.json']],
      ['2', ['v2.json']],
    ]);
  });

  it('merges a group into one scenario whose estimate is the group total', () => {
    const own = scenarioOf([{ ...meals(10), alternative: { factor: 'epd' } }], {
      organisation: 'Douai',
      customFactors: [{ id: 'epd', category: 'food', label: { fr: 'x', en: 'x' }, value: 1, unit: 'kgCO2e/meal', source: 'EPD', year: 2026 }],
    });
    const d = input('douai.json', own);
    const merged = mergeScenarios([a.scenario, b.scenario, own], 'Consolidation');
    expect(merged.lines.map((l) => l.id)).toEqual(['s1-m', 's2-m', 's2-it', 's3-m']);
    expect(merged.lines[0]?.label).toBe('Lille · 2026 · test');
    expect(merged.customFactors.map((f) => f.id)).toEqual(['s3-epd']);
    const estimate = estimateScenario(
      merged,
      (() => {
        const index = indexFactors(loadTestTable(), merged.customFactors);
        if (!index.ok) throw new Error('index');
        return index.value;
      })(),
    );
    if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
    // 5780 + 2890 + 1560 + 10 × (6.29 − 1) = 10230 + 52.9
    expect(estimate.value.totals.avoided).toBeCloseTo(10230 + 52.9, 9);
    expect(estimate.value.totals.avoided).toBeCloseTo(consolidate([a, b, d])[0]!.totals.avoided, 9);
  });

  describe('rule 6: the same scenario is counted once', () => {
    it('the same file loaded twice: counted once, flagged with a rule-6 finding naming the file', () => {
      const [group] = consolidate([a, c, a]);
      expect(group?.sources).toEqual(['lille-2026.json', 'amiens.json']);
      expect(group?.scenarios).toEqual([a.scenario, c.scenario]);
      expect(group?.duplicates).toEqual([{ source: 'lille-2026.json', sameAs: 'lille-2026.json' }]);
      expect(group?.findings.map((f) => [f.rule, f.code, f.severity])).toEqual([[6, 'duplicate-scenario', 'error']]);
      expect(group?.findings[0]?.message.fr).toBe('Le fichier « lille-2026.json » est chargé deux fois : son scénario n’est compté qu’une fois.');
      expect(group?.findings[0]?.message.en).toBe('The file “lille-2026.json” is loaded twice: its scenario is counted once.');
      // 5780 + 1156 = 6936 kg, not 5780 × 2 + 1156
      expect(group?.totals.avoided).toBeCloseTo(6936, 9);
      expect(Object.fromEntries(group!.byOrganisation.map((x) => [x.key, x.amounts.avoided]))).toEqual({
        Lille: expect.closeTo(5780, 9),
        Amiens: expect.closeTo(1156, 9),
      });
    });

    it('two files with the same content, keys in another order: the second is left out, naming both files', () => {
      const json = JSON.stringify(a.scenario);
      const reordered = JSON.parse(json, (_key, value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      );
      // Parsing a file puts keys in the schema's order; the fingerprint must not depend on it either way.
      const parsed = parseScenario(reordered);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(JSON.stringify(reordered)).not.toBe(json);
      expect(scenarioFingerprint(reordered as Scenario)).toBe(scenarioFingerprint(a.scenario));
      expect(scenarioFingerprint(parsed.value)).toBe(scenarioFingerprint(a.scenario));
      const copy = input('copie-lille.json', parsed.value);
      const [group] = consolidate([a, copy, b]);
      expect(group?.sources).toEqual(['lille-2026.json', 'lille-2027.json']);
      expect(group?.duplicates).toEqual([{ source: 'copie-lille.json', sameAs: 'lille-2026.json' }]);
      expect(group?.findings[0]?.message.en).toBe(
        '“copie-lille.json” has the same content as “lille-2026.json”: it is the same scenario, counted once (as “lille-2026.json”).',
      );
      expect(group?.findings[0]?.message.fr).toContain('« copie-lille.json » a le même contenu que « lille-2026.json »');
      // 5780 + 2890 + 1560 = 10230 kg
      expect(group?.totals.avoided).toBeCloseTo(10230, 9);
    });

    it('scenarios that differ in anything (here only the name) are both counted, and no finding', () => {
      const renamed = input('lille-bis.json', { ...a.scenario, name: 'another name' });
      expect(scenarioFingerprint(renamed.scenario)).not.toBe(scenarioFingerprint(a.scenario));
      const [group] = consolidate([a, renamed]);
      expect(group?.sources).toEqual(['lille-2026.json', 'lille-bis.json']);
      expect([group?.duplicates, group?.findings]).toEqual([[], []]);
      // 5780 × 2 = 11560 kg: two buyers may well make the same purchases
      expect(group?.totals.avoided).toBeCloseTo(11560, 9);
    });
  });
});
