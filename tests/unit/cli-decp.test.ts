// `npm run estimate -- decp <file>...`: the figures of DECP files as JSON or CSV, split by year, CPV
// division or buyer; a file that cannot be read is bad input naming the file. Figures by hand: see
// decp-shapes.test.ts for the three contracts of tests/fixtures/decp/same-*.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';
import { fixture } from '../helpers';

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'carbone-evite-cli-decp-'));
const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

const SAME_2022 = fixture('decp/same-2022.json');
const SAME_XML = fixture('decp/same-2022.xml');
const MAXIMILIEN = fixture('decp/reference/real_decp2024_maximilien_13001845000028_2024-10-06.json');

describe('decp as JSON', () => {
  it('the figures, the files, the duplicates merged and every defect', () => {
    const { code, out, err } = cli('decp', SAME_2022, SAME_XML, MAXIMILIEN);
    expect(code).toBe(0);
    expect(err).toBe('');
    const r = JSON.parse(out);
    // 3 contracts in the JSON, the same 3 in the XML (3 duplicates), 17 in Maximilien: 20 contracts.
    expect(r.contracts).toBe(20);
    expect(r.duplicates).toBe(3);
    expect(r.files.map((f: { shape: string; records: number }) => [f.shape, f.records])).toEqual([
      ['json-2022', 3],
      ['xml-2022', 3],
      ['json-2022', 17],
    ]);
    expect(r.environmental).toEqual({ clause: 0, criterion: 1, both: 1, none: 18, notStated: 0 });
    expect(r.social).toEqual({ clause: 1, criterion: 0, both: 0, reserved: 1, none: 18, notStated: 0 });
    // Environmental none: 130,000.25 (the fixture's 2024-002) + 4,483,126.63 (Maximilien) = 4,613,126.88 €;
    // social none: 800,000 (the fixture's 2023-017) + 4,483,126.63 = 5,283,126.63 €.
    expect(r.environmentalAmounts).toEqual({ clause: 0, criterion: 800000, both: 50000, none: 4613126.88, notStated: 0 });
    expect(r.socialAmounts).toEqual({ clause: 50000, criterion: 0, both: 0, reserved: 130000.25, none: 5283126.63, notStated: 0 });
    expect(r.amountUnknown).toBe(4);
    expect(r.ceilings).toEqual({ contracts: 5, amount: 800000 });
    expect(r.defects).toHaveLength(80);
    expect(r.defects[0]).toEqual({ file: MAXIMILIEN, record: 'marches.marche[0]', field: 'techniques', kind: 'empty-list', found: '{"technique":[]}' });
  });

  it('--by year: the same figures per year of notification', () => {
    const r = JSON.parse(cli('decp', SAME_2022, '--by', 'year').out);
    expect(r.by).toBe('year');
    expect(r.groups.map((g: { key: string; contracts: number; environmental: object }) => [g.key, g.contracts, g.environmental])).toEqual([
      ['2023', 1, { clause: 0, criterion: 1, both: 0, none: 0, notStated: 0 }],
      ['2024', 2, { clause: 0, criterion: 0, both: 1, none: 1, notStated: 0 }],
    ]);
  });
});

describe('decp as CSV', () => {
  it('one row for all the contracts', () => {
    const { code, out } = cli('decp', SAME_2022, '--format', 'csv');
    expect(code).toBe(0);
    const [header, row, end] = out.split('\r\n');
    expect(header).toBe(
      'group,name,contracts,environmental_clause,environmental_criterion,environmental_both,environmental_none,environmental_notStated,' +
        'social_clause,social_criterion,social_both,social_reserved,social_none,social_notStated,' +
        'environmental_amount_clause,environmental_amount_criterion,environmental_amount_both,environmental_amount_none,environmental_amount_notStated,' +
        'social_amount_clause,social_amount_criterion,social_amount_both,social_amount_reserved,social_amount_none,social_amount_notStated,' +
        'amount_unknown,ceiling_contracts,ceiling_amount',
    );
    expect(row).toBe('all,,3,0,1,1,1,0,1,0,0,1,1,0,0,800000,50000,130000.25,0,50000,0,0,130000.25,800000,0,0,1,800000');
    expect(end).toBe('');
  });

  it('--by buyer: one row per buyer SIRET, named when the data name it', () => {
    const rows = cli('decp', fixture('decp/same-2019.json'), '--format', 'csv', '--by', 'buyer').out.trim().split('\r\n');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3))).toEqual([
      ['20002715900017', 'Ville de Dunkerque', '1'],
      ['21590163800019', 'Ville de Croix', '2'],
    ]);
  });
});

describe('decp with bad input', () => {
  it.each([
    ['cut short', '{"marches": {"marche": [{"id": "1"', 'not valid JSON (a file cut short reads so too): '],
    ['no envelope', '{"contracts": []}', 'no DECP records: expected {"marches": [...]} (2019)'],
    ['empty', '', 'the file is empty'],
  ])('a file %s: exit 2, one line naming the file, nothing on stdout', (name, content, message) => {
    const file = write(`${name.replace(/ /g, '-')}.json`, content);
    const { code, out, err } = cli('decp', SAME_2022, file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.startsWith(`${file}: ${message}`)).toBe(true);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('a file that does not exist', () => {
    const { code, err } = cli('decp', 'nowhere.json');
    expect(code).toBe(2);
    expect(err).toBe('nowhere.json: Cannot read the file: no such file\n');
  });
});
