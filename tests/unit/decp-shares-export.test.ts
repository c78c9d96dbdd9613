// The contracts dashboard's table in files (CSV in both dialects, XLSX), and the SIRET→name list an analyst
// loads, on hand-made inputs.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBuyerNames } from '../../src/data/formats/decp/buyer-names';
import { decpSharesCsv, type DecpSharesTable } from '../../src/data/formats/decp/shares-csv';
import { buildDecpSharesWorkbook } from '../../src/data/formats/decp/shares-xlsx';
import { FRENCH_SPREADSHEET_CSV, INTERNATIONAL_CSV } from '../../src/data/formats/csv-writer';
import type { DecpFigures } from '../../src/domain/decp/aggregate';
import { shareRow } from '../../src/domain/decp/dashboard';

// Two groups: 2023, 1 contract of 100 € with a clause; 2024, 3 contracts: 1 with a criterion (300 €), 1 none
// (100 €), 1 not stated with an unknown amount.
const figures = (over: Partial<DecpFigures>): DecpFigures => ({
  contracts: 0,
  environmental: { clause: 0, criterion: 0, both: 0, none: 0, notStated: 0 },
  social: { clause: 0, criterion: 0, both: 0, reserved: 0, none: 0, notStated: 0 },
  environmentalAmounts: { clause: 0, criterion: 0, both: 0, none: 0, notStated: 0 },
  socialAmounts: { clause: 0, criterion: 0, both: 0, reserved: 0, none: 0, notStated: 0 },
  amountUnknown: 0,
  ceilings: { contracts: 0, amount: 0 },
  ...over,
});
const g2023 = figures({
  contracts: 1,
  environmental: { clause: 1, criterion: 0, both: 0, none: 0, notStated: 0 },
  environmentalAmounts: { clause: 100, criterion: 0, both: 0, none: 0, notStated: 0 },
});
const g2024 = figures({
  contracts: 3,
  environmental: { clause: 0, criterion: 1, both: 0, none: 1, notStated: 1 },
  environmentalAmounts: { clause: 0, criterion: 300, both: 0, none: 100, notStated: 0 },
  amountUnknown: 1,
});
const all = figures({
  contracts: 4,
  environmental: { clause: 1, criterion: 1, both: 0, none: 1, notStated: 1 },
  environmentalAmounts: { clause: 100, criterion: 300, both: 0, none: 100, notStated: 0 },
  amountUnknown: 1,
});
const table: DecpSharesTable = {
  consideration: 'environmental',
  by: 'year',
  overall: shareRow(all, 'environmental'),
  rows: [shareRow({ ...g2023, key: '2023' }, 'environmental'), shareRow({ ...g2024, key: '2024', name: '=cmd()' }, 'environmental')],
  names: new Map([['2023', '2023']]),
};

describe('dashboard table as CSV', () => {
  it('international: codes, fractions, every class', () => {
    const lines = decpSharesCsv(table, INTERNATIONAL_CSV, 'en').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'by,key,name,contracts,amount_eur,amount_unknown,ceiling_contracts,ceiling_amount_eur,' +
        'environmental_clause_contracts,environmental_clause_contract_share,environmental_clause_amount_eur,environmental_clause_amount_share,' +
        'environmental_criterion_contracts,environmental_criterion_contract_share,environmental_criterion_amount_eur,environmental_criterion_amount_share,' +
        'environmental_both_contracts,environmental_both_contract_share,environmental_both_amount_eur,environmental_both_amount_share,' +
        'environmental_none_contracts,environmental_none_contract_share,environmental_none_amount_eur,environmental_none_amount_share,' +
        'environmental_notStated_contracts,environmental_notStated_contract_share,environmental_notStated_amount_eur,environmental_notStated_amount_share,' +
        'environmental_with_consideration_contract_share,environmental_with_consideration_amount_share',
    );
    // All: 4 contracts, 500 € known; clause 1/4 and 100/500; criterion 1/4 and 300/500; none 1/4 and 100/500;
    // not stated 1/4 and 0; with a consideration 2/4 and 400/500.
    expect(lines[1]).toBe('year,all,,4,500,1,0,0,1,0.25,100,0.2,1,0.25,300,0.6,0,0,0,0,1,0.25,100,0.2,1,0.25,0,0,0.5,0.8');
    expect(lines[2]).toBe('year,2023,2023,1,100,0,0,0,1,1,100,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1');
    // A name a spreadsheet would run is written as text. 2024: 3 contracts, 400 € known.
    expect(lines[3]).toMatch(/^year,2024,'=cmd\(\),3,400,1,0,0,0,0,0,0,1,0\.333333333333,300,0\.75,/);
  });

  it('French spreadsheet: words in French, decimal comma, semicolons, a BOM', () => {
    const text = decpSharesCsv(table, FRENCH_SPREADSHEET_CSV, 'fr');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, first] = text.slice(1).split('\r\n');
    expect(header!.split(';').slice(0, 4)).toEqual(['Regroupement', 'Clé', 'Libellé', 'Marchés']);
    expect(header).toContain('Clause — part des marchés');
    expect(first).toBe('year;all;;4;500;1;0;0;1;0,25;100;0,2;1;0,25;300;0,6;0;0;0;0;1;0,25;100;0,2;1;0,25;0;0;0,5;0,8');
  });
});

describe('dashboard table as a workbook', () => {
  it('writes shares as percentage number cells and text safe from formulas', async () => {
    const files = unzipSync(new Uint8Array(await (await buildDecpSharesWorkbook(table, 'fr', 'Marchés')).arrayBuffer()));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Marchés"');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()) + sheet;
    expect(sheet).not.toContain('<f>');
    expect(strings).toContain("'=cmd()");
    expect(sheet).toMatch(/<v>0\.8<\/v>/);
    expect(strFromU8(files['xl/styles.xml']!)).toContain('0.0%');
  });
});

describe('SIRET→name list', () => {
  it('reads a header, semicolons, quotes and SIRETs written with spaces; lists the lines it cannot read', () => {
    const list = readBuyerNames(
      '\uFEFFsiret;nom\r\n21590163800019;Ville de Lille\n"200 027 159 00017";"Métropole ; européenne"\n\n123;Trop court\n21350238800019;\n',
    );
    expect([...list.names]).toEqual([
      ['21590163800019', 'Ville de Lille'],
      ['20002715900017', 'Métropole ; européenne'],
    ]);
    expect(list.problems).toEqual([
      { line: 5, reason: 'not-a-siret', found: '123;Trop court' },
      { line: 6, reason: 'no-name', found: '21350238800019;' },
    ]);
  });

  it('reads commas when the file has no semicolon, and a file without header', () => {
    expect([...readBuyerNames('21590163800019,Lille\n20002715900017,MEL').names.keys()]).toEqual(['21590163800019', '20002715900017']);
  });
});
