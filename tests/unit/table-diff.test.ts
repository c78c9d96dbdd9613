// Moving a scenario between table versions, on a small case worked out by hand.
import { describe, expect, it } from 'vitest';
import { avoidedChange, compareVersions, diffTables, parseFactorTable, type Factor, type FactorTable } from '../../src/domain';
import { scenarioOf } from '../helpers';

const factor = (id: string, value: number, unit: string, category: Factor['category'] = 'other'): Factor => ({
  id,
  category,
  label: { fr: id, en: id },
  value,
  unit,
  source: 'test',
  sourceId: id,
  year: 2024,
});

function table(version: string, factors: Factor[]): FactorTable {
  const parsed = parseFactorTable({
    format: 'carbone-evite/factor-table@1',
    id: 'mini',
    version,
    title: { fr: 'mini', en: 'mini' },
    publishedOn: '2026-01-01',
    licence: 'test',
    sources: ['test'],
    factors,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const v1 = table('1', [
  factor('meal-beef', 6.29, 'kgCO2e/meal', 'food'),
  factor('meal-vegetarian', 0.51, 'kgCO2e/meal', 'food'),
  factor('gas', 0.239, 'kgCO2e/kWh', 'heating'),
  factor('elec-2023', 0.058, 'kgCO2e/kWh', 'energy'),
  factor('chair-plastic', 34.4, 'kgCO2e/unit', 'furniture'),
  factor('chair-wood', 18.6, 'kgCO2e/unit', 'furniture'),
]);
const v2 = table('2', [
  factor('meal-beef', 6.0, 'kgCO2e/meal', 'food'),
  factor('meal-vegetarian', 0.51, 'kgCO2e/meal', 'food'),
  factor('gas', 0.239, 'kgCO2e/kWh', 'heating'),
  factor('elec-2024', 0.0519, 'kgCO2e/kWh', 'energy'),
  factor('chair-wood', 18.6, 'kgCO2e/unit', 'furniture'),
  factor('bus', 0.122, 'kgCO2e/pkm', 'travel'),
]);
const replacements = { 'elec-2023': 'elec-2024' };

const scenario = scenarioOf(
  [
    { id: 'meals', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
    { id: 'heat', quantity: 10000, unit: 'kWh', baseline: { factor: 'gas' }, alternative: { factor: 'elec-2023' } },
    { id: 'chairs', quantity: 10, unit: 'unit', baseline: { factor: 'chair-plastic' }, alternative: { factor: 'chair-wood' } },
  ],
  { factorTable: { id: 'mini', version: '1' } },
);

describe('diffTables', () => {
  it('names changed, removed (with the suggested replacement) and added factors', () => {
    const diff = diffTables(v1, v2, replacements);
    expect(diff.changed.map((c) => c.before.id)).toEqual(['meal-beef']);
    // (6.0 − 6.29) / 6.29 = −0.0461049…
    expect(diff.changed[0]?.relativeChange).toBeCloseTo(-0.29 / 6.29, 12);
    expect(diff.removed.map((r) => [r.factor.id, r.suggested?.id])).toEqual([
      ['elec-2023', 'elec-2024'],
      ['chair-plastic', undefined],
    ]);
    expect(diff.added.map((f) => f.id)).toEqual(['elec-2024', 'bus']);
  });
});

describe('compareVersions', () => {
  it('refuses until every removed factor the scenario uses has a replacement', () => {
    const result = compareVersions(scenario, v1, v2, replacements);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.params?.factor)).toEqual(['chair-plastic']);
  });

  it('gives the figures before and after, per line, category and in total', () => {
    const result = compareVersions(scenario, v1, v2, replacements, { 'chair-plastic': 'chair-wood' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const c = result.value;
    // meals: before 6290 − 510 = 5780; after 6000 − 510 = 5490
    // heat:  before 2390 − 580 = 1810; after 2390 − 519 = 1871
    // chairs: before 344 − 186 = 158; after (plastic replaced by wood) 186 − 186 = 0
    const byId = new Map(c.lines.map((l) => [l.id, l]));
    expect(byId.get('meals')?.before.avoided).toBeCloseTo(5780, 9);
    expect(byId.get('meals')?.after.avoided).toBeCloseTo(5490, 9);
    expect(byId.get('heat')?.before.alternative).toBeCloseTo(580, 9);
    expect(byId.get('heat')?.after.alternative).toBeCloseTo(519, 9);
    expect(byId.get('chairs')?.after.avoided).toBeCloseTo(0, 9);
    // totals: before 5780 + 1810 + 158 = 7748; after 5490 + 1871 + 0 = 7361
    expect(c.totals.before.avoided).toBeCloseTo(7748, 9);
    expect(c.totals.after.avoided).toBeCloseTo(7361, 9);
    // baselines: before 6290 + 2390 + 344 = 9024; after 6000 + 2390 + 186 = 8576
    expect(c.totals.before.baseline).toBeCloseTo(9024, 9);
    expect(c.totals.after.baseline).toBeCloseTo(8576, 9);
    const food = c.categories.find((x) => x.category === 'food');
    expect(food?.after.avoided).toBeCloseTo(5490, 9);
    expect(c.changed.map((x) => x.before.id)).toEqual(['meal-beef']);
    expect(c.removed.map((x) => x.factor.id)).toEqual(['elec-2023', 'chair-plastic']);
    // The scenario as it would be stored: pinned to version 2, factors renamed, nothing else touched.
    expect(c.updated.factorTable).toMatchObject({ id: 'mini', version: '2' });
    expect(c.updated.factorTable.checksum).toMatch(/^sha256:/);
    expect(c.updated.lines.map((l) => [l.baseline.factor, l.alternative.factor])).toEqual([
      ['meal-beef', 'meal-vegetarian'],
      ['gas', 'elec-2024'],
      ['chair-wood', 'chair-wood'],
    ]);
    expect(scenario.lines[1]?.alternative.factor).toBe('elec-2023');
  });
});

describe('avoidedChange', () => {
  it('is the avoided figure after minus before, signed', () => {
    const amounts = (avoided: number) => ({ baseline: 100, alternative: 100 - avoided, avoided });
    expect(avoidedChange({ before: amounts(19986.3), after: amounts(19949.4) })).toBeCloseTo(-36.9, 9);
    expect(avoidedChange({ before: amounts(-5), after: amounts(10) })).toBe(15);
  });
});
