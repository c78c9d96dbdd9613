// The export's records: `;`-separated, `"`-quoted, a record possibly spanning several lines of the file when
// a quoted cell holds a line break. papaparse decides what a record is; it is only spared the lines where it
// could not decide otherwise than a split would.
import Papa from 'papaparse';
import { unterminatedQuoteLine } from '../csv-quotes';

const PROGRESS_EVERY_ROWS = 1000;
const PAPA_CONFIG = { delimiter: ';', header: false, skipEmptyLines: false, quoteChar: '"' } as const;
/** papaparse guesses the line break from the file's first megabyte. */
const LINE_BREAK_SAMPLE_CHARS = 1024 * 1024;

type Newline = '\n' | '\r' | '\r\n';

export interface CsvRecords {
  /** Records in the file, the header first, blank lines included. */
  readonly count: number;
  /** A record's cells: split when asked, so that a whole export's cells never live at once. */
  readonly cells: (record: number) => string[];
  /** A record read cell by cell, for as long as the next is not asked for. */
  readonly record: (record: number) => DataRecord;
  readonly lineBreak: '\n' | '\r';
  /** The line of the file each record starts on, the first being 1. */
  readonly startLines: ArrayLike<number>;
  /** The line where a quote opens and is never closed (the rest of the file then reads as one cell), else null. */
  readonly unterminatedQuoteLine: number | null;
}

/** The line breaks a record holds inside its cells, each one more line of the file. */
function extraLines(cells: readonly string[], lineBreak: string): number {
  let lines = 0;
  for (const cell of cells) if (cell.includes(lineBreak)) lines += cell.split(lineBreak).length - 1;
  return lines;
}

function parsedRecords(rows: string[][], lineBreak: '\n' | '\r', quoteLine: number | null): CsvRecords {
  const startLines: number[] = new Array<number>(rows.length);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    startLines[r] = line;
    line += 1 + extraLines(rows[r] as string[], lineBreak);
  }
  const cells = (r: number) => rows[r] as string[];
  return { count: rows.length, cells, record: (r) => new CellsRecord(cells(r)), lineBreak, startLines, unterminatedQuoteLine: quoteLine };
}

/** Where each record is: a line of the text to split at `;`, or the cells papaparse read. */
class RecordPlaces {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  lines = new Int32Array(1024);
  readonly parsed = new Map<number, string[]>();

  add(start: number, end: number, line: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      [this.starts, this.ends, this.lines] = [grow(this.starts), grow(this.ends), grow(this.lines)];
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.lines[this.count] = line;
    this.count++;
  }
}

/** A record, read cell by cell. */
export interface DataRecord {
  readonly first: string;
  /** How many cells it has. */
  readonly size: number;
  /** Its cell at `index`, undefined past the last. */
  cell(index: number): string | undefined;
}

class CellsRecord implements DataRecord {
  constructor(readonly cells: readonly string[]) {}
  get first(): string {
    return this.cells[0] ?? '';
  }
  get size(): number {
    return this.cells.length;
  }
  cell(index: number): string | undefined {
    return this.cells[index];
  }
}

/**
 * A line without quotes, its cells taken out only when asked: a row read for a few cells (a breakdown, an
 * archived element) does not make the sixty-odd strings a split would. One object, read again for each line.
 */
class LineRecord implements DataRecord {
  #line = '';
  /** Where each cell starts, and one past the end of the line, once the line is scanned; -1 before. */
  #starts = new Int32Array(128);
  #size = -1;
  first = '';

  read(line: string): this {
    this.#line = line;
    this.#size = -1;
    const semicolon = line.indexOf(';');
    this.first = semicolon < 0 ? line : line.slice(0, semicolon);
    return this;
  }

  #scan(): number {
    const line = this.#line;
    let size = 0;
    let from = 0;
    for (;;) {
      if (size + 2 > this.#starts.length) {
        const starts = new Int32Array(this.#starts.length * 2);
        starts.set(this.#starts);
        this.#starts = starts;
      }
      this.#starts[size++] = from;
      const semicolon = line.indexOf(';', from);
      if (semicolon < 0) break;
      from = semicolon + 1;
    }
    this.#starts[size] = line.length + 1;
    this.#size = size;
    return size;
  }

  get size(): number {
    return this.#size < 0 ? this.#scan() : this.#size;
  }

  cell(index: number): string | undefined {
    if (index >= this.size || index < 0) return undefined;
    return this.#line.slice(this.#starts[index], (this.#starts[index + 1] as number) - 1);
  }
}

/**
 * The records as papaparse reads the whole text, found faster: a line without a quote, starting where a
 * record starts, is one record whatever the parser (its cells are the line split at `;`); the lines holding
 * quotes go to papaparse, a few at a time, each run starting where a record starts and ending where the
 * quotes it holds balance. Null when papaparse finds anything wrong in a run (an unclosed or stray quote):
 * the whole text must then be read by papaparse, for its errors to name the right place.
 */
function splitRecords(text: string, newline: Newline): CsvRecords | null {
  const places = new RecordPlaces();
  const lineBreak: '\n' | '\r' = newline === '\r' ? '\r' : '\n';
  const end = text.length;
  let line = 1;
  let start = 0;
  let nextQuote = text.indexOf('"');
  // A lone "\n" in a file whose records end with "\r\n" is one more line of the file, as a cell's line break is.
  let nextLineBreak = text.indexOf(lineBreak);
  for (;;) {
    let lineEnd = text.indexOf(newline, start);
    if (lineEnd < 0) lineEnd = end;
    if (nextQuote < 0 || nextQuote >= lineEnd) {
      places.add(start, lineEnd, line);
      line++;
      while (nextLineBreak >= 0 && nextLineBreak < lineEnd) {
        line++;
        nextLineBreak = text.indexOf(lineBreak, nextLineBreak + 1);
      }
    } else {
      let quotes = 0;
      for (;;) {
        while (nextQuote >= 0 && nextQuote < lineEnd) {
          quotes++;
          nextQuote = text.indexOf('"', nextQuote + 1);
        }
        const nextLineEnd = lineEnd === end ? -1 : text.indexOf(newline, lineEnd + newline.length);
        // Balanced, and the next line holds no quote: the run ends here.
        if (lineEnd === end || (quotes % 2 === 0 && (nextQuote < 0 || (nextLineEnd >= 0 && nextQuote >= nextLineEnd)))) break;
        lineEnd = nextLineEnd < 0 ? end : nextLineEnd;
      }
      const run = Papa.parse<string[]>(text.slice(start, lineEnd), { ...PAPA_CONFIG, newline });
      if (run.errors.length) return null;
      for (const cells of run.data) {
        places.parsed.set(places.count, cells);
        places.add(-1, -1, line);
        line += 1 + extraLines(cells, lineBreak);
      }
      while (nextLineBreak >= 0 && nextLineBreak < lineEnd) nextLineBreak = text.indexOf(lineBreak, nextLineBreak + 1);
    }
    // The record's own line break is no line more.
    while (nextLineBreak >= 0 && nextLineBreak < lineEnd + newline.length) nextLineBreak = text.indexOf(lineBreak, nextLineBreak + 1);
    if (lineEnd === end) break;
    start = lineEnd + newline.length;
  }
  const { starts, ends, parsed } = places;
  const cells = (r: number) => parsed.get(r) ?? text.slice(starts[r], ends[r]).split(';');
  const lineRecord = new LineRecord();
  const record = (r: number): DataRecord => {
    const cellsRead = parsed.get(r);
    return cellsRead ? new CellsRecord(cellsRead) : lineRecord.read(text.slice(starts[r], ends[r]));
  };
  return { count: places.count, cells, record, lineBreak, startLines: places.lines.subarray(0, places.count), unterminatedQuoteLine: null };
}

export function parseExportCsv(text: string): CsvRecords {
  if (text !== '') {
    const newline = Papa.parse<string[]>(text.slice(0, LINE_BREAK_SAMPLE_CHARS), { ...PAPA_CONFIG, preview: 1 }).meta.linebreak as Newline;
    const fast = splitRecords(text, newline);
    if (fast) return fast;
  }
  const parsed = Papa.parse<string[]>(text, PAPA_CONFIG);
  return parsedRecords(parsed.data, parsed.meta.linebreak === '\r' ? '\r' : '\n', unterminatedQuoteLine(text, parsed.errors));
}

/**
 * Calls `visit` with each record after the header that is not a blank line, and the number of the file's
 * line it starts on (the header being line 1); `onProgress` about every 1,000 records.
 */
export function forEachDataRecord(csv: CsvRecords, visit: (record: DataRecord, line: number) => void, onProgress?: (fraction: number) => void): void {
  const { count, startLines } = csv;
  for (let r = 1; r < count; r++) {
    if (onProgress && r % PROGRESS_EVERY_ROWS === 0) onProgress(r / count);
    const record = csv.record(r);
    // Blank: one cell, of spaces at most. A first cell with more than spaces says it is not, unscanned.
    if (record.first.trim() === '' && record.size === 1) continue;
    visit(record, startLines[r] as number);
  }
}
