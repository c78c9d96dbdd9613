// The CSV of a consolidated group: its rows and columns, both dialects, hostile names written as text.
import { describe, expect, it } from 'vitest';
import { consolidationCsv, consolidationCsvRows, consolidationFileName } from '../../src/data/formats/consolidation-csv';
import { FRENCH_SPREADSHEET_CSV, INTERNATIONAL_CSV } from '../../src/data/formats/csv-writer';
import type { ConsolidationGroup } from '../../src/domain';

// Two buyers under version 2025.1: Lille, 1000 meals × (6.29 − 0.51) = 5780 kg avoided; an organisation
// whose name starts with "=", 2000 pkm × (0.225 − 0.00334) = 443.32 kg. Both in 2026.
const group: ConsolidationGroup = {
  table: { id: 'ademe-selection', version: '2025.1' },
  basis: 'as-stated',
  periodYears: null,
  sources: ['lille.json', 'other.json'],
  scenarios: [],
  duplicates: [],
  findings: [],
  totals: { baseline: 6740, alternative: 516.68, avoided: 6223.32 },
  byCategory: [
    { key: 'food', amounts: { baseline: 6290, alternative: 510, avoided: 5780 } },
    { key: 'travel', amounts: { baseline: 450, alternative: 6.68, avoided: 443.32 } },
  ],
  byOrganisation: [
    { key: 'Lille', amounts: { baseline: 6290, alternative: 510, avoided: 5780 } },
    { key: '=HYPERLINK("http://evil";"x")', amounts: { baseline: 450, alternative: 6.68, avoided: 443.32 } },
  ],
  byYear: [{ key: '2026', amounts: { baseline: 6740, alternative: 516.68, avoided: 6223.32 } }],
};

describe('consolidation CSV', () => {
  it('has a row per category, organisation and year, then the total, each naming the table version', () => {
    expect(consolidationCsvRows(group)).toEqual([
      ['dimension', 'key', 'baseline_kgco2e', 'alternative_kgco2e', 'avoided_kgco2e', 'table_id', 'table_version', 'basis', 'period_years'],
      ['category', 'food', 6290, 510, 5780, 'ademe-selection', '2025.1', 'as-stated', ''],
      ['category', 'travel', 450, 6.68, 443.32, 'ademe-selection', '2025.1', 'as-stated', ''],
      ['organisation', 'Lille', 6290, 510, 5780, 'ademe-selection', '2025.1', 'as-stated', ''],
      ['organisation', '=HYPERLINK("http://evil";"x")', 450, 6.68, 443.32, 'ademe-selection', '2025.1', 'as-stated', ''],
      ['year', '2026', 6740, 516.68, 6223.32, 'ademe-selection', '2025.1', 'as-stated', ''],
      ['total', '', 6740, 516.68, 6223.32, 'ademe-selection', '2025.1', 'as-stated', ''],
    ]);
  });

  it('writes the French spreadsheet dialect: BOM, semicolons, decimal comma; a formula kept as text', () => {
    expect(consolidationCsv(group, FRENCH_SPREADSHEET_CSV)).toBe(
      '\uFEFF' +
        [
          'dimension;key;baseline_kgco2e;alternative_kgco2e;avoided_kgco2e;table_id;table_version;basis;period_years',
          'category;food;6290;510;5780;ademe-selection;2025.1;as-stated;',
          'category;travel;450;6,68;443,32;ademe-selection;2025.1;as-stated;',
          'organisation;Lille;6290;510;5780;ademe-selection;2025.1;as-stated;',
          // Prefixed with ' so a spreadsheet shows it; quoted because it holds the separator and quotes.
          `organisation;"'=HYPERLINK(""http://evil"";""x"")";450;6,68;443,32;ademe-selection;2025.1;as-stated;`,
          'year;2026;6740;516,68;6223,32;ademe-selection;2025.1;as-stated;',
          'total;;6740;516,68;6223,32;ademe-selection;2025.1;as-stated;',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('writes the international dialect: commas, decimal point, no BOM', () => {
    const lines = consolidationCsv(group, INTERNATIONAL_CSV).split('\r\n');
    expect(lines[0]).toBe('dimension,key,baseline_kgco2e,alternative_kgco2e,avoided_kgco2e,table_id,table_version,basis,period_years');
    expect(lines[2]).toBe('category,travel,450,6.68,443.32,ademe-selection,2025.1,as-stated,');
    expect(lines[4]).toBe(`organisation,"'=HYPERLINK(""http://evil"";""x"")",450,6.68,443.32,ademe-selection,2025.1,as-stated,`);
    expect(lines[6]).toBe('total,,6740,516.68,6223.32,ademe-selection,2025.1,as-stated,');
    expect(lines[7]).toBe('');
  });

  it('names the file after the table version and what the totals count', () => {
    expect(consolidationFileName(group, 'csv')).toBe('consolidation-ademe-selection-2025-1-as-stated.csv');
    expect(consolidationFileName(group, 'json')).toBe('consolidation-ademe-selection-2025-1-as-stated.json');
    expect(consolidationFileName({ ...group, basis: 'period', periodYears: 4 }, 'csv')).toBe('consolidation-ademe-selection-2025-1-4-years.csv');
  });
});
