// The words a chart exported as a figure carries, so that it stands alone on a slide or in a report: the
// scenario, who bought and when, what the bars are, the total with its range in the same terms, and a credit
// naming the factor table (its version and checksum) and the day. Pure: the drawing is figure-png.ts.
import { shortChecksum, tableChecksum, type Estimate, type FactorTable, type IntervalSummary, type Scenario } from '../../domain';
import { translate, type Language, type MessageKey } from '../../i18n';
import { formatDate, formatNumber, formatTonnes } from '../../i18n/format';
import { rangeWords } from '../results/range-words';

export interface FigureText {
  readonly title: string;
  readonly subtitle: string;
  /** The total as the headline says it; an increase is said as one, with its range in the same terms. */
  readonly total: string;
  readonly range: string | null;
  readonly increase: boolean;
  readonly credit: string;
}

export interface FigureInput {
  readonly scenario: Pick<Scenario, 'name' | 'organisation' | 'year'>;
  readonly estimate: Pick<Estimate, 'totals' | 'basis' | 'periodYears'>;
  readonly table: FactorTable;
  /** The 95 % interval of the avoided total, when computed. */
  readonly interval: Pick<IntervalSummary, 'p2_5' | 'p97_5'> | null;
  readonly language: Language;
  /** The day of the export, as an ISO date (YYYY-MM-DD). */
  readonly day: string;
}

export function figureText({ scenario, estimate, table, interval, language, day }: FigureInput): FigureText {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const avoided = estimate.totals.avoided;
  const increase = avoided < 0;
  const who = [scenario.organisation?.trim(), scenario.year === undefined ? undefined : String(scenario.year)].filter(Boolean);
  return {
    title: scenario.name,
    subtitle: [...who, t('figure.subtitle')].join(' · '),
    total: t('figure.total', {
      what: t(increase ? 'headline.increase' : 'headline.avoided'),
      basis: t(`headline.short.${estimate.basis}`, { years: formatNumber(estimate.periodYears ?? 0, language) }),
      amount: formatTonnes(Math.abs(avoided), language),
    }),
    range: interval ? rangeWords(interval, language) : null,
    increase,
    credit: t('figure.credit', {
      title: table.title[language],
      version: table.version,
      checksum: shortChecksum(tableChecksum(table)),
      date: formatDate(day, language),
    }),
  };
}
