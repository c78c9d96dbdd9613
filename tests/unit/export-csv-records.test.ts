// The export's records are found faster than by papaparse alone, but must be the very records papaparse reads
// from the whole text: that parser is the reference here, on texts made of the characters that matter.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseExportCsv } from '../../src/data/formats/base-carbone/csv-records';

const recordsOf = (text: string) => {
  const csv = parseExportCsv(text);
  return Array.from({ length: csv.count }, (_, r) => csv.cells(r));
};

/** A record as read cell by cell: its size, and each cell asked for in turn (one past the last included). */
const readCellByCell = (text: string) => {
  const csv = parseExportCsv(text);
  return Array.from({ length: csv.count }, (_, r) => {
    const record = csv.record(r);
    return { first: record.first, cells: Array.from({ length: record.size + 1 }, (_, i) => record.cell(i)) };
  });
};

describe('export records', () => {
  it('are the records papaparse reads from the whole text', () => {
    const piece = fc.constantFrom(';', '"', '""', '\r', '\n', '\r\n', 'a', 'bc', ' ', '\t', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const papa = Papa.parse<string[]>(text, { delimiter: ';', header: false, skipEmptyLines: false, quoteChar: '"' });
        expect(recordsOf(text)).toEqual(papa.data);
        expect(readCellByCell(text)).toEqual(papa.data.map((cells) => ({ first: cells[0], cells: [...cells, undefined] })));
        // Each record starts a line after the previous one's start, plus the line breaks inside its cells.
        const lineBreak = papa.meta.linebreak === '\r' ? '\r' : '\n';
        const starts = papa.data.map((_, r) => 1 + r + papa.data.slice(0, r).reduce((n, cells) => n + cells.join('').split(lineBreak).length - 1, 0));
        expect(Array.from(parseExportCsv(text).startLines)).toEqual(starts);
      }),
      { numRuns: 5000 },
    );
  });

  it('number each record by the line it starts on, counting the line breaks inside quoted cells', () => {
    // Line 1 header; line 2 a record whose quoted cell spans lines 2–4; line 5 a plain record; line 6 blank.
    const csv = parseExportCsv('h1;h2\r\nx;"one\r\ntwo\r\nthree"\r\ny;z\r\n');
    expect(Array.from(csv.startLines)).toEqual([1, 2, 5, 6]);
    expect(csv.cells(1)).toEqual(['x', 'one\r\ntwo\r\nthree']);
    expect(csv.cells(2)).toEqual(['y', 'z']);
    expect(csv.unterminatedQuoteLine).toBeNull();
  });

  it('name the line where a quote opens and never closes', () => {
    // The quote opens on line 3; papaparse reads the rest of the file as one cell.
    const csv = parseExportCsv('h1;h2\na;b\nc;"d\ne;f\n');
    expect(csv.unterminatedQuoteLine).toBe(3);
  });
});
