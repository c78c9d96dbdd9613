// What the command line reads besides the scenario: one id and version must be one table, and a damaged
// manifest of released versions is an error, not an empty list.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';
import { readReleases } from '../../scripts/cli/inputs';
import { fixture } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'carbone-evite-cli-tables-'));
const TABLE = fixture('test-table.json');

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function cli(args: string[], releasesFile?: string) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t), ...(releasesFile ? { releasesFile } : {}) });
  return { code, out, err, errLines: err.trim().split('\n') };
}

const meals = write('meals.json', {
  format: 'carbone-evite/scenario@1',
  name: 'Meals',
  factorTable: { id: 'test-table', version: '1' },
  lines: [{ id: 'meals', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }],
});

describe('one id and version, one table', () => {
  const table = JSON.parse(readFileSync(TABLE, 'utf8'));

  it('the same table twice, keys in another order, is no conflict', () => {
    const reordered = write('reordered.json', Object.fromEntries(Object.entries(table).reverse()));
    const { code, out, err } = cli([meals, '--factors', TABLE, '--factors', reordered]);
    expect(err).toBe('');
    expect(code).toBe(0);
    // 1000 × 6.29 − 1000 × 0.51 = 5780
    expect(JSON.parse(out).totals.avoided).toBeCloseTo(5780, 9);
  });

  it('the same id and version with one value changed is a conflict naming the second file', () => {
    const altered = write('altered.json', { ...table, factors: table.factors.map((f: { value: number }, i: number) => (i === 0 ? { ...f, value: 6.3 } : f)) });
    const { code, out, errLines } = cli([meals, '--factors', TABLE, '--factors', altered]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(errLines).toEqual([
      `${altered}: version: Table "test-table" version "1" is already known with other content; a released version is never edited, give this one a new version`,
    ]);
  });
});

describe('the manifest of released versions', () => {
  const trains = write('trains.json', {
    format: 'carbone-evite/scenario@1',
    name: 'Trains',
    factorTable: { id: 'ademe-selection', version: '2025.1' },
    lines: [{ id: 'trips', quantity: 1000, unit: 'pkm', baseline: { factor: 'plane-short-haul-500-1000km' }, alternative: { factor: 'train-tgv-2022' } }],
  });
  const release = (version: string) => ({ id: 'ademe-selection', version, checksum: `sha256:${'0'.repeat(64)}` });

  it('the bundled one is read', () => {
    const read = readReleases();
    expect(read.ok && read.value.releases.map((r) => r.version)).toEqual(['2024.1', '2025.1', '2025.2']);
  });

  const damaged: [string, string, (file: string) => string[]][] = [
    ['missing', join(dir, 'no-releases.json'), (file) => [`${file}: (root): Cannot read the file: no such file`]],
    ['not JSON', write('cut.json', '{"format": "carbone-evite/factor-releases@1", "releases": ['), (file) => [`${file}: (root): Not valid JSON`]],
    [
      'a checksum of the wrong form',
      write('bad-checksum.json', { format: 'carbone-evite/factor-releases@1', releases: [release('2024.1'), { ...release('2025.1'), checksum: 'md5:1234' }] }),
      (file) => [`${file}: releases[1].checksum: `],
    ],
    ['another format', write('other-format.json', { format: 'carbone-evite/factor-releases@2', releases: [] }), (file) => [`${file}: format: `]],
  ];

  it.each(damaged)('%s: diff exits 2, one line naming the file and the JSON path', (_name, file, expected) => {
    const { code, out, errLines } = cli(['diff', trains, '--to', '2024.1'], file);
    expect(code).toBe(2);
    expect(out).toBe('');
    const starts = expected(file);
    expect(errLines).toHaveLength(starts.length);
    starts.forEach((start, i) => expect(errLines[i]?.startsWith(start), errLines[i]).toBe(true));
  });
});
