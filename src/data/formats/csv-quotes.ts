// A quote opened and never closed makes a CSV parser read on as one value until the next quote, or the end of
// the file: papaparse says so in its errors (MissingQuotes, InvalidQuotes), and the rows swallowed would vanish
// without a word if nobody looked.
import type { ParseError } from 'papaparse';

/** The file line (the first being 1) where a quote opens that is not closed where a value ends, or null when every quote is. */
export function unterminatedQuoteLine(text: string, errors: readonly ParseError[]): number | null {
  const error = errors.find((e) => e.type === 'Quotes');
  if (!error) return null;
  const at = error.index ?? text.length;
  return (text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}
