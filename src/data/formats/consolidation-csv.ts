// A consolidated group as CSV for analysts: its sums by category, organisation and year, then its total,
// every row naming the table version and what the totals count (groups of different versions or bases are
// never added up, so a row read alone must still say which version it counts in and what it counts).
import type { Amounts, ConsolidationGroup } from '../../domain';
import { translate, type Language } from '../../i18n';
import { INTERNATIONAL_CSV, writeCsv, type CsvCell, type CsvDialect } from './csv-writer';
import { csvWords } from './csv-words';
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

/**
 * The header, then one row per category, per organisation, per year (in the group's order), then the total.
 * Codes with the international dialect (the default); words in `language` with the French spreadsheet dialect,
 * where a scenario without organisation or year says so, as the screen does.
 */
export function consolidationCsvRows(group: ConsolidationGroup, dialect: CsvDialect = INTERNATIONAL_CSV, language: Language = 'en'): CsvCell[][] {
  const words = csvWords(dialect, language);
  const inWords = dialect.labels === 'words';
  const unknown = (key: string) => (key || !inWords ? key : translate(language, 'consolidation.unknown'));
  const row = (dimension: string, key: string, a: Amounts): CsvCell[] => [
    dimension,
    key,
    a.baseline,
    a.alternative,
    a.avoided,
    group.table.id,
    group.table.version,
    words.basis(group.basis),
    group.periodYears ?? '',
  ];
  return [
    words.header(CONSOLIDATION_CSV_COLUMNS),
    ...group.byCategory.map((x) => row(words.dimension('category'), words.category(x.key), x.amounts)),
    ...group.byOrganisation.map((x) => row(words.dimension('organisation'), unknown(x.key), x.amounts)),
    ...group.byYear.map((x) => row(words.dimension('year'), unknown(x.key), x.amounts)),
    row(words.summaryRow('total', group.periodYears), '', group.totals),
  ];
}

/** The CSV text; an organisation name a spreadsheet would run as a formula is written as text. */
export function consolidationCsv(group: ConsolidationGroup, dialect: CsvDialect, language: Language = 'en'): string {
  return writeCsv(consolidationCsvRows(group, dialect, language), dialect);
}

/** `consolidation-<table id>-<version>-<basis>.<extension>`, in the characters every file system takes. */
export function consolidationFileName(group: ConsolidationGroup, extension: string): string {
  const basis = group.basis === 'period' ? `${group.periodYears}-years` : group.basis;
  return fileNameFor(`consolidation-${group.table.id}-${group.table.version}-${basis}`, extension);
}
