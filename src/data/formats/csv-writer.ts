// CSV that spreadsheets open cleanly, in the two dialects analysts use.

export type CsvCell = string | number | null | undefined;

export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
  /** Excel only reads UTF-8 correctly when the file starts with a byte-order mark. */
  readonly bom: boolean;
  /**
   * `codes` (the default): English column names and codes (food, meal, true), stable for programs and scripts.
   * `words`: a header and values a person reads, in the file's language (Catégorie, repas, oui).
   */
  readonly labels?: 'codes' | 'words';
}

/** For programs: its header and codes never change with the language, and columns are only ever added at the end. */
export const INTERNATIONAL_CSV: CsvDialect = { separator: ',', decimal: '.', bom: false, labels: 'codes' };
/** For people opening the file in a French spreadsheet: human words in the interface's language. */
export const FRENCH_SPREADSHEET_CSV: CsvDialect = { separator: ';', decimal: ',', bom: true, labels: 'words' };

// A text cell starting with one of these is run as a formula by spreadsheet software (CSV injection): the
// ASCII signs and their full-width and small forms, which some spreadsheets fold to ASCII.
const FORMULA_SIGN = /^[=+\-@\uff1d\ufe66\uff0b\ufe62\uff0d\ufe63\uff20]/;
// What spreadsheets skip before reading a cell: spaces (no-break included), line breaks, zero-width characters.
const IGNORED_LEAD = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+/;

/**
 * Text that a spreadsheet will show as text, never evaluate: a cell whose first character that counts is a
 * formula sign, or that starts with a tab or carriage return, gets a leading apostrophe. Numbers are written
 * as numbers, not through here, so -12.5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return /^[\t\r]/.test(text) || FORMULA_SIGN.test(text.replace(IGNORED_LEAD, '')) ? `'${text}` : text;
}

/**
 * 12 significant digits: far beyond any factor's precision, and free of binary noise such as
 * 0.6830999999999999 for 3 × 0.239 − 3 × 0.0113.
 */
export function roundForExport(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * A bound of a 95 % interval, to 3 significant figures. The bounds are percentiles of a Monte Carlo draw: run
 * again with another seed they move in the third or fourth figure, so 12 digits would claim a precision they
 * do not have (issue 12). The point figures keep `roundForExport`: they are exact products of the factors.
 */
export function roundInterval(value: number | null | undefined): number | undefined {
  return value === null || value === undefined || !Number.isFinite(value) ? undefined : Number(value.toPrecision(3));
}

function formatCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    text = String(roundForExport(cell));
    if (dialect.decimal === ',') text = text.replace('.', ',');
  } else {
    text = neutraliseFormula(cell);
  }
  const quote = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = INTERNATIONAL_CSV): string {
  const body = rows.map((row) => row.map((cell) => formatCell(cell, dialect)).join(dialect.separator)).join('\r\n');
  return (dialect.bom ? '\uFEFF' : '') + body + '\r\n';
}
