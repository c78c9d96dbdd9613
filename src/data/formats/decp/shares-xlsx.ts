// The contracts dashboard's table as an Excel workbook: the same rows as the CSV, every figure a number cell,
// shares as percentages, headings in the interface's language. Loaded only when asked for.
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import type { Language } from '../../../i18n';
import { head, num, text } from '../xlsx-cells';
import { decpSharesColumns, decpSharesHeader, decpSharesValues, type DecpSharesTable } from './shares-csv';

export function buildDecpSharesWorkbook(table: DecpSharesTable, language: Language, sheet: string): Promise<Blob> {
  const header = decpSharesHeader(table.consideration, language);
  const codes = decpSharesColumns(table.consideration);
  const shareColumn = (i: number) => codes[i]?.endsWith('_share') ?? false;
  const rows: Cell[][] = decpSharesValues(table).map((values) =>
    values.map((value, i) =>
      typeof value === 'number' ? num(value, shareColumn(i) ? '0.0%' : '#,##0.00') : text(value === undefined || value === null ? '' : String(value)),
    ),
  );
  return writeXlsxFile([
    { data: [head(header), ...rows], sheet: sheet.slice(0, 31), columns: header.map((_, i) => ({ width: i === 2 ? 40 : 16 })), stickyRowsCount: 1 },
  ]).toBlob();
}
