// CSV that spreadsheets open cleanly, in the two dialects analysts use.

export type CsvCell = string | number | null | undefined;

export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
  /** Excel only reads UTF-8 correctly when the file starts with a byte-order mark. */
  readonly bom: boolean;
}

export const INTERNATIONAL_CSV: CsvDialect = { separator: ',', decimal: '.', bom: false };
export const FRENCH_SPREADSHEET_CSV: CsvDialect = { separator: ';', decimal: ',', bom: true };

// A text cell starting with one of these is run as a formula by spreadsheet software (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet will show as text, never evaluate. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * 12 significant digits: far beyond any factor's precision, and free of binary noise such as
 * 0.6830999999999999 for 3 × 0.239 − 3 × 0.0113.
 */
export function roundForExport(value: number): number {
  return Number(value.toPrecision(12));
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
