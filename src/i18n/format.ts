// Numbers as each language writes them: fr-FR "1 234,5 t CO2e", en-GB "1,234.5 t CO2e".
import { LOCALE_TAGS, type Language } from './index';

// Building an Intl.NumberFormat is slow and results follow every keystroke: one per language and options.
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(LOCALE_TAGS[language], options)));
  return format;
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** Without thousands separators: for years and identifiers typed as numbers. */
export function formatUngrouped(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/** A factor value or multiplier: keep its significant digits, however small. */
export function formatPrecise(value: number, language: Language): string {
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  return formatNumber(value, language, Math.min(12, Math.max(2, 3 - magnitude)));
}

/**
 * The one rule for figures in result tables (categories, drivers of the range): three significant figures,
 * trailing zeros kept so that a column reads alike ("73,0 %" beside "74,9 %", "0,0586" beside "5,80"), and
 * no decimals from 100 up (whole units are never rounded away: 1 234,5 reads "1 235"). Zero is "0".
 */
export function formatSignificant(value: number, language: Language, style: 'decimal' | 'percent' = 'decimal'): string {
  const shown = style === 'percent' ? value * 100 : value;
  const options = shown === 0 || Math.abs(shown) >= 100 ? { maximumFractionDigits: 0 } : { minimumSignificantDigits: 3, maximumSignificantDigits: 3 };
  return numberFormat(language, { style, ...options }).format(value);
}

/** A count told to a room ("≈ 33 000 000 km"): two significant figures, no more precision than it has. */
export function formatApproximate(value: number, language: Language): string {
  return numberFormat(language, { maximumSignificantDigits: 2 }).format(value);
}

/** kgCO2e as a bare number of tonnes: one decimal from a tonne up, three significant digits below. */
export function formatTonnesValue(kgCO2e: number, language: Language): string {
  const tonnes = kgCO2e / 1000;
  const options = Math.abs(tonnes) >= 1 || tonnes === 0 ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumSignificantDigits: 3 };
  return numberFormat(language, options).format(tonnes);
}

/** kgCO2e in tonnes with the unit; under 10 kg the figure reads better in kilograms. */
export function formatTonnes(kgCO2e: number, language: Language): string {
  return Math.abs(kgCO2e) >= 10 || kgCO2e === 0 ? `${formatTonnesValue(kgCO2e, language)} t CO2e` : formatKg(kgCO2e, language);
}

export function formatKg(kgCO2e: number, language: Language): string {
  return `${formatNumber(kgCO2e, language, Math.abs(kgCO2e) >= 100 ? 0 : 2)} kg CO2e`;
}

export function formatPercent(ratio: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 1, style: 'percent' }).format(ratio);
}

export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

export function formatTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], { timeStyle: 'medium' }).format(epochMs);
}

export function formatDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** Euros without cents, as each language writes them: "33 396 €", "€33,396". */
export function formatEuros(value: number, language: Language): string {
  return numberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}
