// One row per line of an estimate, with everything needed to trace each number to its factors.
import type { Estimate, SideExplanation } from '../domain';
import { writeCsv, type CsvCell, type CsvDialect } from './csv-writer';

const SIDE_COLUMNS = ['factor_id', 'factor_label', 'factor_value', 'factor_unit', 'factor_source', 'factor_source_id', 'factor_year', 'lifetime_years'];

export const LINE_CSV_HEADER = [
  'line_id',
  'label',
  'category',
  'quantity',
  'unit',
  'share',
  ...SIDE_COLUMNS.map((c) => `baseline_${c}`),
  ...SIDE_COLUMNS.map((c) => `alternative_${c}`),
  'lifetime_ratio',
  'quantity_ratio',
  'data_kind',
  'baseline_kgco2e',
  'alternative_kgco2e',
  'avoided_kgco2e',
  'table_id',
  'table_version',
  'warnings',
];

function sideCells(side: SideExplanation, language: 'fr' | 'en'): CsvCell[] {
  const f = side.factor;
  return [f.id, f.label[language], f.value, f.unit, f.source, f.sourceId, f.year, side.lifetimeYears];
}

export function estimateLinesCsv(estimate: Estimate, dialect: CsvDialect, language: 'fr' | 'en' = 'en'): string {
  const rows: CsvCell[][] = [LINE_CSV_HEADER];
  for (const line of estimate.lines) {
    const x = line.explanation;
    rows.push([
      line.id,
      line.label,
      line.category,
      x.quantity,
      x.unit,
      x.share,
      ...sideCells(x.baseline, language),
      ...sideCells(x.alternative, language),
      x.lifetimeRatio,
      x.quantityRatio,
      line.dataKind,
      line.baseline,
      line.alternative,
      line.avoided,
      estimate.table.id,
      estimate.table.version,
      line.warnings.join(' '),
    ]);
  }
  return writeCsv(rows, dialect);
}

export const CATEGORY_CSV_HEADER = ['category', 'line_count', 'baseline_kgco2e', 'alternative_kgco2e', 'avoided_kgco2e', 'table_id', 'table_version'];

/** One row per purchase category, then a `total` row. */
export function estimateCategoriesCsv(estimate: Estimate, dialect: CsvDialect): string {
  const { id, version } = estimate.table;
  const rows: CsvCell[][] = [CATEGORY_CSV_HEADER];
  for (const c of estimate.categories) rows.push([c.category, c.lineCount, c.baseline, c.alternative, c.avoided, id, version]);
  const lineCount = estimate.categories.reduce((n, c) => n + c.lineCount, 0);
  const t = estimate.totals;
  rows.push(['total', lineCount, t.baseline, t.alternative, t.avoided, id, version]);
  return writeCsv(rows, dialect);
}
