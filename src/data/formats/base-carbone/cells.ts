// Reading one cell of an export: copied exports carry stray quotes and tabs in names, numbers are
// written with a decimal comma, dates in either of two forms.
import { foldForSearch } from '../../../domain';

// An export repeats a few values in every row (line type, status, category): each is folded once.
const FOLDED_KEPT = 10_000;
const folded = new Map<string, string>();

/** Folded for search, `_` and extra spaces gone, one kind of apostrophe: for names and keywords. */
export function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = foldForSearch(text).replace(/[’‘`]/g, "'").replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** What cleanText would change inside a cell: without any, and nothing to trim, a cell is already clean (as most are). */
const UNCLEAN = /[\t\r\n\u00a0"]| {2}/;

/** Stray quote runs, tabs and double spaces of copied exports removed; surrounding quotes too. */
export function cleanText(cell: string | undefined): string {
  if (!cell) return '';
  if (cell.trim().length === cell.length && !UNCLEAN.test(cell)) return cell;
  return cell
    .replace(/[\t\r\n\u00a0]+/g, ' ')
    .replace(/"{2,}/g, '"')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s"]+|[\s"]+$/g, '')
    .trim();
}

/** A decimal-comma number ("0,0519", "1 833", "2,5E-3"), or null when it is not one. */
export function parseDecimalComma(cell: string): number | null {
  const s = cell
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// An export's rows share a few thousand dates between them: each is read once.
const DATES_KEPT = 10_000;
const datesRead = new Map<string, string | null>();

/** A full date, `yyyy-mm-dd` or `dd/mm/yyyy`, possibly followed by a time, as YYYY-MM-DD. */
export function parseFullDate(cell: string): string | null {
  let date = datesRead.get(cell);
  if (date === undefined) {
    date = readFullDate(cell);
    if (datesRead.size >= DATES_KEPT) datesRead.clear();
    datesRead.set(cell, date);
  }
  return date;
}

function readFullDate(cell: string): string | null {
  const s = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** At most `max` characters, cut at a word when one ends late enough, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** A cell's text quoted in a rejection's sentence, shortened past 80 characters. */
export const quote = (text: string) => `"${text.length > 80 ? text.slice(0, 77) + '…' : text}"`;
