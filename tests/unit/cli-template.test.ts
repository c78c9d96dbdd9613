// `npm run estimate -- templates/<id>.json`: every shipped template file estimates from the command line,
// labels in French, to the figures worked out by hand in templates.test.ts and demo.test.ts from the formula
//   baseline = q·Fb ; alternative = q·(1−s)·Fb + q·r·s·(Lb/La)·Fa ; avoided = baseline − alternative
// with the values of emission-factors/ademe-selection/2025.2.json (the 2025.1 values, annotated).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';

const AVOIDED_KG: Record<string, number> = {
  'school-catering-vegetarian': 44064, //  144 000 × 0.2 × (2.04 − 0.51), the average meal replaced
  'catering-less-beef': 51360, //          24 000 × 0.5 × (6.29 − 2.01)
  'it-refurbished-devices': 2809.2, //     80 × 0.5 × 156 × 3/8 + 50 × 0.6 × 39.1 × 0.4
  'it-longer-lifetimes': 51970 / 3, //     (120 × 156 + 50 × 169 + 100 × 248) × (1 − 4/6)
  'fleet-electric-cars': 17400, //         400 000 × 0.5 × (0.19 − 0.103)
  'business-travel-train': 49612.416, //   280 000 × 0.8 × (0.225 − 1.2 × 0.00293)
  'furniture-reuse': 812.25 + 4444.3 / 3, // 150 × 0.5 × 24.8 × 0.68/3 + 60 × 0.5 × 60.1 × 0.65/3 + 20 × 0.5 × 907 × 0.49/3
  'construction-timber': 88596, //         600 × (155 − 0.2 × 36.7)
  'heat-pump-instead-of-gas': 87860, //    400 000 × 0.239 − 400 000 × 0.3 × 0.0645
  'led-public-lighting': 14088, //         800 000 × 0.6 × (1 − 0.5) × 0.0587
  'heating-pellets-instead-of-oil': 46949.0625, // 150 000 × (0.325 − 1.0625 × 0.0113)
  'school-trips-coach': 1718.4, //         19 200 × 0.16 − 19 200 × 1.875 × 0.0376
  'paper-recycled': -240, //               12 × (297 − 317), an increase
  'green-electricity-contract': 0, //      the same grid factor on both sides
  demo: 95622.6225, //                     see demo.test.ts
};

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url).pathname;
const files = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('estimating a template file from the command line', () => {
  it('has a hand-computed figure for every shipped template', () => {
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual(Object.keys(AVOIDED_KG).sort());
  });

  it.each(files)('%s', (name) => {
    const { code, out, err } = cli(join(TEMPLATES_DIR, name));
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.totals.avoided).toBeCloseTo(AVOIDED_KG[name.replace(/\.json$/, '')] as number, 6);
    expect(result.table).toEqual({ id: 'ademe-selection', version: '2025.2' });
  });

  it('labels lines in French, or in English with --lang en', () => {
    const file = join(TEMPLATES_DIR, 'heat-pump-instead-of-gas.json');
    expect(JSON.parse(cli(file).out).lines[0].label).toBe('Groupe scolaire : pompe à chaleur au lieu du gaz');
    const english = JSON.parse(cli(file, '--lang', 'en').out);
    expect(english.lines[0].label).toBe('School group: heat pump instead of gas');
    expect(english.totals.avoided).toBeCloseTo(87860, 6);
    expect(cli(file, '--lang', 'de')).toMatchObject({ code: 2, err: expect.stringContaining('--lang must be fr or en, not "de"') });
  });

  it('reports a broken template by file and JSON path, exit code 2', () => {
    const template = JSON.parse(readFileSync(join(TEMPLATES_DIR, 'paper-recycled.json'), 'utf8'));
    template.scenario.lines[0].share = 2;
    delete template.scenario.lines[0].provenance;
    const file = join(mkdtempSync(join(tmpdir(), 'carbone-evite-template-')), 'broken.json');
    writeFileSync(file, JSON.stringify(template));
    const { code, err } = cli(file);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toEqual([
      `${file}: scenario.lines[0].share: Too big: expected number to be <=1`,
      `${file}: scenario.lines[0].provenance: Expected a non-empty text, or {"fr": …, "en": …} with both languages`,
    ]);
  });

  it('runs as `npm run estimate` does', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/cli/main.ts', 'templates/led-public-lighting.json', '--format', 'csv'], { encoding: 'utf8' });
    expect(out.split('\n')[1]).toContain('led-lighting');
  });
});
