// One row per line of an estimate, with everything needed to trace each number to its factors and to
// see whether, and how many times, the totals count it.
import {
  lineName,
  type Amounts,
  type Estimate,
  type EstimateIntervals,
  type LineEstimate,
  type ScenarioCosts,
  type SideExplanation,
  type TotalsBasis,
} from '../../domain';
import { translate, type Language } from '../../i18n';
import { roundForExport, roundInterval, writeCsv, type CsvCell, type CsvDialect } from './csv-writer';
import { csvWords, type CsvWords, type SummaryRow } from './csv-words';

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
  // Added with the method rules (issue 11), after the older columns so that a reader by position still reads them.
  'flow',
  'counted',
  'totals_multiplier',
  'avoided_in_totals_kgco2e',
  'findings',
  'baseline_variants',
];

function sideCells(side: SideExplanation, language: Language, words: CsvWords): CsvCell[] {
  const f = side.factor;
  return [f.id, f.label[language], f.value, words.factorUnit(f.unit), words.source(f.source), f.sourceId, f.year, side.lifetimeYears];
}

/** A number inside a text cell, with the dialect's decimal mark. */
const inText = (value: number, dialect: CsvDialect) => String(roundForExport(value)).replace('.', dialect.decimal);

/** `<factor id> (<label>): avoided_kgco2e=<n>` for each other baseline the line states (in words: `<factor id> (<label>) : <n>`). */
const variantsText = (line: LineEstimate, dialect: CsvDialect, words: CsvWords) =>
  line.variants.map((v) => words.variant(`${v.factor.id}${v.label ? ` (${v.label})` : ''}`, inText(v.avoided, dialect))).join(' | ');

/**
 * The 95 % interval columns stay in every file, empty where no interval was computed. With the international
 * dialect the header is LINE_CSV_HEADER and the values codes; with the French spreadsheet dialect both are words.
 */
export function estimateLinesCsv(
  estimate: Estimate,
  dialect: CsvDialect,
  language: Language = 'en',
  intervals?: EstimateIntervals | null,
  costs?: ScenarioCosts | null,
): string {
  const words = csvWords(dialect, language);
  const rows: CsvCell[][] = [words.header(LINE_CSV_HEADER)];
  const byLine = new Map(intervals?.lines.map((l) => [l.id, l.avoided]) ?? []);
  const costOf = new Map(costs?.lines.map((l) => [l.id, l.costs]) ?? []);
  for (const line of estimate.lines) {
    const x = line.explanation;
    const i = byLine.get(line.id);
    rows.push([
      line.id,
      lineName(line, language),
      words.category(line.category),
      x.quantity,
      words.unit(x.unit),
      x.share,
      ...sideCells(x.baseline, language, words),
      ...sideCells(x.alternative, language, words),
      x.lifetimeRatio,
      x.quantityRatio,
      words.dataKind(line.dataKind),
      line.baseline,
      line.alternative,
      line.avoided,
      roundInterval(i?.p2_5),
      roundInterval(i?.p97_5),
      costOf.get(line.id)?.baselineCost,
      costOf.get(line.id)?.alternativeCost,
      costOf.get(line.id)?.extraCost,
      costOf.get(line.id)?.costPerTonne,
      words.classification(costOf.get(line.id)?.classification),
      estimate.table.id,
      estimate.table.version,
      words.warnings(line.warnings),
      words.flow(line.flow),
      words.yesNo(line.counted),
      line.totalsMultiplier,
      line.totalsMultiplier * line.avoided,
      words.findings(line.findings),
      variantsText(line, dialect, words),
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
  // Added with the method rules (issue 11): what each row's figures are.
  'basis',
  'period_years',
  'findings',
  'note',
];

/**
 * One row per purchase category and a `total` row, as the totals count them (`basis`); then `excluded`, the
 * lines with an error finding, as stated; and when the scenario states its period, the counted lines by
 * flow: `one-off`, `yearly-per-year`, `yearly-over-period` (and `unstated`, lines that say neither).
 * `line_count` counts every line of a category, counted or not. The total row carries the scenario's
 * findings and what the figure is (rule 5). These keys, `basis` and the header are codes in the international dialect,
 * words in the French spreadsheet dialect (Total, Achats ponctuels, sur la période).
 */
export function estimateCategoriesCsv(estimate: Estimate, dialect: CsvDialect, intervals?: EstimateIntervals | null, language: Language = 'en'): string {
  const { id, version } = estimate.table;
  const period = estimate.periodYears;
  const words = csvWords(dialect, language);
  const byCategory = new Map(intervals?.categories.map((c) => [c.category, c.avoided]) ?? []);
  const row = (key: string, lineCount: number, a: Amounts, basis: TotalsBasis, low?: number, high?: number): CsvCell[] => [
    key,
    lineCount,
    a.baseline,
    a.alternative,
    a.avoided,
    roundInterval(low),
    roundInterval(high),
    id,
    version,
    words.basis(basis),
    basis === 'period' ? period : null,
    null,
    null,
  ];
  const summary = (key: SummaryRow) => words.summaryRow(key, period);
  const rows: CsvCell[][] = [words.header(CATEGORY_CSV_HEADER)];
  for (const c of estimate.categories) {
    const i = byCategory.get(c.category);
    rows.push(row(words.category(c.category), c.lineCount, c, estimate.basis, i?.p2_5, i?.p97_5));
  }
  const lineCount = estimate.categories.reduce((n, c) => n + c.lineCount, 0);
  const ti = intervals?.totals.avoided;
  const total = row(summary('total'), lineCount, estimate.totals, estimate.basis, ti?.p2_5, ti?.p97_5);
  total.splice(-2, 2, words.findings(estimate.findings), translate(language, 'report.potential'));
  rows.push(total);
  const counted = (flow: LineEstimate['flow']) => estimate.lines.filter((l) => l.counted && l.flow === flow).length;
  rows.push(row(summary('excluded'), estimate.lines.filter((l) => !l.counted).length, estimate.excluded, 'as-stated'));
  if (period !== null) {
    const { oneOff, yearly, unstated } = estimate.flows;
    const times = (a: Amounts): Amounts => ({ baseline: period * a.baseline, alternative: period * a.alternative, avoided: period * a.avoided });
    rows.push(row(summary('one-off'), counted('one-off'), oneOff, 'one-off'));
    rows.push(row(summary('yearly-per-year'), counted('yearly'), yearly, 'per-year'));
    rows.push(row(summary('yearly-over-period'), counted('yearly'), times(yearly), 'period'));
    if (counted(null) > 0) rows.push(row(summary('unstated'), counted(null), unstated, 'as-stated'));
  }
  return writeCsv(rows, dialect);
}
