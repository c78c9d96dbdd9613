// The method rules the engine checks (README, "The ten rules"): for each check, a hand-made scenario that
// triggers it and one that does not, on small hand-made tables; then rules 10 and 3 on the bundled 2025.2
// table, and every shipped template re-evaluated against it. Figures are worked out by hand in comments.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { parseShippedTemplate } from '../../src/data/formats/template-file';
import { estimateScenario, indexFactors, parseFactorTable, type Estimate, type Factor, type FactorTable, type ScenarioInput } from '../../src/domain';
import { scenarioFromTemplate } from '../../src/domain/template';
import { estimateWithTables, scenarioOf } from '../helpers';

type LineInput = ScenarioInput['lines'][number];
type PairInput = NonNullable<FactorTable['pairs']>[number];

/** A factor with what every test factor shares: the same source and year unless a test says otherwise. */
const factor = (id: string, value: number, unit: string, extra: Partial<Factor> = {}): Factor => ({
  id,
  category: 'other',
  label: { fr: id, en: id },
  value,
  unit,
  source: 'Source A',
  sourceId: id,
  year: 2020,
  ...extra,
});

function tableOf(factors: Factor[], pairs: PairInput[] = []): FactorTable {
  const parsed = parseFactorTable({
    format: 'carbone-evite/factor-table@1',
    id: 'rules',
    version: '1',
    title: { fr: 'Règles', en: 'Rules' },
    publishedOn: '2026-12-01',
    licence: 'test',
    sources: ['test'],
    factors,
    pairs,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function estimate(table: FactorTable, lines: LineInput[], extra: Partial<ScenarioInput> = {}): Estimate {
  const scenario = scenarioOf(lines, { factorTable: { id: table.id, version: table.version }, ...extra });
  const index = indexFactors(table, scenario.customFactors);
  if (!index.ok) throw new Error(JSON.stringify(index.problems));
  const result = estimateScenario(scenario, index.value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** A line with a stated baseline reason, so that rule 2's reason check stays out of the others' tests. */
const line = (id: string, quantity: number, unit: string, baseline: string, alternative: string, extra: Partial<LineInput> = {}): LineInput =>
  ({
    id,
    quantity,
    unit,
    baseline: { factor: baseline, reference: { kind: 'previous-contract' } },
    alternative: { factor: alternative },
    ...extra,
  }) as LineInput;

const codesOf = (e: Estimate, lineId: string) =>
  (e.lines.find((l) => l.id === lineId)?.findings ?? []).map((f) => [f.rule, f.code, f.severity] as [number, string, string]);

const electricity = tableOf([
  factor('grid', 0.05, 'kgCO2e/kWh', { category: 'energy', supply: 'grid-mix', function: 'electricity' }),
  factor('grid-heating', 0.0645, 'kgCO2e/kWh', { category: 'energy', supply: 'grid-mix', function: 'electricity' }),
  factor('wind', 0.0141, 'kgCO2e/kWh', { category: 'energy', supply: 'production-technology', function: 'electricity' }),
]);

describe('rule 10: a production technology in place of the grid mix', () => {
  it('is an error: the line is explained, left out of the totals and reported apart', () => {
    const e = estimate(electricity, [line('contract', 1000, 'kWh', 'grid', 'wind')]);
    expect(codesOf(e, 'contract')).toEqual([[10, 'green-electricity-contract', 'error']]);
    const contract = e.lines[0]!;
    expect(contract.counted).toBe(false);
    expect(contract.totalsMultiplier).toBe(0);
    // 1000 × (0.05 − 0.0141) = 35.9 kg, shown on the line, not in the totals
    expect(contract.avoided).toBeCloseTo(35.9, 9);
    expect(e.totals).toEqual({ baseline: 0, alternative: 0, avoided: 0 });
    expect(e.excluded.avoided).toBeCloseTo(35.9, 9);
    expect(contract.findings[0]?.message.fr).toContain('(wind)');
    expect(contract.findings[0]?.message.en).toContain('green-electricity contract');
  });

  it('is no finding between two grid mixes, nor from a production technology back to the grid', () => {
    const e = estimate(electricity, [line('use', 1000, 'kWh', 'grid', 'grid-heating'), line('back', 1000, 'kWh', 'wind', 'grid')]);
    expect(codesOf(e, 'use')).toEqual([]);
    expect(codesOf(e, 'back')).toEqual([]);
    // 1000 × (0.05 − 0.0645) + 1000 × (0.0141 − 0.05) = −14.5 − 35.9 = −50.4 kg, both counted
    expect(e.totals.avoided).toBeCloseTo(-50.4, 9);
  });
});

describe('rule 10, recycled fibre: the pair’s own finding', () => {
  const noGain = {
    rule: 10,
    severity: 'info' as const,
    code: 'recycled-fibre-no-gain',
    message: { fr: 'Aucun gain avec ces facteurs.', en: 'No gain with these factors.' },
  };
  const fibre = tableOf(
    [factor('pulp-virgin', 297, 'kgCO2e/t', { function: 'pulp' }), factor('pulp-recycled', 317, 'kgCO2e/t', { function: 'pulp' })],
    [{ baseline: 'pulp-virgin', alternative: 'pulp-recycled', finding: noGain }],
  );

  it('comes with every line that uses the pair, and does not keep it out of the totals', () => {
    const e = estimate(fibre, [line('paper', 2, 't', 'pulp-virgin', 'pulp-recycled')]);
    expect(codesOf(e, 'paper')).toEqual([[10, 'recycled-fibre-no-gain', 'info']]);
    expect(e.lines[0]?.findings[0]?.message).toEqual(noGain.message);
    // 2 × (297 − 317) = −40 kg: counted, an increase
    expect(e.totals.avoided).toBeCloseTo(-40, 9);
  });

  it('does not come with a pair the table does not list', () => {
    const e = estimate(fibre, [line('back', 2, 't', 'pulp-recycled', 'pulp-virgin')]);
    expect(codesOf(e, 'back')).toEqual([]);
  });
});

describe('rule 8: monetary ratios on both sides', () => {
  const spend = tableOf([
    factor('spend-it', 216, 'kgCO2e/kEUR', { function: 'spend' }),
    factor('spend-repair', 158, 'kgCO2e/kEUR', { function: 'spend' }),
    factor('laptop', 156, 'kgCO2e/unit', { function: 'laptop' }),
  ]);

  it('is an error, and the line is left out of the totals', () => {
    const e = estimate(spend, [line('it', 50, 'kEUR', 'spend-it', 'spend-repair'), line('laptops', 10, 'unit', 'laptop', 'laptop', { share: 0.5 })]);
    expect(codesOf(e, 'it')).toEqual([[8, 'spend-based-comparison', 'error']]);
    // The ratios: 50 × (216 − 158) = 2 900 kg, excluded. Laptops: 10 × 156 × 0.5 × (1 − 1) = 0, the only counted line.
    expect(e.excluded.avoided).toBeCloseTo(2900, 9);
    expect(e.totals.avoided).toBe(0);
  });

  it('is no finding with a monetary ratio on one side only (a custom per-k€ factor is spend-based too)', () => {
    const e = estimate(spend, [line('laptops', 10, 'unit', 'laptop', 'laptop')]);
    expect(codesOf(e, 'laptops')).toEqual([]);
  });
});

describe('rule 8: a line started from published contracts needs activity data', () => {
  const spend = tableOf([
    factor('spend-it', 216, 'kgCO2e/kEUR', { function: 'spend' }),
    factor('laptop', 156, 'kgCO2e/unit', { function: 'laptop' }),
    factor('laptop-refurbished', 40, 'kgCO2e/unit', { function: 'laptop' }),
  ]);
  const fromContracts = { cpv: '30213100', contracts: 1, amountEur: 50_000, ids: [{ buyer: '21590163800019', id: '2024-001' }] };

  it('is an error while a factor is per money unit, said instead of spend-based-comparison, and the line is left out', () => {
    const e = estimate(spend, [line('bought', 50_000, 'EUR', 'spend-it', 'spend-it', { share: 0, fromContracts })]);
    expect(codesOf(e, 'bought')).toEqual([[8, 'activity-data-needed', 'error']]);
    // 50 k€ × 216 = 10,800 kg at stake, excluded; share 0, so nothing avoided.
    expect(e.excluded.baseline).toBeCloseTo(10_800, 9);
    expect(e.excluded.avoided).toBe(0);
    expect(e.totals).toEqual({ baseline: 0, alternative: 0, avoided: 0 });
  });

  it('is no finding once both sides rest on activity data: the line counts', () => {
    const e = estimate(spend, [line('stated', 40, 'unit', 'laptop', 'laptop-refurbished', { fromContracts })]);
    expect(codesOf(e, 'stated')).toEqual([]);
    // 40 × (156 − 40) = 4,640 kg.
    expect(e.totals.avoided).toBeCloseTo(4_640, 9);
  });
});

describe('rule 2: the reference scenario', () => {
  const meals = tableOf(
    [
      factor('meal-beef', 6.29, 'kgCO2e/meal', {
        category: 'food',
        function: 'meal-served',
        worstCase: { fr: 'le repas le plus carboné.', en: 'the highest-carbon meal.' },
      }),
      factor('meal-average', 2.04, 'kgCO2e/meal', { category: 'food', function: 'meal-served' }),
      factor('meal-vegetarian', 0.51, 'kgCO2e/meal', { category: 'food', function: 'meal-served' }),
    ],
    [
      { baseline: 'meal-beef', alternative: 'meal-vegetarian' },
      { baseline: 'meal-average', alternative: 'meal-vegetarian' },
    ],
  );

  it('no reason given for the baseline: information', () => {
    const e = estimate(meals, [{ id: 'bare', quantity: 100, unit: 'meal', baseline: { factor: 'meal-average' }, alternative: { factor: 'meal-vegetarian' } }]);
    expect(codesOf(e, 'bare')).toEqual([[2, 'baseline-reason-missing', 'info']]);
    // Information only: 100 × (2.04 − 0.51) = 153 kg counted
    expect(e.totals.avoided).toBeCloseTo(153, 9);
  });

  it('a reason given: no finding', () => {
    const e = estimate(meals, [line('stated', 100, 'meal', 'meal-average', 'meal-vegetarian')]);
    expect(codesOf(e, 'stated')).toEqual([]);
  });

  it('a baseline the table holds to be a worst case: a warning giving the table’s reason, still counted', () => {
    const e = estimate(meals, [line('beef', 100, 'meal', 'meal-beef', 'meal-vegetarian')]);
    expect(codesOf(e, 'beef')).toEqual([[2, 'worst-case-baseline', 'warning']]);
    expect(e.lines[0]?.findings[0]?.message.en).toContain('the highest-carbon meal.');
    expect(e.lines[0]?.findings[0]?.message.fr).toContain('le repas le plus carboné.');
    // 100 × (6.29 − 0.51) = 578 kg
    expect(e.totals.avoided).toBeCloseTo(578, 9);
  });

  it('the worst case as an alternative, or only as a baseline variant, is no finding', () => {
    const e = estimate(meals, [
      line('more-beef', 100, 'meal', 'meal-vegetarian', 'meal-beef'),
      line('variant', 100, 'meal', 'meal-average', 'meal-vegetarian', { baselineVariants: [{ factor: 'meal-beef' }] }),
    ]);
    expect(codesOf(e, 'more-beef')).toEqual([]);
    expect(codesOf(e, 'variant')).toEqual([]);
  });
});

describe('rule 3: the same function on both sides', () => {
  const goods = tableOf(
    [
      factor('chair-plastic', 34.4, 'kgCO2e/unit', { category: 'furniture', function: 'seating' }),
      factor('chair-wood', 18.6, 'kgCO2e/unit', { category: 'furniture', function: 'seating' }),
      factor('table', 60.1, 'kgCO2e/unit', { category: 'furniture', function: 'table' }),
      factor('smartphone', 32.8, 'kgCO2e/unit', { category: 'it', function: 'smartphone' }),
      factor('gas', 0.239, 'kgCO2e/kWh', { category: 'heating', function: 'heat-from-fuel' }),
      factor('grid-heating', 0.0645, 'kgCO2e/kWh', { category: 'energy', supply: 'grid-mix', function: 'electricity' }),
      factor('unmarked', 20, 'kgCO2e/unit', { category: 'furniture' }),
    ],
    [{ baseline: 'gas', alternative: 'grid-heating' }],
  );

  it('two categories: a warning naming both factors', () => {
    const e = estimate(goods, [line('odd', 10, 'unit', 'chair-plastic', 'smartphone')]);
    expect(codesOf(e, 'odd')).toEqual([[3, 'different-function', 'warning']]);
    expect(e.lines[0]?.findings[0]?.message.en).toMatch(/chair-plastic.*smartphone.*different categories/);
  });

  it('one category, two functions the table does not pair: a warning', () => {
    const e = estimate(goods, [line('chair-to-table', 10, 'unit', 'chair-plastic', 'table')]);
    expect(codesOf(e, 'chair-to-table')).toEqual([[3, 'different-function', 'warning']]);
    expect(e.lines[0]?.findings[0]?.message.en).toContain('the table does not pair them');
  });

  it('the same function, the same factor, a factor without a function, or a pair the table lists: no finding', () => {
    const e = estimate(goods, [
      line('chairs', 10, 'unit', 'chair-plastic', 'chair-wood'),
      line('reuse', 10, 'unit', 'table', 'table'),
      line('unmarked', 10, 'unit', 'chair-plastic', 'unmarked'),
      // A heat pump: the table lists the pair across categories; r = 0.3 kWh of electricity per kWh of gas
      line('heat-pump', 1000, 'kWh', 'gas', 'grid-heating', { alternative: { factor: 'grid-heating', quantityRatio: 0.3 } }),
    ]);
    for (const id of ['chairs', 'reuse', 'unmarked', 'heat-pump']) expect(codesOf(e, id), id).toEqual([]);
    // 10 × (34.4 − 18.6) + 0 + 10 × (34.4 − 20) + 1000 × (0.239 − 0.3 × 0.0645) = 158 + 144 + 219.65 = 521.65 kg
    expect(e.totals.avoided).toBeCloseTo(521.65, 9);
  });
});

describe('rule 4: the same origin and basis on both sides', () => {
  const origins = tableOf([
    factor('plane', 0.225, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', source: 'Source A', year: 2023 }),
    factor('train', 0.00293, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', source: 'Source B', year: 2022 }),
    factor('coach', 0.0376, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', source: 'Source A', year: 2023 }),
    factor('bus', 0.122, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', source: 'Source A', year: 2025 }),
    factor('meal-2014', 6.29, 'kgCO2e/meal', { category: 'food', function: 'meal-served', year: 2014, series: 'meals' }),
    factor('meal-2018', 0.51, 'kgCO2e/meal', { category: 'food', function: 'meal-served', year: 2018, series: 'meals' }),
    factor('gas-pcs', 0.215, 'kgCO2e/kWh', { category: 'heating', function: 'heat-from-fuel', basis: { calorificValue: 'gross' } }),
    factor('gas-pci', 0.239, 'kgCO2e/kWh', { category: 'heating', function: 'heat-from-fuel', basis: { calorificValue: 'net' } }),
    factor('pellets-pci', 0.0113, 'kgCO2e/kWh', { category: 'heating', function: 'heat-from-fuel', basis: { calorificValue: 'net' } }),
    factor('spend-2022', 238, 'kgCO2e/kEUR', { function: 'spend', basis: { euroYear: 2022 } }),
    factor('spend-2023', 75, 'kgCO2e/kEUR', { function: 'spend', basis: { euroYear: 2023 } }),
    factor('plane-contrails', 0.225, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', basis: { contrails: true } }),
    factor('plane-no-contrails', 0.124, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', basis: { contrails: false } }),
    factor('plane-long', 0.185, 'kgCO2e/pkm', { category: 'travel', function: 'passenger-transport', basis: { contrails: true } }),
  ]);

  it('different sources and years: a warning naming both factors, sources and years', () => {
    const e = estimate(origins, [line('trip', 1000, 'pkm', 'plane', 'train'), line('newer', 1000, 'pkm', 'coach', 'bus')]);
    expect(codesOf(e, 'trip')).toEqual([[4, 'different-source', 'warning']]);
    expect(e.lines[0]?.findings[0]?.message.en).toContain('plane (plane) — Source A, 2023 / train (train) — Source B, 2022');
    // Same source, another data year is a different study edition too
    expect(codesOf(e, 'newer')).toEqual([[4, 'different-source', 'warning']]);
  });

  it('the same source and year, or one series across its data years: no finding', () => {
    const e = estimate(origins, [line('same', 1000, 'pkm', 'plane', 'coach'), line('series', 100, 'meal', 'meal-2014', 'meal-2018')]);
    expect(codesOf(e, 'same')).toEqual([]);
    expect(codesOf(e, 'series')).toEqual([]);
  });

  it('net against gross calorific value: a warning; net against net: none', () => {
    const e = estimate(origins, [line('pcs', 1000, 'kWh', 'gas-pcs', 'pellets-pci'), line('pci', 1000, 'kWh', 'gas-pci', 'pellets-pci')]);
    expect(codesOf(e, 'pcs')).toEqual([[4, 'different-basis', 'warning']]);
    expect(e.lines[0]?.findings[0]?.message.en).toContain('net (PCI)');
    expect(codesOf(e, 'pci')).toEqual([]);
  });

  it('euros of two years: a warning beside rule 8’s error (a ratio per k€ is always spend-based)', () => {
    const e = estimate(origins, [line('euros', 10, 'kEUR', 'spend-2022', 'spend-2023')]);
    expect(codesOf(e, 'euros')).toEqual([
      [8, 'spend-based-comparison', 'error'],
      [4, 'different-basis', 'warning'],
    ]);
    expect(e.lines[0]?.findings[1]?.message.fr).toContain('euros 2022 contre euros 2023');
  });

  it('with against without contrails: a warning; both with: none', () => {
    const e = estimate(origins, [
      line('contrails', 1000, 'pkm', 'plane-contrails', 'plane-no-contrails'),
      line('both', 1000, 'pkm', 'plane-long', 'plane-contrails'),
    ]);
    expect(codesOf(e, 'contrails')).toEqual([[4, 'different-basis', 'warning']]);
    expect(e.lines[0]?.findings[0]?.message.en).toContain('contrails');
    expect(codesOf(e, 'both')).toEqual([]);
  });
});

describe('one-off purchases and yearly flows', () => {
  const flows = tableOf([
    factor('chair-plastic', 34.4, 'kgCO2e/unit', { function: 'seating' }),
    factor('chair-wood', 18.6, 'kgCO2e/unit', { function: 'seating' }),
    factor('meal-average', 2.04, 'kgCO2e/meal', { function: 'meal-served' }),
    factor('meal-vegetarian', 0.51, 'kgCO2e/meal', { function: 'meal-served' }),
  ]);
  // Chairs, one-off: 100 × (34.4 − 18.6) = 1 580 kg. Meals, per year: 1000 × (2.04 − 0.51) = 1 530 kg.
  const chairs = line('chairs', 100, 'unit', 'chair-plastic', 'chair-wood', { flow: 'one-off' });
  const meals = line('meals', 1000, 'meal', 'meal-average', 'meal-vegetarian', { flow: 'yearly' });

  it('mixed without a period: the yearly line is an error, not counted, held in flows.yearly, and the scenario says why', () => {
    const e = estimate(flows, [chairs, meals]);
    expect(e.findings.map((f) => [f.rule, f.code, f.severity])).toEqual([[3, 'yearly-flow-without-period', 'error']]);
    expect(codesOf(e, 'meals')).toEqual([[3, 'yearly-flow-without-period', 'error']]);
    expect(codesOf(e, 'chairs')).toEqual([]);
    expect(e.lines.map((l) => [l.id, l.counted, l.totalsMultiplier])).toEqual([
      ['chairs', true, 1],
      ['meals', false, 0],
    ]);
    expect(e.totals.avoided).toBeCloseTo(1580, 9);
    expect(e.flows.oneOff.avoided).toBeCloseTo(1580, 9);
    expect(e.flows.yearly.avoided).toBeCloseTo(1530, 9);
    expect(e.excluded.avoided).toBeCloseTo(1530, 9);
    expect(e.basis).toBe('one-off');
  });

  it('with a period: totals = one-off + P × yearly, and no finding', () => {
    const e = estimate(flows, [chairs, meals], { periodYears: 4 });
    expect(e.findings).toEqual([]);
    expect(e.lines.map((l) => [l.id, l.counted, l.totalsMultiplier])).toEqual([
      ['chairs', true, 1],
      ['meals', true, 4],
    ]);
    // 1 580 + 4 × 1 530 = 7 700 kg; baseline 100 × 34.4 + 4 × 1000 × 2.04 = 3 440 + 8 160 = 11 600 kg
    expect(e.totals.avoided).toBeCloseTo(7700, 9);
    expect(e.totals.baseline).toBeCloseTo(11600, 9);
    expect(e.basis).toBe('period');
    expect(e.periodYears).toBe(4);
  });

  it('yearly flows only, without a period: per year, no finding', () => {
    const e = estimate(flows, [meals]);
    expect(e.findings).toEqual([]);
    expect(e.basis).toBe('per-year');
    expect(e.totals.avoided).toBeCloseTo(1530, 9);
  });

  it('some lines state their flow and others do not: a warning; none stating it (older files): no finding', () => {
    const unstated = line('unstated', 10, 'unit', 'chair-plastic', 'chair-wood');
    const mixed = estimate(flows, [chairs, unstated]);
    expect(mixed.findings.map((f) => [f.rule, f.code, f.severity])).toEqual([[3, 'flow-unstated', 'warning']]);
    expect(mixed.findings[0]?.message.en).toMatch(/^1 line\(s\)/);
    // Both counted: 1 580 + 10 × 15.8 = 1 738 kg
    expect(mixed.totals.avoided).toBeCloseTo(1738, 9);
    const older = estimate(flows, [unstated]);
    expect(older.findings).toEqual([]);
    expect(older.basis).toBe('as-stated');
  });
});

describe('on the bundled table ademe-selection 2025.2', () => {
  const bundled = readBundledTables();
  if (!bundled.ok) throw new Error(JSON.stringify(bundled.problems));
  const tables = bundled.value;
  const on2025 = (lines: LineInput[]) => {
    const result = estimateWithTables(scenarioOf(lines, { factorTable: { id: 'ademe-selection', version: '2025.2' } }), tables);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };

  it('rule 10: the grid mix replaced by onshore wind is an error; grid against grid is not', () => {
    const e = on2025([
      line('wind', 1000, 'kWh', 'electricity-grid-2024', 'electricity-onshore-wind'),
      line('grid', 1000, 'kWh', 'electricity-grid-2024', 'electricity-grid-2024'),
    ]);
    // The wind factor also comes from another study (ADEME, 2015 data): rule 4 says so beside the error.
    expect(codesOf(e, 'wind')).toEqual([
      [10, 'green-electricity-contract', 'error'],
      [4, 'different-source', 'warning'],
    ]);
    expect(codesOf(e, 'grid')).toEqual([]);
    // Wind: 1000 × (0.0519 − 0.0141) = 37.8 kg, excluded; grid: 1000 × (0.0519 − 0.0519) = 0, counted
    expect(e.excluded.avoided).toBeCloseTo(37.8, 9);
    expect(e.totals.avoided).toBe(0);
  });

  it('rule 10: every production technology in place of any grid mix is an error', () => {
    const table = tables.find((t) => t.version === '2025.2')!;
    const grid = table.factors.filter((f) => f.supply === 'grid-mix').map((f) => f.id);
    const production = table.factors.filter((f) => f.supply === 'production-technology').map((f) => f.id);
    expect([grid.length, production.length]).toEqual([7, 5]);
    const e = on2025(grid.flatMap((b) => production.map((a) => line(`${b}>${a}`, 1, 'kWh', b, a))));
    for (const l of e.lines) expect(l.counted, l.id).toBe(false);
  });

  it('rule 10: recycled pulp and cardboard carry the information that these factors show no gain', () => {
    const e = on2025([line('pulp', 2, 't', 'pulp-virgin-t', 'pulp-recycled-t'), line('board', 1, 't', 'cardboard-virgin-t', 'cardboard-recycled-t')]);
    expect(codesOf(e, 'pulp')).toEqual([[10, 'recycled-fibre-no-gain', 'info']]);
    expect(codesOf(e, 'board')).toEqual([[10, 'recycled-fibre-no-gain', 'info']]);
    // 2 × (297 − 317) + 1 × (390 − 670) = −40 − 280 = −320 kg, counted
    expect(e.totals.avoided).toBeCloseTo(-320, 9);
  });

  it('rule 3: a wardrobe replaced by a smartphone, or a chair by a table, warns; a chair by a chair does not', () => {
    const e = on2025([
      line('wardrobe', 1, 'unit', 'wardrobe-representative', 'smartphone-5in-new'),
      line('chair-table', 1, 'unit', 'chair-plastic', 'table-representative'),
      line('chairs', 1, 'unit', 'chair-plastic', 'chair-wood'),
    ]);
    expect(codesOf(e, 'wardrobe')).toEqual([[3, 'different-function', 'warning']]);
    expect(codesOf(e, 'chair-table')).toEqual([[3, 'different-function', 'warning']]);
    expect(codesOf(e, 'chairs')).toEqual([]);
  });

  it('rule 2: the beef meal against the vegetarian meal warns that the baseline is a worst case; the average meal does not', () => {
    const e = on2025([line('beef', 1, 'meal', 'meal-beef', 'meal-vegetarian'), line('average', 1, 'meal', 'meal-average', 'meal-vegetarian')]);
    expect(codesOf(e, 'beef')).toEqual([[2, 'worst-case-baseline', 'warning']]);
    expect(codesOf(e, 'average')).toEqual([]);
  });

  const templates = new URL('../../templates/', import.meta.url);
  it.each(readdirSync(templates).filter((f) => f.endsWith('.json')))('template %s, re-pinned to 2025.2, has no error finding', (file) => {
    const template = parseShippedTemplate(JSON.parse(readFileSync(new URL(file, templates), 'utf8')), file);
    if (!template.ok) throw new Error(JSON.stringify(template.problems));
    const scenario = scenarioFromTemplate(template.value, 'fr');
    const result = estimateWithTables({ ...scenario, factorTable: { id: 'ademe-selection', version: '2025.2' } }, tables);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const errors = [...result.value.findings, ...result.value.lines.flatMap((l) => l.findings)].filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual([]);
  });
});
