// The export's records, read with papaparse: `;`-separated, `"`-quoted, a record possibly spanning
// several lines of the file when a quoted cell holds a line break.
import Papa from 'papaparse';
import { unterminatedQuoteLine } from '../csv-quotes';

const PROGRESS_EVERY_ROWS = 1000;

export interface CsvRecords {
  /** Every record, the header first, blank lines included. */
  readonly rows: string[][];
  readonly lineBreak: '\n' | '\r';
  /** The line where a quote opens and is never closed (the rest of the file then reads as one cell), else null. */
  readonly unterminatedQuoteLine: number | null;
}

export function parseExportCsv(text: string): CsvRecords {
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', header: false, skipEmptyLines: false, quoteChar: '"' });
  return { rows: parsed.data, lineBreak: parsed.meta.linebreak === '\r' ? '\r' : '\n', unterminatedQuoteLine: unterminatedQuoteLine(text, parsed.errors) };
}

/** The lines a record spans beyond its first. */
function extraLines(cells: readonly string[], lineBreak: string): number {
  let lines = 0;
  for (const cell of cells) if (cell.includes(lineBreak)) lines += cell.split(lineBreak).length - 1;
  return lines;
}

/**
 * Calls `visit` with each record after the header that is not a blank line, and the number of the file's
 * line it starts on (the header being line 1); `onProgress` about every 1,000 records.
 */
export function forEachDataRecord(csv: CsvRecords, visit: (cells: string[], line: number) => void, onProgress?: (fraction: number) => void): void {
  const { rows, lineBreak } = csv;
  const total = rows.length;
  let line = 1 + extraLines(rows[0] ?? [], lineBreak);
  for (let r = 1; r < total; r++) {
    if (onProgress && r % PROGRESS_EVERY_ROWS === 0) onProgress(r / total);
    const cells = rows[r] as string[];
    const recordLine = ++line;
    line += extraLines(cells, lineBreak);
    if (cells.length === 1 && (cells[0] ?? '').trim() === '') continue;
    visit(cells, recordLine);
  }
}
