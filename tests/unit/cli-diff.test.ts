// `npm run estimate -- diff`: a scenario under its pinned table version and another one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';

const dir = mkdtempSync(join(tmpdir(), 'carbone-evite-diff-'));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
};
function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const trains = {
  format: 'carbone-evite/scenario@1',
  name: 'Trains',
  factorTable: { id: 'ademe-selection', version: '2025.1' },
  lines: [
    { id: 'trips', quantity: 120000, unit: 'pkm', share: 0.75, baseline: { factor: 'plane-short-haul-500-1000km' }, alternative: { factor: 'train-tgv-2022' } },
  ],
};

describe('estimate diff', () => {
  it('compares the bundled versions, taking the replacement the newer version names', () => {
    const { code, out } = cli('diff', write('trains.json', trains), '--to', '2024.1');
    expect(code).toBe(0);
    const diff = JSON.parse(out);
    // 2025.1: 120 000 × 0.75 × (0.225 − 0.00293) = 19 986.3 kg; 2024.1 (TGV 2021, 0.00334): 19 949.4 kg
    expect(diff.totals.before.avoided).toBeCloseTo(19986.3, 6);
    expect(diff.totals.after.avoided).toBeCloseTo(19949.4, 6);
    expect(diff.removed.map((r: { factor: { id: string } }) => r.factor.id)).toEqual(['train-tgv-2022']);
    expect(diff.renames).toEqual({ 'train-tgv-2022': 'train-tgv-2021' });
    expect(diff.updated.factorTable).toMatchObject({ id: 'ademe-selection', version: '2024.1' });
  });

  it('prints a readable comparison with --format text', () => {
    const { code, out } = cli('diff', write('trains-text.json', trains), '--to', '2024.1', '--format', 'text');
    expect(code).toBe(0);
    expect(out).toContain('train-tgv-2022 → train-tgv-2021 (suggested by the newer version)');
    expect(out).toMatch(/TOTAL\s+19986\.30\s+19949\.40\s+-36\.90/);
  });

  it('says when a version is not at hand, and when a removed factor needs --replace', () => {
    const unknown = cli('diff', write('t2.json', trains), '--to', '1999.1');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--to: Factor table "ademe-selection" has no version "1999.1"');

    const table = (version: string, factors: object[]) => ({
      format: 'carbone-evite/factor-table@1',
      id: 'mini',
      version,
      title: { fr: 'mini', en: 'mini' },
      publishedOn: '2026-01-01',
      licence: 'test',
      sources: ['test'],
      factors,
    });
    const f = (id: string, value: number) => ({ id, category: 'furniture', label: { fr: id, en: id }, value, unit: 'kgCO2e/unit', source: 't', year: 2020 });
    const v1 = write('mini-1.json', table('1', [f('chair-plastic', 34.4), f('chair-wood', 18.6)]));
    const v2 = write('mini-2.json', table('2', [f('chair-wood', 18.6)]));
    const chairs = write('chairs.json', {
      format: 'carbone-evite/scenario@1',
      name: 'Chairs',
      factorTable: { id: 'mini', version: '1' },
      lines: [{ id: 'c', quantity: 10, unit: 'unit', baseline: { factor: 'chair-plastic' }, alternative: { factor: 'chair-wood' } }],
    });
    const missing = cli('diff', chairs, '--to', '2', '--factors', v1, '--factors', v2);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--replace chair-plastic=<new-id>');
    const replaced = cli('diff', chairs, '--to', '2', '--factors', v1, '--factors', v2, '--replace', 'chair-plastic=chair-wood');
    expect(replaced.code).toBe(0);
    // before: 10 × (34.4 − 18.6) = 158; after: 10 × (18.6 − 18.6) = 0
    const diff = JSON.parse(replaced.out);
    expect(diff.totals.before.avoided).toBeCloseTo(158, 9);
    expect(diff.totals.after.avoided).toBeCloseTo(0, 9);
  });
});
