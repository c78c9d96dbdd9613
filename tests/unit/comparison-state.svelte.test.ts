// Comparison without its screen: stored scenarios read live, evaluated by the one path, and each one's
// difference from the first, per total and per category.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { createScenario, saveEdits } from '../../src/data/storage/scenario-store';
import { ComparisonState } from '../../src/ui/comparison/comparison.svelte';
import { loadTestTable, scenarioOf } from '../helpers';
import { render, settle } from './state-helpers.svelte';

let db: CarboneEviteDb | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.delete();
});

const summarise = () => ({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 0 });
const meals = (quantity: number) => ({
  id: 'm',
  quantity,
  unit: 'meal' as const,
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});
const heating = { id: 'h', quantity: 1000, unit: 'kWh' as const, baseline: { factor: 'gas-pci' }, alternative: { factor: 'pellets-pci' } };
const round = (kg: number | null) => (kg === null ? null : Math.round(kg * 1000) / 1000);

describe('ComparisonState', () => {
  it('puts scenarios side by side with each one’s difference from the first, leaving out one not found', async () => {
    db = await openDatabase(`comparison-state-${Date.now()}`);
    // A: 100 meals, 100 × 6.29 = 629 → 100 × 0.51 = 51, 578 avoided.
    // B: 200 meals, 1258 → 102 (1156 avoided), and 1000 kWh of gas 239 → pellets 11.3 (227.7 avoided).
    const a = await createScenario(db, { ...scenarioOf([meals(100)]), name: 'A' }, summarise);
    const b = await createScenario(db, { ...scenarioOf([meals(200), heating]), name: 'B' }, summarise);
    const comparison = new ComparisonState({ tables: [loadTestTable()] }, db, [a.id, 'deleted-since', b.id]);
    stop = render(() => comparison.columns);
    expect(comparison.loading).toBe(true);
    await settle(() => expect(comparison.loading).toBe(false));

    expect(comparison.columns.map((c) => c.record.scenario.name)).toEqual(['A', 'B']);
    expect(comparison.versions).toEqual(['test-table 1']);
    expect(comparison.totals.map((r) => [r.key, r.cells.map((c) => [round(c.kg), round(c.differenceKg)])])).toEqual([
      [
        'baseline',
        [
          [629, null],
          [1497, 868],
        ],
      ],
      [
        'alternative',
        [
          [51, null],
          [113.3, 62.3],
        ],
      ],
      [
        'avoided',
        [
          [578, null],
          [1383.7, 805.7],
        ],
      ],
    ]);
    // In the usual order of categories: heating before food. A has no heating line: 0.
    expect(comparison.byCategory.map((r) => [r.key, r.cells.map((c) => [round(c.kg), round(c.differenceKg)])])).toEqual([
      [
        'heating',
        [
          [0, null],
          [227.7, 227.7],
        ],
      ],
      [
        'food',
        [
          [578, null],
          [1156, 578],
        ],
      ],
    ]);
    expect(comparison.reductions.map((r) => round(r))).toEqual([round(578 / 629), round(1383.7 / 1497)]);
    expect(comparison.chartSeries.map((s) => [s.name, s.avoidedKg.map(round)])).toEqual([
      ['A', [0, 578]],
      ['B', [227.7, 1156]],
    ]);

    // Another tab renames A: the comparison follows.
    await saveEdits(db, a.id, [{ kind: 'rename', name: 'A bis' }], summarise);
    await settle(() => expect(comparison.columns[0]?.record.scenario.name).toBe('A bis'));
  });
});
