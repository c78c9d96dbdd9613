// One row per line of an estimate, with everything needed to trace each number to its factors.
import type { Estimate, ScenarioCosts, SideExplanation, EstimateIntervals } from '../../domain';
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
  'avoided_p2_5_kgco2e',
  'avoided_p97_5_kgco2e',
  'baseline_cost_eur',
  'alternative_cost_eur',
  'extra_cost_eur',
  'cost_per_tonne_avoided_eur',
  'cost_classification',
  'table_id',
  'table_version',
  'warnings',
];

function sideCells(side: SideExplanation, language: 'fr' | 'en'): CsvCell[] {
  const f = side.factor;
  return [f.id, f.label[language], f.value, f.unit, f.source, f.sourceId, f.year, side.lifetimeYears];
}

/** The 95 % interval columns stay in every file, empty where no interval was computed. */
export function estimateLinesCsv(
  estimate: Estimate,
  dialect: CsvDialect,
  language: 'fr' | 'en' = 'en',
  intervals?: EstimateIntervals | null,
  costs?: ScenarioCosts | null,
): string {
  const rows: CsvCell[][] = [LINE_CSV_HEADER];
  const byLine = new Map(intervals?.lines.map((l) => [l.id, l.avoided]) ?? []);
  const costOf = new Map(costs?.lines.map((l) => [l.id, l.costs]) ?? []);
  for (const line of estimate.lines) {
    const x = line.explanation;
    const i = byLine.get(line.id);
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
      i?.p2_5,
      i?.p97_5,
      costOf.get(line.id)?.baselineCost,
      costOf.get(line.id)?.alternativeCost,
      costOf.get(line.id)?.extraCost,
      costOf.get(line.id)?.costPerTonne,
      costOf.get(line.id)?.classification,
      estimate.table.id,
      estimate.table.version,
      line.warnings.join(' '),
    ]);
  }
  return writeCsv(rows, dialect);
}

export const CATEGORY_CSV_HEADER = [
  'category',
  'line_count',
  'baseline_kgco2e',
  'alternative_kgco2e',
  'avoided_kgco2e',
  'avoided_p2_5_kgco2e',
  'avoided_p97_5_kgco2e',
  'table_id',
  'table_version',
];

/** One row per purchase category, then a `total` row. */
export function estimateCategoriesCsv(estimate: Estimate, dialect: CsvDialect, intervals?: EstimateIntervals | null): string {
  const { id, version } = estimate.table;
  const byCategory = new Map(intervals?.categories.map((c) => [c.category, c.avoided]) ?? []);
  const rows: CsvCell[][] = [CATEGORY_CSV_HEADER];
  for (const c of estimate.categories) {
    const i = byCategory.get(c.category);
    rows.push([c.category, c.lineCount, c.baseline, c.alternative, c.avoided, i?.p2_5, i?.p97_5, id, version]);
  }
  const lineCount = estimate.categories.reduce((n, c) => n + c.lineCount, 0);
  const t = estimate.totals;
  const ti = intervals?.totals.avoided;
  rows.push(['total', lineCount, t.baseline, t.alternative, t.avoided, ti?.p2_5, ti?.p97_5, id, version]);
  return writeCsv(rows, dialect);
}
