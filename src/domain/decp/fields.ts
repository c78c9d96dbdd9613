// Field readers for dirty DECP records (NOTES §3): each returns the normalised value, or null, and says
// what it found wrong through the record's context. None of them throws, whatever the input.
import type { DecpDefect, DecpSource, DefectKind, Field } from './contract';

export interface RecordContext {
  readonly file: string;
  readonly record: string;
  readonly source: DecpSource;
  readonly defects: DecpDefect[];
}

const FOUND_MAX = 120;

/** What was found, as a person reads it: JSON text, cut short. */
export function describeFound(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'absent' : (JSON.stringify(value) ?? String(value));
  } catch {
    // Nested too deep to write out (a hostile file): said in words, as String() would overflow too.
    text = Array.isArray(value) ? 'a list nested too deep to show' : 'an object nested too deep to show';
  }
  return text.length > FOUND_MAX ? `${text.slice(0, FOUND_MAX - 1)}…` : text;
}

export function addDefect(ctx: RecordContext, field: string, kind: DefectKind, found: unknown): void {
  ctx.defects.push({ file: ctx.file, record: ctx.record, field, kind, found: describeFound(found) });
}

const field = <T>(value: T, original: unknown): Field<T> => ({ value, original });
const empty = (original: unknown): Field<never> => ({ value: null, original });

// The MINEF consolidation tags values instead of dropping them (decp-rama augmente/nettoyage.py): MQ missing,
// CDL empty conditional value, "INX " before a value that failed its format check. "NC" means not known.
const NULL_MARKERS = new Set(['MQ', 'CDL', 'NC', 'N/A', 'NULL', 'NAN']);
const INX = /^INX\s+/;

/** Trimmed text, or null for absent, empty and the null markers; an "INX " prefix is stripped and reported. */
export function readText(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<string> {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    if (required) addDefect(ctx, name, 'missing', raw);
    return empty(raw);
  }
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    addDefect(ctx, name, 'missing', raw);
    return empty(raw);
  }
  let text = String(raw).trim();
  if (NULL_MARKERS.has(text.toUpperCase())) {
    addDefect(ctx, name, text.toUpperCase() === 'NC' ? 'missing' : 'marker', raw);
    return empty(raw);
  }
  if (INX.test(text)) {
    addDefect(ctx, name, 'marker', raw);
    text = text.replace(INX, '');
  }
  return field(text, raw);
}

/** A number, from a JSON number or from text with a decimal point or comma and spaces as thousands separators. */
export function readNumber(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<number> {
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return field(raw, raw);
    addDefect(ctx, name, 'not-a-number', raw);
    return empty(raw);
  }
  const text = readText(ctx, name, raw, required);
  if (text.value === null) return empty(raw);
  const compact = text.value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(compact) ? Number(compact) : NaN;
  if (!Number.isFinite(value)) {
    addDefect(ctx, name, 'not-a-number', raw);
    return empty(raw);
  }
  if (ctx.source === 'json') addDefect(ctx, name, 'number-as-text', raw);
  return field(value, raw);
}

// decp-processing replaces amounts of 12 integer digits or more by this sentinel; we leave both out of sums.
const AMOUNT_SENTINEL = 12_311_111_111;
const AMOUNT_ABSURD = 1e10;

/** An amount in € excl. VAT that sums can use: positive and below 10 billion €, else null and a defect. */
export function readAmount(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<number> {
  const read = readNumber(ctx, name, raw, required);
  if (read.value === null) return read;
  if (read.value <= 0) {
    addDefect(ctx, name, 'amount-not-positive', raw);
    return empty(raw);
  }
  if (read.value >= AMOUNT_ABSURD || read.value === AMOUNT_SENTINEL) {
    addDefect(ctx, name, 'amount-absurd', raw);
    return empty(raw);
  }
  return read;
}

/** A duration in whole months, 1 to 360 (30 years: zifken drops longer ones as errors). */
export function readMonths(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<number> {
  const read = readNumber(ctx, name, raw, required);
  if (read.value === null) return read;
  if (read.value < 1 || read.value > 360) {
    addDefect(ctx, name, 'duration-absurd', raw);
    return empty(raw);
  }
  return field(Math.round(read.value), raw);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD from a date written another way, or null. */
function rewriteDate(text: string): string | null {
  // "September, 16 2021 00:00:00" (an American long format seen in real files).
  const long = /^([a-z]+),?\s+(\d{1,2}),?\s+(\d{4})/i.exec(text);
  if (long) {
    const month = MONTHS.indexOf(long[1]!.toLowerCase());
    return month < 0 ? null : `${long[3]}-${pad(month + 1)}-${pad(Number(long[2]))}`;
  }
  // 16/09/2021, the French way.
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${pad(Number(french[2]))}-${pad(Number(french[1]))}` : null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than a Date per call: a national file has millions of dates.
function isRealDate(date: string): boolean {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

/**
 * A date as YYYY-MM-DD. A time or time-zone suffix (`2018-12-17+01:00`, `2024-01-02T00:00:00`) is allowed by
 * the schemas' patterns and simply cut; other writings are rewritten and reported; impossible dates are null.
 */
export function readDate(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<string> {
  const text = readText(ctx, name, raw, required);
  if (text.value === null) return empty(raw);
  let date = /^(\d{4}-\d{2}-\d{2})(?:$|[T +\-Z ])/.exec(text.value)?.[1] ?? null;
  if (date === null) {
    date = rewriteDate(text.value);
    if (date !== null) addDefect(ctx, name, 'date-format', raw);
  }
  if (date === null || !isRealDate(date)) {
    addDefect(ctx, name, 'date-invalid', raw);
    return empty(raw);
  }
  return field(date, raw);
}

/**
 * The CPV code's 8 digits. The check digit (`45000000-7`) is allowed by the schema and dropped; spaces and a
 * lost leading zero (`9310000` for 09310000) are repaired and reported.
 */
export function readCpv(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<string> {
  const text = readText(ctx, name, raw, required);
  if (text.value === null) return empty(raw);
  const main = text.value.split('-')[0]!;
  const digits = main.replace(/\s+/g, '');
  if (/^\d{8}$/.test(digits)) {
    if (digits !== main || (typeof raw === 'string' && raw !== raw.trim())) addDefect(ctx, name, 'cpv-format', raw);
    return field(digits, raw);
  }
  if (/^\d{7}$/.test(digits)) {
    addDefect(ctx, name, 'cpv-format', raw);
    return field(`0${digits}`, raw);
  }
  addDefect(ctx, name, 'cpv-invalid', raw);
  return empty(raw);
}

/** A buyer's SIRET: 14 digits once spaces are removed; anything else is kept as published and reported. */
export function readSiret(ctx: RecordContext, name: string, raw: unknown): Field<string> {
  const text = readText(ctx, name, raw, true);
  if (text.value === null) return text;
  const compact = text.value.replace(/\s+/g, '');
  if (!/^\d{14}$/.test(compact)) addDefect(ctx, name, 'identifier', raw);
  return field(compact, raw);
}

// Markup in a text field: an opening or closing tag, a comment or a script/style block.
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

/** Free text such as the object: kept as written (it is only ever shown as text), markup reported. */
export function readFreeText(ctx: RecordContext, name: string, raw: unknown, required: boolean): Field<string> {
  const text = readText(ctx, name, raw, required);
  if (text.value !== null && MARKUP.test(text.value)) addDefect(ctx, name, 'html-in-text', raw);
  return text;
}

// Enum and considerations spellings are few and met millions of times: each is folded once. The cache is
// emptied when full, so free text passed here by a hostile file cannot grow it without bound.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 10_000;

/** Case, accents, apostrophes and spacing set aside: how enum spellings are compared. */
export function foldSpelling(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    folded = fold(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/['\u2018\u2019`\u00b4\-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface EnumSpec {
  readonly values: readonly string[];
  /** Values of older schemas (folded) and today's value for each. */
  readonly old?: Readonly<Record<string, string>>;
}

/** One of the schema's values, matched whatever the spelling; an old value mapped; an unknown one kept. */
export function readEnum(ctx: RecordContext, name: string, raw: unknown, spec: EnumSpec, required: boolean): Field<string> {
  const text = readText(ctx, name, raw, required);
  if (text.value === null) return text;
  if (spec.values.includes(text.value)) return text;
  const folded = foldSpelling(text.value);
  const match = spec.values.find((v) => foldSpelling(v) === folded);
  if (match) {
    addDefect(ctx, name, 'enum-spelling', raw);
    return field(match, raw);
  }
  const old = spec.old?.[folded];
  if (old) {
    addDefect(ctx, name, 'enum-old-value', raw);
    return field(old, raw);
  }
  addDefect(ctx, name, 'enum-unknown', raw);
  return text;
}
