// What a total is, said the same way wherever one is shown (rule 5): a screening estimate of potential
// avoided emissions, on a stated basis, with what it leaves out said apart.
import { textFor, type Amounts, type Estimate, type Flow, type LineEstimate, type LocalizedText } from '../../domain';
import type { LocaleState } from '../../state/locale.svelte';

const PERIOD_FINDING = 'yearly-flow-without-period';

/** The yearly flows a scenario mixing them with one-off purchases shows apart, for want of a period. */
export function yearlyShownApart(estimate: Estimate): Amounts | null {
  return estimate.findings.some((f) => f.code === PERIOD_FINDING) ? estimate.flows.yearly : null;
}

/** The lines an error finding of their own keeps out of the total (not those waiting for the period), and their sum. */
export function notCounted(estimate: Estimate): { readonly lines: number; readonly avoided: number } {
  const lines = estimate.lines.filter((line) => line.findings.some((f) => f.severity === 'error' && f.code !== PERIOD_FINDING));
  return { lines: lines.length, avoided: lines.reduce((sum, line) => sum + line.avoided, 0) };
}

/** What the total counts, in a few words: per year, over 3 years… */
export function basisShort(estimate: Pick<Estimate, 'basis' | 'periodYears'>, locale: LocaleState): string {
  return locale.t(`headline.short.${estimate.basis}`, { years: locale.number(estimate.periodYears ?? 0) });
}

/** What the total counts, as a sentence. */
export function basisSentence(estimate: Pick<Estimate, 'basis' | 'periodYears'>, locale: LocaleState): string {
  return locale.t(`headline.basis.${estimate.basis}`, { years: locale.number(estimate.periodYears ?? 0) });
}

/** A line's own figure, "per year" for a yearly flow. */
export function lineFigure(line: Pick<LineEstimate, 'avoided' | 'flow'>, locale: LocaleState): string {
  const increase = line.avoided < 0;
  const key = line.flow === 'yearly' ? (increase ? 'lines.increaseYearly' : 'lines.avoidedYearly') : increase ? 'lines.increase' : 'lines.avoided';
  return locale.t(key, { amount: locale.tonnes(Math.abs(line.avoided)) });
}

/** What a line would avoid with another baseline the buyer states, "per year" for a yearly flow. */
export function variantFigure(
  line: { readonly flow?: Flow | null },
  variant: { readonly avoided: number; readonly label?: string; readonly labels?: LocalizedText },
  fallbackLabel: string,
  locale: LocaleState,
): string {
  const increase = variant.avoided < 0;
  const yearly = line.flow === 'yearly';
  const key = increase ? (yearly ? 'variant.increaseYearly' : 'variant.increase') : yearly ? 'variant.avoidedYearly' : 'variant.avoided';
  return locale.t(key, { label: textFor(variant.label, variant.labels, locale.language) || fallbackLabel, amount: locale.tonnes(Math.abs(variant.avoided)) });
}
