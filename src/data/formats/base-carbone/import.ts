// Reads an ADEME Base Carbone® / Base Empreinte® CSV export into a factor table
// (`carbone-evite/factor-table@1`). The export (reference/factors/NOTES.md §1.1): `;`-separated, decimal
// comma, 67 columns named in French.
import { parseFactorTable, formatPath, FACTOR_TABLE_FORMAT, type Factor, type FactorTable, type FileProblem, type Problem } from '../../../domain';
import { cleanText, fold } from './cells';
import { cellReader, findColumns, type ColumnIndex } from './columns';
import { forEachDataRecord, parseExportCsv, type CsvRecords } from './csv-records';
import { notAnElement, readFactor, Rejection, type RejectionCode, type RejectionParams, type RejectReason } from './element-row';
import { separatorProblem, sizeProblem } from './whole-file';

export interface RejectedRow {
  /** Line number in the file, the header being line 1. */
  row: number;
  elementId?: string;
  name?: string;
  reason: RejectReason;
  /** What exactly is wrong, with the values at fault: the interface words it (src/i18n/rejection-words.ts). */
  code: RejectionCode;
  params: RejectionParams;
  /** An English sentence naming the value at fault, for the command line. */
  detail: string;
}

export interface BaseCarboneImportCounts {
  /** Data rows read (blank lines not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  /** `Poste` rows: breakdowns of an element, not factors. */
  skipped: number;
}

export type BaseCarboneImport =
  { ok: true; table: FactorTable; rejected: RejectedRow[]; counts: BaseCarboneImportCounts } | { ok: false; problems: FileProblem[] };

export interface BaseCarboneImportOptions {
  tableId?: string;
  version?: string;
  fileName?: string;
  onProgress?: (fraction: number) => void;
}

export const DEFAULT_IMPORT_TABLE_ID = 'base-carbone-import';
export const BASE_CARBONE_LICENCE = 'Licence Ouverte / Etalab 2.0 — ADEME, Base Carbone®';

interface ReadRows {
  readonly factors: Factor[];
  readonly rejected: RejectedRow[];
  dataRows: number;
  skipped: number;
  /** The latest `Date de modification` of an accepted factor, YYYY-MM-DD; '' when none has one. */
  latestModified: string;
}

/** Every data row to a factor or a rejection; only an element's first row is read. */
function readRows(csv: CsvRecords, columns: ColumnIndex, onProgress?: (fraction: number) => void): ReadRows {
  const read: ReadRows = { factors: [], rejected: [], dataRows: 0, skipped: 0, latestModified: '' };
  const headerWidth = csv.count ? csv.cells(0).length : 0;
  const firstRowOfId = new Map<string, number>();
  const duplicate = (elementId: string, line: number): Rejection | null => {
    const firstRow = firstRowOfId.get(elementId);
    if (firstRow !== undefined)
      return new Rejection(
        'duplicate-id',
        'duplicate-id',
        { id: elementId, first: firstRow },
        `Element ${elementId} already appears on row ${firstRow}; only the first is kept.`,
      );
    firstRowOfId.set(elementId, line);
    return null;
  };
  forEachDataRecord(
    csv,
    (record, line) => {
      read.dataRows++;
      // A third of an export's rows are breakdowns (Poste), told by their first cell: not split at all.
      if (columns.lineType === 0 && fold(record.first) === 'poste') {
        read.skipped++;
        return;
      }
      const get = cellReader(record, columns);
      const lineType = fold(get('lineType'));
      if (lineType === 'poste') {
        read.skipped++;
        return;
      }
      const elementId = cleanText(get('id'));
      const name = cleanText(get('baseFr'));
      const outcome = notAnElement(get, record.size, headerWidth, lineType, elementId) ?? duplicate(elementId, line) ?? readFactor(get, elementId, name);
      if (outcome instanceof Rejection) {
        // Assigned one by one rather than spread in: an export rejects thousands of rows.
        const rejected = { row: line } as RejectedRow;
        if (elementId) rejected.elementId = elementId;
        if (name) rejected.name = name;
        rejected.reason = outcome.reason;
        rejected.code = outcome.code;
        rejected.params = outcome.params;
        rejected.detail = outcome.detail;
        read.rejected.push(rejected);
      } else {
        read.factors.push(outcome.factor);
        if (outcome.modified && outcome.modified > read.latestModified) read.latestModified = outcome.modified;
      }
    },
    onProgress,
  );
  onProgress?.(1);
  return read;
}

/** Why no factor could be read: the rows, the breakdowns skipped and the rejections counted by reason (params `reason.<reason>`). */
function nothingImported(file: string, read: ReadRows): Problem {
  const byReason = new Map<RejectReason, number>();
  for (const r of read.rejected) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  const reasons = [...byReason].map(([reason, n]) => `${reason}: ${n}`).join(', ');
  return {
    code: 'no-importable-factor',
    path: [],
    message: `${file} has no emission factor that can be imported: ${read.dataRows} data rows, ${read.skipped} breakdown (Poste) rows skipped, ${read.rejected.length} rejected${reasons ? ` (${reasons})` : ''}`,
    params: {
      rows: read.dataRows,
      skipped: read.skipped,
      rejected: read.rejected.length,
      ...Object.fromEntries([...byReason].map(([r, n]) => [`reason.${r}`, n])),
    },
  };
}

function isoToFrench(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The factors as a table, dated by the export's latest modification (else its latest factor's year). */
function assembleTable(read: ReadRows, options: BaseCarboneImportOptions, file: string): BaseCarboneImport {
  const { factors, rejected } = read;
  const exportDate = read.latestModified || (factors.length ? `${Math.max(...factors.map((f) => f.year))}-01-01` : '');
  const table = parseFactorTable({
    format: FACTOR_TABLE_FORMAT,
    id: options.tableId ?? DEFAULT_IMPORT_TABLE_ID,
    version: options.version ?? exportDate,
    title: { fr: `Import Base Carbone® du ${isoToFrench(exportDate)}`, en: `Base Carbone® import of ${exportDate}` },
    publishedOn: exportDate,
    licence: BASE_CARBONE_LICENCE,
    sources: [options.fileName || 'Base Carbone® export'],
    factors,
  });
  if (!table.ok)
    return {
      ok: false,
      problems: table.problems.map((p) => ({
        file: options.fileName ?? '',
        problem: { ...p, message: `${file} does not make a valid factor table: ${formatPath(p.path)}: ${p.message}` },
      })),
    };
  return {
    ok: true,
    table: table.value,
    rejected,
    counts: { rows: read.dataRows, accepted: factors.length, rejected: rejected.length, skipped: read.skipped },
  };
}

export function importBaseCarbone(text: string, options: BaseCarboneImportOptions = {}): BaseCarboneImport {
  const file = options.fileName ? `"${options.fileName}"` : 'The file';
  const fail = (problem: Problem): BaseCarboneImport => ({ ok: false, problems: [{ file: options.fileName ?? '', problem }] });
  const whole = (code: Problem['code'], message: string, params?: Problem['params']): Problem => ({ code, path: [], message, ...(params && { params }) });

  const tooLarge = sizeProblem(text, file);
  if (tooLarge) return fail(tooLarge);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(whole('empty-file', `${file} is empty`));
  const notSemicolons = separatorProblem(text, file);
  if (notSemicolons) return fail(notSemicolons);

  const csv = parseExportCsv(text);
  const quoteLine = csv.unterminatedQuoteLine;
  if (quoteLine !== null)
    return fail(
      whole('unterminated-quote', `${file}: the quote opened on line ${quoteLine} is never closed; the rest of the file would read as one cell`, {
        line: quoteLine,
      }),
    );
  const columns = findColumns(csv.count ? csv.cells(0) : []);
  if (!columns.ok) {
    const missing = columns.missing.join(', ');
    return fail(
      whole('missing-columns', `${file} lacks the column${columns.missing.length > 1 ? 's' : ''} ${missing} of a Base Carbone® export`, { columns: missing }),
    );
  }

  const read = readRows(csv, columns.index, options.onProgress);
  if (read.dataRows === 0) return fail(whole('no-data-rows', `${file} has a header but no data rows`));
  if (read.factors.length === 0) return fail(nothingImported(file, read));
  return assembleTable(read, options, file);
}
