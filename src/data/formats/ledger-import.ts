// A purchase ledger (CSV from accounting or procurement software) turned into scenario lines: the person
// says which column holds what, or fixes a value for all rows; each row that cannot become a valid line
// is listed with its number and the reason.
import Papa from 'papaparse';
import { unterminatedQuoteLine } from './csv-quotes';
import { splitUnquotedCsv, type CsvRows } from './csv-split';
import { foldForSearch, conversionMultiplier, isUnitId, parseLine, type FactorIndex, type Line, type UnitId } from '../../domain';
import type { ColumnOrValue, LedgerMapping, ShareScale } from './ledger-mapping';

export interface LedgerFile {
  readonly headers: string[];
  /** Data rows, as text, in file order. */
  readonly rows: string[][];
  readonly delimiter: string;
}

export type LedgerRejectReason = 'quantity' | 'unit' | 'factor' | 'unit-mismatch' | 'share-fraction' | 'share-percent' | 'empty';

export interface LedgerReject {
  /** Line number in the file, the header being line 1. */
  readonly row: number;
  readonly reason: LedgerRejectReason;
  /** The text at fault, as found in the file. */
  readonly value: string;
}

export type LedgerParse =
  | { ok: true; file: LedgerFile }
  | { ok: false; problem: 'empty' | 'no-rows' | 'unreadable'; detail: string }
  /** A quote opened on `line` and never closed: what follows would be read as one value. */
  | { ok: false; problem: 'unterminated-quote'; detail: string; line: number };

const DELIMITERS = [';', ',', '\t', '|'];

export function parseLedger(text: string): LedgerParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, problem: 'empty', detail: '' };
  const parsed = splitUnquotedCsv(body, DELIMITERS) ?? readCsv(body);
  const quoteLine = unterminatedQuoteLine(body, parsed.errors);
  if (quoteLine !== null) return { ok: false, problem: 'unterminated-quote', detail: `a quote opened on line ${quoteLine} is never closed`, line: quoteLine };
  const [headers, ...rows] = parsed.rows;
  if (!headers || headers.length < 2) return { ok: false, problem: 'unreadable', detail: parsed.errors[0]?.message ?? '' };
  if (rows.length === 0) return { ok: false, problem: 'no-rows', detail: '' };
  return { ok: true, file: { headers: headers.map((h) => h.trim()), rows, delimiter: parsed.delimiter } };
}

/** A file with quotes, through papaparse's full reader. */
function readCsv(body: string): CsvRows {
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  return { rows: parsed.data, delimiter: parsed.meta.delimiter, errors: parsed.errors };
}

/** Column names that say what a column holds, in French or English accounting exports (folded). */
const COLUMN_NAMES: Readonly<Record<Exclude<keyof LedgerMapping, 'shareScale'>, RegExp>> = {
  label: /libell|label|designation|objet|description/,
  quantity: /quantit|qte|qty|nombre|volume/,
  unit: /^unit|unite/,
  baseline: /facteur|factor|reference|baseline/,
  alternative: /alternati|durable|sustainable/,
  share: /part|share|taux/,
};

/** A first guess from the column names, for a layout never mapped before: the first column each name fits. */
export function guessLedgerColumns(headers: readonly string[]): Partial<Record<keyof typeof COLUMN_NAMES, { readonly column: number }>> {
  const folded = headers.map(foldForSearch);
  const guess: Partial<Record<keyof typeof COLUMN_NAMES, { column: number }>> = {};
  for (const [field, pattern] of Object.entries(COLUMN_NAMES) as [keyof typeof COLUMN_NAMES, RegExp][]) {
    const column = folded.findIndex((h) => pattern.test(h));
    if (column >= 0) guess[field] = { column };
  }
  return guess;
}

/** Same columns, same meaning: the key under which a mapping is remembered. */
export function layoutSignature(headers: readonly string[]): string {
  return headers.map((h) => foldForSearch(h.trim())).join('|');
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** "1 234,5", "1234.5", "1,234.5": a decimal comma is read as such when there is no point. */
export function parseLedgerNumber(text: string): number | null {
  // Most cells are plain digits, which every rule below leaves as they are.
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!t) return null;
  if (t.includes(',') && !t.includes('.')) t = t.replace(',', '.');
  else t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

// Unit words found in ledgers, folded, mapped to the engine's units.
const UNIT_WORDS: Record<string, UnitId> = {
  u: 'unit',
  unite: 'unit',
  unites: 'unit',
  piece: 'unit',
  pieces: 'unit',
  pce: 'unit',
  unit: 'unit',
  units: 'unit',
  ea: 'unit',
  repas: 'meal',
  meal: 'meal',
  meals: 'meal',
  couvert: 'meal',
  couverts: 'meal',
  kg: 'kg',
  g: 'g',
  t: 't',
  tonne: 't',
  tonnes: 't',
  kwh: 'kWh',
  mwh: 'MWh',
  gj: 'GJ',
  km: 'km',
  pkm: 'pkm',
  'passager.km': 'pkm',
  'passager-km': 'pkm',
  'p.km': 'pkm',
  tkm: 'tkm',
  't.km': 'tkm',
  l: 'L',
  litre: 'L',
  litres: 'L',
  m3: 'm3',
  'm³': 'm3',
  m2: 'm2',
  'm²': 'm2',
  eur: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  keur: 'kEUR',
  'k€': 'kEUR',
};

export function ledgerUnit(text: string): UnitId | null {
  const t = text.trim();
  if (isUnitId(t)) return t;
  return UNIT_WORDS[foldForSearch(t).replace(/\s+/g, '')] ?? null;
}

/**
 * How a share column is written, guessed from all its values: percents when any value is above 1 or
 * carries a % sign, fractions when all are at most 1. Only a guess: a percent column of 0 and 1 reads as fractions.
 */
export function guessShareScale(file: LedgerFile, column: number): ShareScale {
  const percent = file.rows.some((row) => {
    const text = (row[column] ?? '').trim();
    return text.includes('%') || (parseLedgerNumber(text) ?? 0) > 1;
  });
  return percent ? 'percent' : 'fraction';
}

/** A share as a fraction, read in the column's scale ("0,4" as a fraction, "40" as a percent; "40 %" says so itself); null outside 0 to 100 %. */
export function ledgerShare(text: string, scale: ShareScale): number | null {
  const percent = text.includes('%') || scale === 'percent';
  const n = parseLedgerNumber(text.replace('%', ''));
  if (n === null) return null;
  const share = percent ? n / 100 : n;
  return share >= 0 && share <= 1 ? share : null;
}

export interface LedgerLines {
  readonly lines: Line[];
  readonly rejected: LedgerReject[];
}

/**
 * Every row as a line, or rejected with its reason. Factor columns hold factor ids or the source's
 * identifier (a Base Carbone element id). `newId` names each line.
 */
export function ledgerToLines(file: LedgerFile, mapping: LedgerMapping, factors: FactorIndex, newId: (row: number) => string): LedgerLines {
  const bySourceId = new Map<string, string>();
  for (const f of factors.byId.values()) if (f.sourceId && !bySourceId.has(f.sourceId)) bySourceId.set(f.sourceId, f.id);
  const cell = (row: string[], column: number) => (row[column] ?? '').trim();
  const value = <T>(row: string[], source: ColumnOrValue<T>, read: (text: string) => T | null): { ok: true; value: T } | { ok: false; text: string } => {
    if ('fixed' in source) return { ok: true, value: source.fixed };
    const text = cell(row, source.column);
    const v = read(text);
    return v === null ? { ok: false, text } : { ok: true, value: v };
  };
  const factorId = (text: string) => (factors.byId.has(text) ? text : (bySourceId.get(text) ?? null));
  // A ledger repeats a few unit words over its rows: each is folded and looked up once, not 100,000 times.
  const units = new Map<string, UnitId | null>();
  const unitOf = (text: string) => {
    let unit = units.get(text);
    if (unit === undefined) units.set(text, (unit = ledgerUnit(text)));
    return unit;
  };
  // Each unit and factor met once: the text a mismatch is reported with, or null when the units meet.
  const mismatches = new Map<UnitId, Map<string, string | null>>();
  const unitMismatch = (unit: UnitId, id: string) => {
    let byFactor = mismatches.get(unit);
    if (!byFactor) mismatches.set(unit, (byFactor = new Map()));
    let text = byFactor.get(id);
    if (text === undefined) {
      const factor = factors.byId.get(id);
      byFactor.set(id, (text = !factor || conversionMultiplier(unit, factor.perUnit) === null ? `${unit} / ${factor?.unit ?? id}` : null));
    }
    return text;
  };
  const shareScale = mapping.shareScale ?? (mapping.share && 'column' in mapping.share ? guessShareScale(file, mapping.share.column) : 'fraction');

  const lines: Line[] = [];
  const rejected: LedgerReject[] = [];
  file.rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const reject = (reason: LedgerRejectReason, text: string) => rejected.push({ row: rowNumber, reason, value: text });
    if (row.every((c) => !c.trim())) return reject('empty', '');
    const quantity = value(row, mapping.quantity, (t) => {
      const n = parseLedgerNumber(t);
      return n !== null && n >= 0 ? n : null;
    });
    if (!quantity.ok) return reject('quantity', quantity.text);
    const unit = value(row, mapping.unit, unitOf);
    if (!unit.ok) return reject('unit', unit.text);
    const baseline = value(row, mapping.baseline, factorId);
    if (!baseline.ok) return reject('factor', baseline.text);
    const alternative = value(row, mapping.alternative, factorId);
    if (!alternative.ok) return reject('factor', alternative.text);
    const share = mapping.share ? value(row, mapping.share, (t) => ledgerShare(t, shareScale)) : ({ ok: true, value: undefined } as const);
    if (!share.ok) return reject(`share-${shareScale}`, share.text);
    for (const id of [baseline.value, alternative.value]) {
      const mismatch = unitMismatch(unit.value, id);
      if (mismatch !== null) return reject('unit-mismatch', mismatch);
    }
    const line: Record<string, unknown> = {
      id: newId(rowNumber),
      quantity: quantity.value,
      unit: unit.value,
      baseline: { factor: baseline.value },
      alternative: { factor: alternative.value },
    };
    if (mapping.label) line.label = cell(row, mapping.label.column);
    if (share.value !== undefined) line.share = share.value;
    // Checked like any line the editor stores; zod drops nothing valid and reports anything else.
    const parsed = parseLine(line);
    if (!parsed) return reject('quantity', String(quantity.value));
    lines.push(parsed);
  });
  return { lines, rejected };
}
