// The estimate as an Excel workbook: summary, lines, categories, factors used, costs, method and the
// method rules' findings, every number a number and every text cell safe from formula injection. Loaded
// only when someone asks for a workbook.
import writeXlsxFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/universal';
import { lineName, type Amounts, type Estimate, type EstimateIntervals, type LineEstimate, type Scenario, type ScenarioCosts } from '../../domain';
import { factorsUsed } from './factors-used';
import type { Language, MessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { fileWord } from '../../i18n/file-words';
import { sourceText } from '../../i18n/source-text';
import { factorUnitInWords } from './csv-words';
import { findingInWords, findingsInWords } from './findings-text';
import { basisSentence, flowRows } from './totals-text';
import { bound, head, num, text } from './xlsx-cells';
import { costSheet } from './xlsx-cost-sheet';

export interface WorkbookInput {
  readonly scenario: Scenario;
  readonly estimate: Estimate;
  /** Whole-life costs from the same evaluation as the estimate. */
  readonly costs: ScenarioCosts;
  readonly language: Language;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  readonly exportedAt: Date;
  /** 95 % intervals, when computed: added beside each avoided figure. */
  readonly intervals?: EstimateIntervals | null;
}

/** A label, then the amount's avoided figure in kg and in tonnes, as the summary's total rows. */
const avoidedRow = (label: string, a: Amounts): Cell[] => [text(label), num(a.avoided, '#,##0.00'), num(a.avoided / 1000, '#,##0.000')];

export function workbookSheets({ scenario, estimate, costs, language, t, exportedAt, intervals }: WorkbookInput): Sheet<Blob>[] {
  const totals = estimate.totals;
  const lineInterval = new Map(intervals?.lines.map((l) => [l.id, l.avoided]) ?? []);
  const categoryInterval = new Map(intervals?.categories.map((c) => [c.category, c.avoided]) ?? []);
  const low = fileWord(language, 'xlsx.intervalLow');
  const high = fileWord(language, 'xlsx.intervalHigh');
  const unitOf = (factorUnit: string) => text(factorUnitInWords(factorUnit, language));
  const variants = (l: LineEstimate) =>
    l.variants
      .map((v) => fileWord(language, 'variant', { name: `${v.factor.id}${v.label ? ` (${v.label})` : ''}`, avoided: formatNumber(v.avoided, language) }))
      .join(' | ');
  const summary: SheetData = [
    [{ value: scenario.name, type: String, fontWeight: 'bold' }],
    [text(t('report.potential'))],
    [text(t('xlsx.table')), text(`${estimate.table.id} ${estimate.table.version}`)],
    [text(t('xlsx.checksum')), text(scenario.factorTable.checksum ?? '')],
    [text(t('xlsx.exportedAt')), { value: exportedAt, type: Date, format: 'yyyy-mm-dd hh:mm' }],
    [],
    head(['', 'kg CO2e', 't CO2e']),
    [text(t('col.baseline')), num(totals.baseline, '#,##0.00'), num(totals.baseline / 1000, '#,##0.000')],
    [text(t('col.alternative')), num(totals.alternative, '#,##0.00'), num(totals.alternative / 1000, '#,##0.000')],
    [text(t('col.avoided')), num(totals.avoided, '#,##0.00'), num(totals.avoided / 1000, '#,##0.000')],
    [text(low), bound(intervals?.totals.avoided.p2_5)],
    [text(high), bound(intervals?.totals.avoided.p97_5)],
    [text(t('xlsx.reduction')), num(totals.baseline > 0 ? totals.avoided / totals.baseline : null, '0.0%')],
    [text(t('xlsx.basis')), text(basisSentence(estimate, language, t))],
    ...flowRows(estimate, language, t).map((r) => avoidedRow(r.label, r.amounts)),
    avoidedRow(`${t('xlsx.excluded')} — ${estimate.lines.filter((l) => !l.counted).length}`, estimate.excluded),
    [],
    [{ value: t('xlsx.findings'), type: String, fontWeight: 'bold' }],
    ...(estimate.findings.length ? estimate.findings.map((f) => [text(findingInWords(f, language))]) : [[text(t('xlsx.noFindings'))]]),
    [],
    [text(t('method.apart'))],
    [text(t('method.screening'))],
  ];

  const lines: SheetData = [
    head([
      fileWord(language, 'xlsx.lineId'),
      t('editor.label'),
      t('col.category'),
      t('editor.quantity'),
      t('editor.unit'),
      t('editor.share'),
      t('xlsx.baselineFactor'),
      t('xlsx.baselineValue'),
      fileWord(language, 'xlsx.baselineUnit'),
      t('xlsx.alternativeFactor'),
      t('xlsx.alternativeValue'),
      fileWord(language, 'xlsx.alternativeUnit'),
      t('xlsx.lifetimeRatio'),
      t('xlsx.dataKind'),
      `${t('col.baseline')} (kg CO2e)`,
      `${t('col.alternative')} (kg CO2e)`,
      `${t('col.avoided')} (kg CO2e)`,
      low,
      high,
      t('xlsx.flow'),
      t('xlsx.counted'),
      t('xlsx.multiplier'),
      t('xlsx.avoidedInTotals'),
      t('xlsx.findings'),
      t('xlsx.variants'),
    ]),
    ...estimate.lines.map((l) => {
      const x = l.explanation;
      return [
        text(l.id),
        text(lineName(l, language)),
        text(t(`category.${l.category}`)),
        num(x.quantity),
        text(t(`unit.${x.unit}`)),
        num(x.share, '0%'),
        text(`${x.baseline.factor.id} — ${x.baseline.factor.label[language]}`),
        num(x.baseline.factor.value),
        unitOf(x.baseline.factor.unit),
        text(`${x.alternative.factor.id} — ${x.alternative.factor.label[language]}`),
        num(x.alternative.factor.value),
        unitOf(x.alternative.factor.unit),
        num(x.lifetimeRatio),
        text(t(`dataKind.${l.dataKind}`)),
        num(l.baseline, '#,##0.00'),
        num(l.alternative, '#,##0.00'),
        num(l.avoided, '#,##0.00'),
        bound(lineInterval.get(l.id)?.p2_5),
        bound(lineInterval.get(l.id)?.p97_5),
        text(l.flow && t(`report.flow.${l.flow}`)),
        { value: l.counted, type: Boolean },
        num(l.totalsMultiplier),
        num(l.totalsMultiplier * l.avoided, '#,##0.00'),
        text(findingsInWords(l.findings, language)),
        text(variants(l)),
      ];
    }),
  ];

  // Every finding on a row of its own, the line's first, then the scenario's.
  const findings: SheetData = [
    head([fileWord(language, 'xlsx.lineId'), t('editor.label'), t('xlsx.rule'), t('xlsx.code'), t('xlsx.severity'), t('xlsx.message')]),
    ...[
      ...estimate.lines.map((l) => ({ id: l.id, label: lineName(l, language), findings: l.findings })),
      { id: t('xlsx.scenarioLevel'), label: '', findings: estimate.findings },
    ].flatMap((owner) =>
      owner.findings.map((f) => [
        text(owner.id),
        text(owner.label),
        num(f.rule),
        text(f.code),
        text(t(`report.severity.${f.severity}`)),
        text(f.message[language]),
      ]),
    ),
  ];

  const categories: SheetData = [
    head([
      t('col.category'),
      t('col.lines'),
      `${t('col.baseline')} (kg CO2e)`,
      `${t('col.alternative')} (kg CO2e)`,
      `${t('col.avoided')} (kg CO2e)`,
      low,
      high,
    ]),
    ...estimate.categories.map((c) => [
      text(t(`category.${c.category}`)),
      num(c.lineCount),
      num(c.baseline, '#,##0.00'),
      num(c.alternative, '#,##0.00'),
      num(c.avoided, '#,##0.00'),
      bound(categoryInterval.get(c.category)?.p2_5),
      bound(categoryInterval.get(c.category)?.p97_5),
    ]),
    [
      text(t('xlsx.total')),
      num(estimate.lines.length),
      num(totals.baseline, '#,##0.00'),
      num(totals.alternative, '#,##0.00'),
      num(totals.avoided, '#,##0.00'),
      bound(intervals?.totals.avoided.p2_5),
      bound(intervals?.totals.avoided.p97_5),
    ],
    [
      text(t('xlsx.excluded')),
      num(estimate.lines.filter((l) => !l.counted).length),
      num(estimate.excluded.baseline, '#,##0.00'),
      num(estimate.excluded.alternative, '#,##0.00'),
      num(estimate.excluded.avoided, '#,##0.00'),
    ],
    ...flowRows(estimate, language, t).map((r) => [
      text(r.label),
      null,
      num(r.amounts.baseline, '#,##0.00'),
      num(r.amounts.alternative, '#,##0.00'),
      num(r.amounts.avoided, '#,##0.00'),
    ]),
    [],
    [text(basisSentence(estimate, language, t))],
  ];

  const factors: SheetData = [
    head([
      t('xlsx.factorId'),
      t('editor.label'),
      t('customFactor.value'),
      t('editor.unit'),
      t('customFactor.uncertainty'),
      fileWord(language, 'xlsx.source'),
      t('customFactor.sourceId'),
      t('customFactor.year'),
      t('xlsx.validUntil'),
      t('xlsx.licence'),
      t('xlsx.origin'),
    ]),
    ...factorsUsed(estimate).map((f) => [
      text(f.id),
      text(f.label[language]),
      num(f.value),
      unitOf(f.unit),
      num(f.uncertainty ?? null, '0%'),
      text(sourceText(f.source, language)),
      text(f.sourceId),
      num(f.year),
      text(f.validUntil),
      text(sourceText(f.licence, language)),
      text(f.origin.kind === 'table' ? `${f.origin.tableId} ${f.origin.tableVersion}` : t('lines.scenarioFactor')),
    ]),
  ];

  const method: SheetData = [
    [{ value: t('method.heading'), type: String, fontWeight: 'bold' }],
    [text(t('lines.formulaBaseline'))],
    [text(t('lines.formulaAlternative'))],
    [text(t('xlsx.avoidedFormula'))],
    [text(t('xlsx.symbols'))],
    [],
    [text(t('method.apart'))],
    [text(t('method.screening'))],
    [text(t('method.truth'))],
  ];

  return [
    { data: summary, sheet: t('xlsx.sheet.summary'), columns: [{ width: 28 }, { width: 18 }, { width: 14 }] },
    {
      data: lines,
      sheet: t('xlsx.sheet.lines'),
      columns: [
        { width: 14 },
        { width: 40 },
        { width: 22 },
        {},
        {},
        {},
        { width: 44 },
        { width: 12 },
        { width: 18 },
        { width: 44 },
        { width: 12 },
        { width: 18 },
        {},
        { width: 20 },
        { width: 18 },
        { width: 18 },
        { width: 18 },
        { width: 18 },
        { width: 18 },
      ],
      stickyRowsCount: 1,
    },
    {
      data: categories,
      sheet: t('xlsx.sheet.categories'),
      columns: [{ width: 30 }, {}, { width: 18 }, { width: 18 }, { width: 18 }, { width: 22 }, { width: 22 }],
      stickyRowsCount: 1,
    },
    {
      data: factors,
      sheet: t('xlsx.sheet.factors'),
      columns: [{ width: 28 }, { width: 50 }, {}, { width: 16 }, {}, { width: 50 }, {}, {}, { width: 12 }, { width: 40 }, { width: 24 }],
      stickyRowsCount: 1,
    },
    {
      data: costSheet(costs, language, t),
      sheet: t('xlsx.sheet.costs'),
      columns: [{ width: 40 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 24 }, { width: 16 }, { width: 16 }],
      stickyRowsCount: 1,
    },
    { data: method, sheet: t('xlsx.sheet.method'), columns: [{ width: 110 }] },
    {
      data: findings,
      sheet: t('xlsx.sheet.findings'),
      columns: [{ width: 14 }, { width: 40 }, { width: 8 }, { width: 30 }, { width: 14 }, { width: 110 }],
      stickyRowsCount: 1,
    },
  ];
}

export function buildWorkbook(input: WorkbookInput): Promise<Blob> {
  return writeXlsxFile(workbookSheets(input)).toBlob();
}
