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

function formatCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    text = String(cell);
    if (dialect.decimal === ',') text = text.replace('.', ',');
  } else {
    text = neutraliseFormula(cell);
  }
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = INTERNATIONAL_CSV): string {
  const body = rows.map((row) => row.map((cell) => formatCell(cell, dialect)).join(dialect.separator)).join('\r\n');
  return (dialect.bom ? '\uFEFF' : '') + body + '\r\n';
}
