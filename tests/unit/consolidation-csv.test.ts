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

  it('writes the French spreadsheet dialect: BOM, semicolons, decimal comma, French words; a formula kept as text', () => {
    expect(consolidationCsv(group, FRENCH_SPREADSHEET_CSV, 'fr')).toBe(
      '\uFEFF' +
        [
          'Regroupement;Groupe;Émissions de la référence (kg CO2e);Émissions de l’option durable (kg CO2e);Émissions évitées (kg CO2e);' +
            'Table de facteurs;Version de la table;Ce que comptent les chiffres;Période (ans)',
          'Catégorie;Restauration et alimentation;6290;510;5780;ademe-selection;2025.1;lignes telles que saisies;',
          'Catégorie;Véhicules et déplacements;450;6,68;443,32;ademe-selection;2025.1;lignes telles que saisies;',
          'Organisation;Lille;6290;510;5780;ademe-selection;2025.1;lignes telles que saisies;',
          // Prefixed with ' so a spreadsheet shows it; quoted because it holds the separator and quotes.
          `Organisation;"'=HYPERLINK(""http://evil"";""x"")";450;6,68;443,32;ademe-selection;2025.1;lignes telles que saisies;`,
          'Année;2026;6740;516,68;6223,32;ademe-selection;2025.1;lignes telles que saisies;',
          'Total;;6740;516,68;6223,32;ademe-selection;2025.1;lignes telles que saisies;',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('in words, says when a scenario gives no organisation or year, and names the period in English too', () => {
    const unstated: ConsolidationGroup = {
      ...group,
      basis: 'period',
      periodYears: 4,
      byOrganisation: [{ key: '', amounts: group.totals }],
      byYear: [{ key: '', amounts: group.totals }],
    };
    const rows = consolidationCsv(unstated, FRENCH_SPREADSHEET_CSV, 'en').slice(1).split('\r\n');
    expect(rows[0]).toBe(
      'Grouped by;Group;Baseline emissions (kg CO2e);Alternative emissions (kg CO2e);Avoided emissions (kg CO2e);Factor table;Table version;What the figures count;Period (years)',
    );
    expect(rows[3]).toBe('Organisation;(not stated);6740;516,68;6223,32;ademe-selection;2025.1;over the period;4');
    expect(rows[4]).toBe('Year;(not stated);6740;516,68;6223,32;ademe-selection;2025.1;over the period;4');
    // The international dialect keeps the empty key, as programs read it.
    expect(consolidationCsv(unstated, INTERNATIONAL_CSV, 'en').split('\r\n')[3]).toBe('organisation,,6740,516.68,6223.32,ademe-selection,2025.1,period,4');
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
