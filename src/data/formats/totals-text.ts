// What a total counts, worded alike in the workbook and the printed report: its basis (one-off, per year,
// over the period, as stated) and, when the scenario states its period, the counted lines by flow.
import type { Amounts, Estimate } from '../../domain';
import { formatNumber } from '../../i18n/format';
import type { Language, MessageKey } from '../../i18n';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function basisSentence(estimate: Estimate, language: Language, t: Translate): string {
  return t(`report.basis.${estimate.basis}`, { years: formatNumber(estimate.periodYears ?? 0, language) });
}

export interface FlowRow {
  readonly label: string;
  readonly amounts: Amounts;
}

/**
 * The counted lines by flow, when the scenario states its period: one-off, yearly per year, yearly over the
 * period, and lines that state neither (only if there are some). They add up to the total. Empty without a period.
 */
export function flowRows(estimate: Estimate, language: Language, t: Translate): FlowRow[] {
  const period = estimate.periodYears;
  if (period === null) return [];
  const { oneOff, yearly, unstated } = estimate.flows;
  const years = formatNumber(period, language);
  const rows: FlowRow[] = [
    { label: t('report.flows.oneOff'), amounts: oneOff },
    { label: t('report.flows.yearly'), amounts: yearly },
    {
      label: t('report.flows.overPeriod', { years }),
      amounts: { baseline: period * yearly.baseline, alternative: period * yearly.alternative, avoided: period * yearly.avoided },
    },
  ];
  if (estimate.lines.some((l) => l.counted && l.flow === null)) rows.push({ label: t('report.flows.unstated'), amounts: unstated });
  return rows;
}
