// The workbook's whole-life-cost sheet: a row per line that states costs, the totals, the value of carbon.
import type { SheetData } from 'write-excel-file/universal';
import type { OffCurveReason, ScenarioCosts } from '../../domain';
import type { Language, MessageKey } from '../../i18n';
import { fileWord } from '../../i18n/file-words';
import { head, num, text } from './xlsx-cells';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function costSheet(costs: ScenarioCosts, language: Language, t: Translate): SheetData {
  return [
    head([
      t('editor.label'),
      `${t('col.baseline')} (€)`,
      `${t('col.alternative')} (€)`,
      `${t('costs.extra')} (€)`,
      t('costs.perTonne'),
      `${t('costs.annual')} — ${t('col.baseline')}`,
      `${t('costs.annual')} — ${t('col.alternative')}`,
    ]),
    ...costs.lines.map((l) => [
      text(l.name[language]),
      num(l.costs.baselineCost, '#,##0'),
      num(l.costs.alternativeCost, '#,##0'),
      num(l.costs.extraCost, '#,##0'),
      // A switch that emits more has no cost per tonne: its classification stands in the cell instead.
      l.costs.costPerTonne === null ? text(t(`costs.class.${l.costs.classification as OffCurveReason}`)) : num(l.costs.costPerTonne, '#,##0'),
      num(l.costs.baselineAnnualCost, '#,##0.00'),
      num(l.costs.alternativeAnnualCost, '#,##0.00'),
    ]),
    // No line states a cost: a total of 0 € would read as a free purchase, so the cells stay empty and say why.
    ...(costs.lines.length
      ? [[text(t('xlsx.total')), num(costs.baselineCost, '#,##0'), num(costs.alternativeCost, '#,##0'), num(costs.extraCost, '#,##0')]]
      : [[text(t('xlsx.total')), null, null, null], [text(fileWord(language, 'xlsx.noCosts'))]]),
    [],
    [
      text(t('costs.carbonValue')),
      costs.carbonPrice?.status === 'outside-range' && costs.carbonPrice.publishedYears
        ? text(t('costs.outsideRange', { year: costs.carbonPrice.year ?? '', ...costs.carbonPrice.publishedYears }))
        : num(costs.carbonPrice?.value, '#,##0'),
    ],
    [text(t('xlsx.valueOfAvoided')), num(costs.valueOfAvoided, '#,##0')],
  ];
}
