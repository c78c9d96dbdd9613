// A 95 % interval said in the same terms as the figure it goes with. The interval is computed on avoided
// emissions (negative = an increase); a headline that speaks of an increase shows it as a positive amount, so
// its range must too: an increase of x to y (bounds negated and swapped). A range across zero says so plainly.
import type { IntervalSummary } from '../../domain';
import { translate, type Language } from '../../i18n';
import { formatTonnes } from '../../i18n/format';

/** The interval in words: avoided (both ends ≥ 0), an increase (both ends ≤ 0, one below), or from an increase to avoided. */
export function rangeWords(interval: Pick<IntervalSummary, 'p2_5' | 'p97_5'>, language: Language): string {
  const { p2_5: low, p97_5: high } = interval;
  const tonnes = (kg: number) => formatTonnes(kg, language);
  if (low >= 0) return translate(language, 'interval.interval', { low: tonnes(low), high: tonnes(high) });
  if (high <= 0) return translate(language, 'range.increase', { low: tonnes(-high), high: tonnes(-low) });
  return translate(language, 'range.spans', { increase: tonnes(-low), avoided: tonnes(high) });
}
