// The analysts' command line: results on stdout, and for bad input exit code 2 with one line per
// problem naming the file and the JSON path.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';
import { fixture } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'carbone-evite-cli-'));
const TABLE = fixture('test-table.json');

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const goodLine = { id: 'meals', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } };
const scenario = (lines: unknown[], factorTable = { id: 'test-table', version: '1' }) => ({
  format: 'carbone-evite/scenario@1',
  name: 'CLI test',
  factorTable,
  lines,
});

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, errLines: err.trim().split('\n') };
}

describe('estimate command line', () => {
  it('prints totals, categories and explained lines as JSON', () => {
    const file = write('good.json', scenario([goodLine]));
    const { code, out } = cli(file, '--factors', TABLE);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    // 1000 × 6.29 − 1000 × 0.51 = 5780
    expect(result.totals.avoided).toBeCloseTo(5780, 9);
    expect(result.categories).toEqual([expect.objectContaining({ category: 'food' })]);
    expect(result.categories[0].baseline).toBeCloseTo(6290, 9);
    expect(result.lines[0].id).toBe('meals');
    expect(result.lines[0].alternative).toBeCloseTo(510, 9);
    expect(result.lines[0].explanation.baseline.factor).toMatchObject({ id: 'meal-beef', value: 6.29, sourceId: '20687' });
    expect(result.table).toEqual({ id: 'test-table', version: '1' });
    // Both meal factors publish ±50 %: the 95 % interval brackets 5780 kg, by 10,000 seeded draws.
    expect(result.uncertainty.draws).toBe(10000);
    expect(result.uncertainty.totals.avoided.p2_5).toBeLessThan(5780);
    expect(result.uncertainty.totals.avoided.p97_5).toBeGreaterThan(5780);
    // No line gives costs: the cost figures are there, and empty.
    expect(result.costs).toMatchObject({ lines: [], baselineCost: 0, alternativeCost: 0, carbonPrice: null });
  });

  it('carries what drives the range, the assumptions drawn and an incomplete range named, beside the fields it always had', () => {
    // meals: 1000 meals, quantity assumed between 800 and 1200; beef: 100 kg of beef-kg (no published
    // uncertainty) instead of 100 kg of itself, with nothing stated for it: the total's range is incomplete.
    const file = write('drivers.json', {
      ...scenario([
        { ...goodLine, assumptions: { quantity: { low: 800, high: 1200 } } },
        { id: 'beef', quantity: 100, unit: 'kg', share: 0.5, baseline: { factor: 'beef-kg' }, alternative: { factor: 'beef-kg' } },
      ]),
    });
    const { code, out } = cli(file, '--factors', TABLE);
    expect(code).toBe(0);
    const { uncertainty } = JSON.parse(out);
    expect(uncertainty.totals.avoided).toEqual(expect.objectContaining({ p2_5: expect.any(Number), p97_5: expect.any(Number) }));
    expect(uncertainty.assumptions).toEqual([{ line: 'meals', assumption: 'quantity', low: 800, mode: 1000, high: 1200 }]);
    expect(uncertainty.assumptionDistribution.kind).toBe('triangular');
    expect(uncertainty.incomplete).toBe(true);
    expect(uncertainty.incompleteFactors).toEqual(['beef-kg']);
    expect(uncertainty.lines[1]).toMatchObject({ id: 'beef', incomplete: true, factorsWithoutUncertainty: ['beef-kg'] });
    const ids = uncertainty.contributions.drivers.map((d: { kind: string; id: string }) => `${d.kind}:${d.id}`);
    expect(ids.sort()).toEqual(['assumption:quantity', 'factor:meal-beef', 'factor:meal-vegetarian']);
    expect(uncertainty.contributions.method.share).toMatch(/first-order/);
  });

  it('prints one CSV row a line, with hostile labels neutralised', () => {
    const file = write(
      'csv.json',
      scenario([
        { ...goodLine, label: '=HYPERLINK("http://x")' },
        { ...goodLine, id: 'l2', share: 0.5 },
      ]),
    );
    const { code, out } = cli(file, '--factors', TABLE, '--format', 'csv');
    expect(code).toBe(0);
    const rows = out.trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^line_id,label,category,/);
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    // line 2: 1000 × 0.5 × (6.29 − 0.51) = 2890
    const header = rows[0]!.split(',');
    const avoided = Number(rows[2]!.split(',')[header.indexOf('avoided_kgco2e')]);
    expect(avoided).toBeCloseTo(2890, 9);
  });

  it('carries whole-life costs and the cost per tonne in JSON and CSV', () => {
    const laptops = {
      id: 'it',
      quantity: 120,
      unit: 'unit',
      baseline: { factor: 'laptop-new', lifetimeYears: 4 },
      alternative: { factor: 'laptop-new', lifetimeYears: 6 },
      costs: { baseline: { purchase: 900, yearly: 40 }, alternative: { purchase: 900, yearly: 40 } },
    };
    const file = write('costs.json', { ...scenario([laptops]), economics: { carbonValue: { price: 100 } } });
    // 120 × (900 + 4 × 40) = 127 200 € against 120 × 4/6 × (900 + 6 × 40) = 91 200 €: −36 000 € for 6.24 t.
    const json = JSON.parse(cli(file, '--factors', TABLE).out);
    expect(json.costs.extraCost).toBeCloseTo(-36000, 6);
    expect(json.costs.valueOfAvoided).toBeCloseTo(624, 6); // 6.24 t × 100 €/t
    const rows = cli(file, '--factors', TABLE, '--format', 'csv').out.trim().split('\r\n');
    const header = rows[0]!.split(',');
    expect(Number(rows[1]!.split(',')[header.indexOf('cost_per_tonne_avoided_eur')])).toBeCloseTo(-36000 / 6.24, 6);
  });

  it('gives no cost per tonne for a switch that emits more: null in JSON, empty in CSV, and its classification beside it', () => {
    // 12 t of pulp, virgin 297 → recycled 317 kgCO2e/t: 240 kg more; 800 → 900 €/t: 1200 € more (not −5000 €/t).
    const pulp = {
      id: 'pulp',
      quantity: 12,
      unit: 't',
      baseline: { factor: 'pulp-virgin' },
      alternative: { factor: 'pulp-recycled' },
      costs: { baseline: { purchase: 800 }, alternative: { purchase: 900 } },
    };
    const file = write('costs-more.json', scenario([pulp]));
    const json = JSON.parse(cli(file, '--factors', TABLE).out);
    expect(json.costs.lines[0].costs).toMatchObject({ extraCost: 1200, costPerTonne: null, classification: 'emits-more-costs-more' });
    expect(json.costs.curve).toEqual([]);
    expect(json.costs.offCurve).toEqual([{ id: 'pulp', reason: 'emits-more-costs-more' }]);
    const rows = cli(file, '--factors', TABLE, '--format', 'csv').out.trim().split('\r\n');
    const header = rows[0]!.split(',');
    const cells = rows[1]!.split(',');
    expect(cells[header.indexOf('cost_per_tonne_avoided_eur')]).toBe('');
    expect(cells[header.indexOf('cost_classification')]).toBe('emits-more-costs-more');
  });

  const bad: [string, unknown, RegExp][] = [
    ['invalid JSON', '{ "format": ', /: \(root\): Not valid JSON/],
    ['unknown factor', scenario([{ ...goodLine, alternative: { factor: 'meal-unicorn' } }]), /: lines\[0\]\.alternative\.factor: .*meal-unicorn/],
    ['unknown table version', scenario([goodLine], { id: 'test-table', version: '7' }), /: factorTable\.version: .*no version "7"/],
    ['unknown table', scenario([goodLine], { id: 'nope', version: '1' }), /: factorTable\.id: No factor table "nope"/],
    ['unit mismatch', scenario([{ ...goodLine, unit: 'kWh' }]), /: lines\[0\]\.unit: .*kWh.*kgCO2e\/meal/],
    ['negative quantity', scenario([{ ...goodLine, quantity: -3 }]), /: lines\[0\]\.quantity: Too small/],
    [
      'non-finite quantity',
      '{"format":"carbone-evite/scenario@1","name":"x","factorTable":{"id":"test-table","version":"1"},"lines":[{"id":"a","quantity":1e999,"unit":"meal","baseline":{"factor":"meal-beef"},"alternative":{"factor":"meal-vegetarian"}}]}',
      /: lines\[0\]\.quantity: .*Infinity/,
    ],
    ['share above 1', scenario([{ ...goodLine, share: 1.2 }]), /: lines\[0\]\.share: Too big/],
    ['share below 0', scenario([{ ...goodLine, share: -0.1 }]), /: lines\[0\]\.share: Too small/],
    [
      'zero lifetime',
      scenario([{ ...goodLine, alternative: { factor: 'meal-vegetarian', lifetimeYears: 0 } }]),
      /: lines\[0\]\.alternative\.lifetimeYears: Too small/,
    ],
    [
      'negative lifetime',
      scenario([{ ...goodLine, baseline: { factor: 'meal-beef', lifetimeYears: -2 } }]),
      /: lines\[0\]\.baseline\.lifetimeYears: Too small/,
    ],
  ];

  it.each(bad)('%s: exit 2, one line naming the file and the path', (name, content, expected) => {
    const file = write(`${name.replace(/ /g, '-')}.json`, content);
    const { code, out, errLines } = cli(file, '--factors', TABLE);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]!.startsWith(`${file}: `)).toBe(true);
    expect(errLines[0]).toMatch(expected);
  });

  it('reports every problem of a file, one a line', () => {
    const file = write(
      'many.json',
      scenario([
        { ...goodLine, quantity: -1, share: 2 },
        { ...goodLine, id: 'x', unit: 'kg' },
      ]),
    );
    const { code, errLines } = cli(file, '--factors', TABLE);
    expect(code).toBe(2);
    expect(errLines.map((l) => l.split(': ')[1])).toEqual(['lines[0].quantity', 'lines[0].share']);
  });

  it('an unreadable scenario file', () => {
    const { code, errLines } = cli(join(dir, 'missing.json'));
    expect(code).toBe(2);
    expect(errLines).toEqual([`${join(dir, 'missing.json')}: (root): Cannot read the file: no such file`]);
  });

  it('an invalid factor table names the table file', () => {
    const table = write('bad-table.json', { format: 'carbone-evite/factor-table@1', id: 'x' });
    const { code, errLines } = cli(write('s.json', scenario([goodLine])), '--factors', table);
    expect(code).toBe(2);
    expect(errLines.every((l) => l.startsWith(`${table}: `))).toBe(true);
    expect(errLines.some((l) => l.includes(': factors: '))).toBe(true);
  });

  it('usage errors exit 2 with the usage line', () => {
    for (const args of [[], ['a.json', '--format', 'xml'], ['a.json', '--factors'], ['a.json', '--bogus']]) {
      const { code, err } = cli(...args);
      expect(code).toBe(2);
      expect(err).toContain('usage: npm run estimate');
    }
  });

  it('runs as a process: exit code 2 and no stack trace', () => {
    const file = write('proc.json', scenario([{ ...goodLine, share: 3 }]));
    const run = spawnSync('npx', ['tsx', 'scripts/cli/main.ts', file, '--factors', TABLE], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`${file}: lines[0].share: Too big: expected number to be <=1`);
    const good = execFileSync('npx', ['tsx', 'scripts/cli/main.ts', write('proc-ok.json', scenario([goodLine])), '--factors', TABLE], {
      encoding: 'utf8',
    });
    expect(JSON.parse(good).totals.avoided).toBeCloseTo(5780, 9);
    // Two processes started through npx and tsx: seconds on a busy machine. A cap, not a timed assertion.
  }, 60_000);
});
