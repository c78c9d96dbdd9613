// cleanText returns a cell untouched when there is nothing to clean; it must clean exactly as the full rule
// does, written out here as the reference: line breaks, tabs and no-break spaces to spaces, quote runs to
// one quote, space runs to one space, surrounding quotes and spaces off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/data/formats/base-carbone';

const byTheRule = (cell: string) =>
  cell
    .replace(/[\t\r\n\u00a0]+/g, ' ')
    .replace(/"{2,}/g, '"')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s"]+|[\s"]+$/g, '')
    .trim();

describe('cleanText', () => {
  it('cleans any cell as the full rule does', () => {
    const piece = fc.constantFrom('a', 'é', ' ', '  ', '"', '""', '\t', '\r', '\n', '\u00a0', '\u2003', '\ufeff', ';', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const cell = pieces.join('');
        expect(cleanText(cell)).toBe(byTheRule(cell));
      }),
      { numRuns: 20000 },
    );
  });
});
