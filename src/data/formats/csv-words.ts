// How a CSV names things: by codes for programs (food, meal, true: the international dialect, unchanged since
// the first release), or in words for a person, in the file's language (Restauration et alimentation, repas,
// oui). Every CSV writer goes through one of these two, so no column can be left half translated.
import {
  isUnitId,
  parseFactorUnit,
  type CategoryId,
  type CostClassification,
  type Finding,
  type LineEstimate,
  type TotalsBasis,
  type UnitId,
  type WarningCode,
} from '../../domain';
import { translate, type Language } from '../../i18n';
import { fileWord, type FileWordKey } from '../../i18n/file-words';
import { sourceText } from '../../i18n/source-text';
import type { CsvDialect } from './csv-writer';
import { findingsInWords, findingsText } from './findings-text';

/** The category CSV's rows after the categories. */
export type SummaryRow = 'total' | 'excluded' | 'one-off' | 'yearly-per-year' | 'yearly-over-period' | 'unstated';

const SUMMARY_ROW_KEYS = {
  total: 'xlsx.total',
  excluded: 'xlsx.excluded',
  'one-off': 'report.flows.oneOff',
  'yearly-per-year': 'report.flows.yearly',
  'yearly-over-period': 'report.flows.overPeriod',
  unstated: 'report.flows.unstated',
} as const;

export interface CsvWords {
  readonly header: (columns: readonly string[]) => string[];
  readonly category: (category: CategoryId | string) => string;
  readonly unit: (unit: UnitId) => string;
  /** `kgCO2e/meal`, or in words `kgCO2e/repas`; a unit the engine does not know is written as it is. */
  readonly factorUnit: (unit: string) => string;
  readonly dataKind: (kind: LineEstimate['dataKind']) => string;
  readonly flow: (flow: LineEstimate['flow']) => string;
  readonly yesNo: (value: boolean) => string;
  /** A factor's source as the table gives it, or with its few French words (contributeur, source…) in the file's language. */
  readonly source: (text: string) => string;
  readonly basis: (basis: TotalsBasis) => string;
  readonly classification: (classification: CostClassification | undefined) => string | undefined;
  readonly warnings: (warnings: readonly WarningCode[]) => string;
  readonly findings: (findings: readonly Finding[]) => string;
  /** Another baseline of a line and what it would avoid, already written with the dialect's decimal mark. */
  readonly variant: (name: string, avoided: string) => string;
  /** The dimension a consolidation row groups by: category, organisation, year. */
  readonly dimension: (dimension: 'category' | 'organisation' | 'year') => string;
  readonly summaryRow: (row: SummaryRow, periodYears: number | null) => string;
}

const CODES = (language: Language): CsvWords => ({
  header: (columns) => [...columns],
  category: (category) => category,
  unit: (unit) => unit,
  factorUnit: (unit) => unit,
  dataKind: (kind) => kind,
  flow: (flow) => flow ?? '',
  yesNo: (value) => String(value),
  source: (text) => text,
  basis: (basis) => basis,
  classification: (classification) => classification,
  warnings: (warnings) => warnings.join(' '),
  findings: (findings) => findingsText(findings, language),
  variant: (name, avoided) => `${name}: avoided_kgco2e=${avoided}`,
  dimension: (dimension) => dimension,
  summaryRow: (row) => row,
});

function words(language: Language): CsvWords {
  const say = (key: FileWordKey, params?: Record<string, string | number>) => fileWord(language, key, params);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  return {
    header: (columns) => columns.map((c) => say(`column.${c}` as FileWordKey)),
    category: (category) => t(`category.${category as CategoryId}`),
    unit: (unit) => t(`unit.${unit}`),
    factorUnit: (unit) => factorUnitInWords(unit, language),
    dataKind: (kind) => t(`dataKind.${kind}`),
    flow: (flow) => (flow ? t(`report.flow.${flow}`) : ''),
    yesNo: (value) => say(value ? 'yes' : 'no'),
    source: (text) => sourceText(text, language),
    basis: (basis) => say(`basis.${basis}`),
    classification: (c) => (c === undefined ? undefined : c === 'abates' ? say('class.abates') : t(`costs.class.${c}`)),
    warnings: (warnings) => warnings.map((w) => say(`warning.${w}`)).join(' | '),
    findings: (findings) => findingsInWords(findings, language),
    variant: (name, avoided) => say('variant', { name, avoided }),
    dimension: (dimension) => say(`dimension.${dimension}`),
    summaryRow: (row, periodYears) => t(SUMMARY_ROW_KEYS[row], { years: periodYears ?? '' }),
  };
}

/** A factor's unit as the screens write it, `kgCO2e/repas`; a unit the engine does not know, as it is. */
export function factorUnitInWords(unit: string, language: Language): string {
  const per = isUnitId(unit) ? unit : parseFactorUnit(unit);
  return per ? `kgCO2e/${translate(language, `per.${per}`)}` : unit;
}

/** The dialect's way of naming things, in the file's language. */
export function csvWords(dialect: CsvDialect, language: Language): CsvWords {
  return dialect.labels === 'words' ? words(language) : CODES(language);
}
