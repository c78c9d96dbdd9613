// A file without quotes is read into the very rows, delimiter and errors papaparse gives for the whole file.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { splitUnquotedCsv } from '../../src/data/formats/csv-split';

const DELIMITERS = [';', ',', '\t', '|'];
const papa = (text: string) => {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  return { rows: parsed.data, delimiter: parsed.meta.delimiter, errors: parsed.errors };
};

// Cells of letters, spaces of every kind trim removes, and the delimiters; lines ending in \r\n, \n, \r, or mixed.
const cell = fc.string({ unit: fc.constantFrom('a', 'é', '1', ' ', '\u00a0', '\t', '\ufeff', ';', ',', '|', '#', "'"), maxLength: 6 });
const line = fc.array(cell, { maxLength: 6 }).chain((cells) => fc.constantFrom(';', ',', '\t', '|').map((d) => cells.join(d)));
const ending = fc.constantFrom('\r\n', '\n', '\r');
const lines = fc.oneof(
  fc.tuple(fc.array(line, { maxLength: 30 }), ending).map(([lines, end]) => lines.join(end)),
  fc.array(fc.tuple(line, ending), { maxLength: 30 }).map((parts) => parts.map(([l, e]) => l + e).join('')),
);
// papaparse drops one byte-order mark, not two.
const text = fc.tuple(fc.constantFrom('', '\ufeff', '\ufeff\ufeff'), lines).map(([bom, t]) => bom + t);

describe('splitUnquotedCsv', () => {
  it('reads any file without quotes as papaparse does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitUnquotedCsv(t, DELIMITERS)).toStrictEqual(papa(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a file with a quote to papaparse', () => {
    expect(splitUnquotedCsv('a;b\r\n"c";d', DELIMITERS)).toBeNull();
  });

  it('guesses as papaparse does past its 1 MB window and past ten long rows', () => {
    const long = 'x'.repeat(150_000);
    const files = [
      // Ten long rows of commas, then rows of semicolons: the delimiter comes from the first ten only.
      [...Array.from({ length: 10 }, (_, i) => `${long},${i},b`), ...Array.from({ length: 50 }, (_, i) => `${i};b;c;d`)].join('\n'),
      // \r\n in the first megabyte, \n after it.
      [...Array.from({ length: 12 }, () => `${long};a`)].join('\r\n') + '\n' + Array.from({ length: 20 }, () => 'c;d').join('\n'),
      // Lone \n inside rows that end in \r\n.
      Array.from({ length: 40 }, (_, i) => `a\nb;${i};c`).join('\r\n'),
      // Eleven rows ending in \r\n, then many in \r: papaparse's line ending comes from its whole megabyte.
      Array.from({ length: 11 }, () => 'a;b').join('\r\n') + '\r' + Array.from({ length: 40 }, () => 'c;d').join('\r'),
      // The tenth row decides between ; and |.
      [...Array.from({ length: 9 }, () => 'a;b|c'), 'a;b;c|d', ...Array.from({ length: 20 }, () => 'x|y')].join('\n'),
      // One delimiter no row agrees on: papaparse cannot guess, says so and takes the comma.
      Array.from({ length: 30 }, (_, i) => (i % 2 ? 'a;b;c' : 'a|b')).join('\n'),
    ];
    for (const file of files) expect(splitUnquotedCsv(file, DELIMITERS)).toStrictEqual(papa(file));
  });

  it('keeps a papaparse error as papaparse gives it', () => {
    const file = 'seul\nligne\nautre';
    expect(papa(file).errors).toHaveLength(1);
    expect(splitUnquotedCsv(file, DELIMITERS)).toStrictEqual(papa(file));
  });
});
