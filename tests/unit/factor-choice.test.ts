// The factor picker's rules, in the engine: what each step may offer and the edit a choice makes.
import { describe, expect, it } from 'vitest';
import { newLineBetween, requiredDimension, setLineFactor, suggestedAlternatives, suggestionsFor, type FactorTable } from '../../src/domain';
import { loadTestTable, scenarioOf, testIndex } from '../helpers';

const table: FactorTable = { ...loadTestTable(), pairs: [{ baseline: 'meal-beef', alternative: 'meal-vegetarian' }] };
const own = {
  id: 'meal-supplier',
  category: 'food' as const,
  label: { fr: 'Repas fournisseur', en: 'Supplier meal' },
  value: 0.4,
  unit: 'kgCO2e/meal',
  source: 'EPD 2026',
  year: 2026,
};
const scenario = scenarioOf([{ id: 'm', quantity: 100, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }], {
  customFactors: [own],
});
const factors = testIndex(scenario.customFactors);

describe('choosing factors', () => {
  it('suggests the table’s pairs first, then the scenario’s own factors of the same category', () => {
    expect(suggestedAlternatives('meal-beef', table, scenario, factors)).toEqual(['meal-vegetarian', 'meal-supplier']);
    // Laptops (category it): no pair, no own factor of that category.
    expect(suggestedAlternatives('laptop-new', table, scenario, factors)).toEqual([]);
  });

  it('offers suggestions for alternatives only', () => {
    expect(suggestionsFor({ kind: 'side', lineId: 'm', side: 'alternative' }, table, scenario, factors)).toEqual(['meal-vegetarian', 'meal-supplier']);
    expect(suggestionsFor({ kind: 'side', lineId: 'm', side: 'baseline' }, table, scenario, factors)).toEqual([]);
    expect(suggestionsFor({ kind: 'new-baseline' }, table, scenario, factors)).toEqual([]);
  });

  it('holds an alternative to its line’s kind of quantity, never a baseline', () => {
    expect(requiredDimension({ kind: 'side', lineId: 'm', side: 'alternative' }, scenario, factors)).toBe('meal');
    expect(requiredDimension({ kind: 'new-alternative', baselineId: 'gas-pci' }, scenario, factors)).toBe('energy');
    expect(requiredDimension({ kind: 'side', lineId: 'm', side: 'baseline' }, scenario, factors)).toBeUndefined();
  });

  it('a new baseline of another kind of quantity brings its unit; of the same kind, the unit stays', () => {
    const line = scenario.lines[0]!;
    expect(setLineFactor(line, 'baseline', factors.byId.get('beef-kg')!)).toEqual({
      kind: 'update-line',
      lineId: 'm',
      patch: { baseline: { factor: 'beef-kg' }, unit: 'kg' },
    });
    expect(setLineFactor(line, 'baseline', factors.byId.get('meal-supplier')!)).toEqual({
      kind: 'update-line',
      lineId: 'm',
      patch: { baseline: { factor: 'meal-supplier' } },
    });
    expect(setLineFactor(line, 'alternative', factors.byId.get('meal-supplier')!)).toEqual({
      kind: 'update-line',
      lineId: 'm',
      patch: { alternative: { factor: 'meal-supplier' } },
    });
  });

  it('a new line is in its baseline’s unit, with no quantity yet, named after its two factors in the person’s language', () => {
    const gas = factors.byId.get('gas-pci')!;
    const pellets = factors.byId.get('pellets-pci')!;
    // The fixture's labels: gas-pci "Gaz naturel (kWh PCI)" / "Natural gas (kWh NCV)", pellets-pci "Granulés de bois (kWh PCI)" / "Wood pellets (kWh NCV)".
    expect(newLineBetween('l-1', gas, pellets, 'fr')).toEqual({
      id: 'l-1',
      label: 'Gaz naturel (kWh PCI) → Granulés de bois (kWh PCI)',
      quantity: 0,
      unit: 'kWh',
      baseline: { factor: 'gas-pci' },
      alternative: { factor: 'pellets-pci' },
    });
    expect(newLineBetween('l-1', gas, pellets, 'en').label).toBe('Natural gas (kWh NCV) → Wood pellets (kWh NCV)');
  });
});
