// The command line's JSON for programs after the method rules (issue 11): every field a reader had before is
// still there with the same figures when a scenario states no period nor flow; the new fields say what the
// totals count, which lines they leave out and why.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';
import { LINE_CSV_HEADER } from '../../src/data/formats/estimate-csv';
import { fixture } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'carbone-evite-cli-findings-'));
const TABLE = fixture('test-table.json');

function estimate(content: unknown, ...args: string[]) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    file,
    JSON.stringify({ format: 'carbone-evite/scenario@1', name: 'CLI', factorTable: { id: 'test-table', version: '1' }, ...(content as object) }),
  );
  let out = '';
  let err = '';
  const code = runEstimateCli([file, '--factors', TABLE, ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  expect(err).toBe('');
  expect(code).toBe(0);
  return out;
}
const json = (content: unknown) => JSON.parse(estimate(content));

const meals = { id: 'meals', quantity: 1000, unit: 'meal', share: 0.5, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } };
const laptops = {
  id: 'laptops',
  quantity: 120,
  unit: 'unit',
  baseline: { factor: 'laptop-new', lifetimeYears: 4 },
  alternative: { factor: 'laptop-new', lifetimeYears: 6 },
};
const pulp = { id: 'pulp', quantity: 2, unit: 't', baseline: { factor: 'pulp-virgin' }, alternative: { factor: 'pulp-recycled' } };
const gas = { id: 'heating', quantity: 3000, unit: 'kWh', baseline: { factor: 'gas-pci' }, alternative: { factor: 'pellets-pci' } };
const ratio = { id: 'ratio', quantity: 10, unit: 'kEUR', baseline: { factor: 'ratio-it' }, alternative: { factor: 'ratio-repair' } };
const electricity = {
  customFactors: [
    { id: 'grid', category: 'energy', label: { fr: 'Réseau', en: 'Grid' }, value: 0.05, unit: 'kgCO2e/kWh', source: 'Test', year: 2024, supply: 'grid-mix' },
    {
      id: 'wind',
      category: 'energy',
      label: { fr: 'Éolien', en: 'Wind' },
      value: 0.01,
      unit: 'kgCO2e/kWh',
      source: 'Test',
      year: 2024,
      supply: 'production-technology',
    },
  ],
};
const green = {
  id: 'green',
  quantity: 5000,
  unit: 'kWh',
  baseline: { factor: 'grid', reference: { kind: 'market-average' } },
  alternative: { factor: 'wind' },
};

const amounts = (a: { baseline: number; alternative: number; avoided: number }) => [a.baseline, a.alternative, a.avoided];
function expectAmounts(actual: { baseline: number; alternative: number; avoided: number }, expected: [number, number, number]) {
  amounts(actual).forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 9));
}

// Every field the JSON had before issue 11, listed so that none disappears unnoticed.
const OLD_TOP = ['unit', 'table', 'totals', 'categories', 'lines', 'uncertainty', 'costs'];
const OLD_AMOUNTS = ['baseline', 'alternative', 'avoided'];
const OLD_CATEGORY = ['category', 'lineCount', ...OLD_AMOUNTS];
const OLD_LINE = ['id', 'label', 'category', ...OLD_AMOUNTS, 'dataKind', 'explanation', 'warnings'];
const OLD_EXPLANATION = ['quantity', 'unit', 'share', 'lifetimeRatio', 'quantityRatio', 'baseline', 'alternative', 'reference'];
const OLD_SIDE = ['factor', 'quantity', 'conversion', 'lifetimeYears'];
const OLD_FACTOR = ['id', 'category', 'label', 'value', 'unit', 'source', 'year', 'perUnit', 'licence', 'dataKind', 'origin'];

describe('a scenario that states no period nor flow reads exactly as before', () => {
  const result = json({ lines: [meals, laptops, pulp] });

  it('keeps every field it had', () => {
    for (const key of OLD_TOP) expect(result).toHaveProperty(key);
    expect(result.unit).toBe('kgCO2e');
    expect(result.table).toEqual({ id: 'test-table', version: '1' });
    for (const key of OLD_AMOUNTS) expect(result.totals).toHaveProperty(key);
    for (const c of result.categories) for (const key of OLD_CATEGORY) expect(c).toHaveProperty(key);
    for (const line of result.lines) {
      for (const key of OLD_LINE) expect(line).toHaveProperty(key);
      for (const key of OLD_EXPLANATION) expect(line.explanation).toHaveProperty(key);
      for (const side of ['baseline', 'alternative']) {
        for (const key of OLD_SIDE) expect(line.explanation[side]).toHaveProperty(key);
        for (const key of OLD_FACTOR) expect(line.explanation[side].factor).toHaveProperty(key);
      }
    }
  });

  it('with the same figures: totals, categories and lines by hand', () => {
    // meals:   baseline 1000 × 6.29 = 6290; alternative 1000 × 0.5 × 6.29 + 1000 × 0.5 × 0.51 = 3145 + 255 = 3400; avoided 2890
    // laptops: baseline 120 × 156 = 18 720; alternative 120 × (4/6) × 156 = 12 480; avoided 6240
    // pulp:    baseline 2 × 297 = 594; alternative 2 × 317 = 634; avoided −40 (an increase)
    expect(result.lines.map((l: { id: string }) => l.id)).toEqual(['meals', 'laptops', 'pulp']);
    expectAmounts(result.lines[0], [6290, 3400, 2890]);
    expectAmounts(result.lines[1], [18720, 12480, 6240]);
    expectAmounts(result.lines[2], [594, 634, -40]);
    expect(result.lines[2].warnings).toEqual(['increase']);
    expect(result.lines[1].explanation).toMatchObject({ quantity: 120, unit: 'unit', share: 1, quantityRatio: 1, reference: null });
    expect(result.lines[1].explanation.lifetimeRatio).toBeCloseTo(4 / 6, 12);
    // Categories in their fixed order (it, …, food, paper), one line each.
    expect(result.categories.map((c: { category: string; lineCount: number }) => [c.category, c.lineCount])).toEqual([
      ['it', 1],
      ['food', 1],
      ['paper', 1],
    ]);
    expectAmounts(result.categories[0], [18720, 12480, 6240]);
    expectAmounts(result.categories[1], [6290, 3400, 2890]);
    expectAmounts(result.categories[2], [594, 634, -40]);
    // 6290 + 18 720 + 594 = 25 604; 3400 + 12 480 + 634 = 16 514; 2890 + 6240 − 40 = 9090
    expectAmounts(result.totals, [25604, 16514, 9090]);
  });

  it('and the new fields say so: as stated, every line counted once, nothing excluded', () => {
    expect(result.basis).toBe('as-stated');
    expect(result.periodYears).toBeNull();
    expect(result.findings).toEqual([]);
    expect(result.excluded).toEqual({ baseline: 0, alternative: 0, avoided: 0 });
    expectAmounts(result.flows.unstated, [25604, 16514, 9090]);
    for (const line of result.lines) expect(line).toMatchObject({ flow: null, counted: true, totalsMultiplier: 1, variants: [] });
    // No reason given for any baseline: rule 2's information, which leaves the line counted.
    expect(result.lines[0].findings.map((f: { code: string }) => f.code)).toEqual(['baseline-reason-missing']);
  });
});

describe('findings and what the totals count, in the JSON', () => {
  it('lines[].findings carry rule, code, severity and the message in both languages; an error line is not counted', () => {
    const result = json({ ...electricity, lines: [meals, ratio, green] });
    const [, r, g] = result.lines;
    expect(r.findings.map((f: { rule: number; code: string; severity: string }) => [f.rule, f.code, f.severity])).toEqual([
      [8, 'spend-based-comparison', 'error'],
      [2, 'baseline-reason-missing', 'info'],
    ]);
    expect(g.findings).toHaveLength(1);
    expect(Object.keys(g.findings[0]).sort()).toEqual(['code', 'message', 'rule', 'severity']);
    expect(g.findings[0]).toMatchObject({ rule: 10, code: 'green-electricity-contract', severity: 'error' });
    expect(Object.keys(g.findings[0].message).sort()).toEqual(['en', 'fr']);
    expect(g.findings[0].message.en).toContain('Wind (wind)');
    expect(g.findings[0].message.fr).toContain('Éolien (wind)');
    expect([r.counted, r.totalsMultiplier, g.counted, g.totalsMultiplier]).toEqual([false, 0, false, 0]);
    expect(result.lines[0]).toMatchObject({ counted: true, totalsMultiplier: 1 });
    // Shown with their own figures: ratio 10 × 216 = 2160, 10 × 158 = 1580, 580; green 5000 × 0.05 = 250, 5000 × 0.01 = 50, 200.
    expectAmounts(r, [2160, 1580, 580]);
    expectAmounts(g, [250, 50, 200]);
    // The totals hold the meals only (2890 avoided); the two others are reported apart.
    expectAmounts(result.totals, [6290, 3400, 2890]);
    expectAmounts(result.excluded, [2410, 1630, 780]);
    // Each category as the totals count it: energy's only line is left out.
    expect(result.categories.map((c: { category: string }) => c.category)).toEqual(['it', 'energy', 'food']);
    expectAmounts(result.categories[0], [0, 0, 0]);
    expectAmounts(result.categories[1], [0, 0, 0]);
  });

  it('basis one-off: one-off purchases only', () => {
    const result = json({
      lines: [
        { ...meals, flow: 'one-off' },
        { ...laptops, flow: 'one-off' },
      ],
    });
    expect([result.basis, result.periodYears]).toEqual(['one-off', null]);
    // 2890 + 6240 = 9130
    expectAmounts(result.totals, [25010, 15880, 9130]);
    expectAmounts(result.flows.oneOff, [25010, 15880, 9130]);
    expect(result.findings).toEqual([]);
  });

  it('basis per-year: yearly flows only, their totals per year', () => {
    const result = json({
      lines: [
        { ...meals, flow: 'yearly' },
        { ...gas, flow: 'yearly' },
      ],
    });
    expect(result.basis).toBe('per-year');
    // gas → pellets: 3000 × 0.239 = 717; 3000 × 0.0113 = 33.9; avoided 683.1. With the meals: 6290 + 717 = 7007;
    // 3400 + 33.9 = 3433.9; 2890 + 683.1 = 3573.1
    expectAmounts(result.totals, [7007, 3433.9, 3573.1]);
    for (const line of result.lines) expect(line.totalsMultiplier).toBe(1);
  });

  it('basis period: one-off purchases plus yearly flows times the period', () => {
    const result = json({
      periodYears: 5,
      lines: [
        { ...meals, flow: 'yearly' },
        { ...laptops, flow: 'one-off' },
      ],
    });
    expect([result.basis, result.periodYears]).toEqual(['period', 5]);
    // 5 × 6290 + 18 720 = 50 170; 5 × 3400 + 12 480 = 29 480; 5 × 2890 + 6240 = 20 690
    expectAmounts(result.totals, [50170, 29480, 20690]);
    expectAmounts(result.flows.yearly, [6290, 3400, 2890]);
    expectAmounts(result.flows.oneOff, [18720, 12480, 6240]);
    expect(result.lines.map((l: { totalsMultiplier: number }) => l.totalsMultiplier)).toEqual([5, 1]);
    // Lines keep their own amounts (a yearly flow's per year): the multiplier says how the totals count them.
    expectAmounts(result.lines[0], [6290, 3400, 2890]);
    // The 95 % interval is that of the total as counted.
    expect(result.uncertainty.totals.avoided.p2_5).toBeLessThan(20690);
    expect(result.uncertainty.totals.avoided.p97_5).toBeGreaterThan(20690);
  });

  it('a yearly flow beside a one-off purchase and no period: a scenario finding, the flow apart', () => {
    const result = json({
      lines: [
        { ...meals, flow: 'yearly' },
        { ...laptops, flow: 'one-off' },
      ],
    });
    expect(result.findings.map((f: { rule: number; code: string; severity: string }) => [f.rule, f.code, f.severity])).toEqual([
      [3, 'yearly-flow-without-period', 'error'],
    ]);
    expect(result.lines[0]).toMatchObject({ counted: false, totalsMultiplier: 0 });
    expect(result.basis).toBe('one-off');
    expectAmounts(result.totals, [18720, 12480, 6240]);
    expectAmounts(result.excluded, [6290, 3400, 2890]);
    // The yearly flow is shown apart in flows.yearly, as well as left out in excluded (the README says so).
    expectAmounts(result.flows.yearly, [6290, 3400, 2890]);
  });

  it('baseline variants: the figures with another baseline, its factor as the explanation gives it', () => {
    const own = {
      id: 'own-average',
      category: 'food',
      label: { fr: 'Repas moyen', en: 'Average meal' },
      value: 2.04,
      unit: 'kgCO2e/meal',
      source: 'Test',
      year: 2018,
    };
    const result = json({ customFactors: [own], lines: [{ ...meals, baselineVariants: [{ factor: 'own-average', label: 'Moyen' }] }] });
    const [variant] = result.lines[0].variants;
    expect(variant).toMatchObject({ label: 'Moyen', reference: null, factor: { id: 'own-average', value: 2.04 } });
    // 1000 × 2.04 = 2040; 1000 × 0.5 × 2.04 + 1000 × 0.5 × 0.51 = 1020 + 255 = 1275; 765
    expectAmounts(variant, [2040, 1275, 765]);
    // The same shape as the factor each side of the explanation gives.
    for (const key of OLD_FACTOR) expect(variant.factor).toHaveProperty(key);
    expect(variant.factor.origin).toEqual({ kind: 'scenario' });
    // The variant is shown beside the line, never in the totals.
    expectAmounts(result.totals, [6290, 3400, 2890]);
  });
});

describe('the command line’s CSV has the app’s columns', () => {
  it('flow, counted, multiplier, findings in the language asked for', () => {
    const scenario = {
      ...electricity,
      periodYears: 2,
      lines: [
        { ...meals, flow: 'yearly' },
        { ...green, flow: 'one-off' },
      ],
    };
    const en = Papa.parse<Record<string, string>>(estimate(scenario, '--format', 'csv'), { header: true, skipEmptyLines: true });
    expect(en.meta.fields).toEqual(LINE_CSV_HEADER);
    // meals: 2890 a year over 2 years: 5780.
    expect(en.data[0]).toMatchObject({
      flow: 'yearly',
      counted: 'true',
      totals_multiplier: '2',
      avoided_in_totals_kgco2e: '5780',
      findings:
        'R2 info baseline-reason-missing: No reason is given for the baseline: say what would really have been bought (previous contract, market average, regulatory minimum).',
    });
    expect(en.data[1]).toMatchObject({ flow: 'one-off', counted: 'false', totals_multiplier: '0', avoided_in_totals_kgco2e: '0' });
    expect(en.data[1]!.findings).toMatch(/^R10 error green-electricity-contract: The consumption is still the grid's/);
    const fr = Papa.parse<Record<string, string>>(estimate(scenario, '--format', 'csv', '--lang', 'fr'), { header: true, skipEmptyLines: true });
    expect(fr.data[1]!.findings).toMatch(/^R10 error green-electricity-contract: La consommation reste celle du réseau/);
    expect(fr.data[0]!.baseline_factor_label).toBe('Repas avec du bœuf');
  });
});
