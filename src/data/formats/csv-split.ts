// A CSV file without a single quote, read into rows the way papaparse reads it, minus its detours. Without
// quotes papaparse only splits the text into lines and the lines into cells (its "fast mode"), but on the way
// it splits the whole text once more for each delimiter it tries (to guess the delimiter from the first ten
// rows), and tests every row for emptiness by joining its cells again. At 100,000 rows that is most of the
// reading time. Here papaparse still makes both guesses, on the start of the text it guesses from; the split is
// done once. A property test holds the rows to papaparse's own.
import Papa, { type ParseError } from 'papaparse';

export interface CsvRows {
  readonly rows: string[][];
  readonly delimiter: string;
  readonly errors: readonly ParseError[];
}

// papaparse guesses the line ending from the first 1 MB (1024 × 1024 characters), then the delimiter from the
// first ten rows.
const LINE_ENDING_SPAN = 1024 * 1024;
const ROWS_GUESSED_FROM = 10;

/**
 * papaparse's guesses of the line ending and the delimiter for the whole of `text`, made on its start. papaparse
 * drops a byte-order mark from what it is given (one, not two): `text` is handed over as it came, and `body` is
 * what papaparse reads after that.
 */
function guessLayout(text: string, body: string, delimitersToGuess: readonly string[]) {
  const bom = text.length - body.length;
  // A delimiter given, so that only the line ending is guessed.
  // papaparse only ever guesses one of these three.
  const linebreak = Papa.parse<string[]>(text.slice(0, bom + LINE_ENDING_SPAN), { delimiter: ',', preview: 1 }).meta.linebreak as '\n' | '\r\n' | '\r';
  // Up to the end of the tenth row, or the whole text when it has fewer.
  let end = body.indexOf(linebreak);
  for (let row = 1; row < ROWS_GUESSED_FROM && end >= 0; row++) end = body.indexOf(linebreak, end + linebreak.length);
  const start = end < 0 ? text : text.slice(0, bom + end);
  return Papa.parse<string[]>(start, { skipEmptyLines: 'greedy', delimitersToGuess: [...delimitersToGuess], newline: linebreak, preview: 1 });
}

/**
 * `text` read as papaparse reads it with `skipEmptyLines: 'greedy'` and these delimiters to guess from, when it
 * holds no quote; null when it holds one (quotes need papaparse's full reader).
 */
export function splitUnquotedCsv(text: string, delimitersToGuess: readonly string[]): CsvRows | null {
  if (text.includes('"')) return null;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const guess = guessLayout(text, body, delimitersToGuess);
  const { delimiter, linebreak } = guess.meta;
  // papaparse drops a row whose cells, joined, trim to nothing: a line of delimiters and white space (a delimiter
  // is one character here, and \s is the very set trim removes).
  const blank = new RegExp(`^[\\s${delimiter.replace(/[\]\\^-]/g, '\\$&')}]*$`);
  const rows: string[][] = [];
  for (const line of body.split(linebreak)) if (!blank.test(line)) rows.push(line.split(delimiter));
  return { rows, delimiter, errors: guess.errors };
}
