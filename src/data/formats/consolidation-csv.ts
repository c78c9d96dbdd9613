// A consolidated group as CSV for analysts: its sums by category, organisation and year, then its total,
// every row naming the table version and what the totals count (groups of different versions or bases are
// never added up, so a row read alone must still say which version it counts in and what it counts).
import type { Amounts, ConsolidationGroup } from '../../domain';
import { writeCsv, type CsvCell, type CsvDialect } from './csv-writer';
import { fileNameFor } from './scenario-file';

export const CONSOLIDATION_CSV_COLUMNS = [
  'dimension',
  'key',
  'baseline_kgco2e',
  'alternative_kgco2e',
  'avoided_kgco2e',
  'table_id',
  'table_version',
  'basis',
  'period_years',
] as const;

/** The header, then one row per category, per organisation, per year (in the group's order), then the total. */
export function consolidationCsvRows(group: ConsolidationGroup): CsvCell[][] {
  const row = (dimension: string, key: string, a: Amounts): CsvCell[] => [
    dimension,
    key,
    a.baseline,
    a.alternative,
    a.avoided,
    group.table.id,
    group.table.version,
    group.basis,
    group.periodYears ?? '',
  ];
  return [
    [...CONSOLIDATION_CSV_COLUMNS],
    ...group.byCategory.map((x) => row('category', x.key, x.amounts)),
    ...group.byOrganisation.map((x) => row('organisation', x.key, x.amounts)),
    ...group.byYear.map((x) => row('year', x.key, x.amounts)),
    row('total', '', group.totals),
  ];
}

/** The CSV text; an organisation name a spreadsheet would run as a formula is written as text. */
export function consolidationCsv(group: ConsolidationGroup, dialect: CsvDialect): string {
  return writeCsv(consolidationCsvRows(group), dialect);
}

/** `consolidation-<table id>-<version>-<basis>.<extension>`, in the characters every file system takes. */
export function consolidationFileName(group: ConsolidationGroup, extension: string): string {
  const basis = group.basis === 'period' ? `${group.periodYears}-years` : group.basis;
  return fileNameFor(`consolidation-${group.table.id}-${group.table.version}-${basis}`, extension);
}
