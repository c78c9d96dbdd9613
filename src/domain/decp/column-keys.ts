// The groups contracts held as columns fall in: each grouping gives every row the index of its key, computed
// once per string-table value rather than once per row, so that grouping and filtering are loops over
// typed arrays. Filters use the same keys, so a group clicked on a chart is a filter as it is.
import type { DecpColumns, DecpTextColumn } from './columns';

export type DecpColumnGrouping = 'year' | 'cpv-division' | 'cpv-group' | 'buyer' | 'procedure' | 'nature' | 'department' | 'region' | 'amount-band';

export const DECP_COLUMN_GROUPINGS: readonly DecpColumnGrouping[] = [
  'year',
  'cpv-division',
  'cpv-group',
  'buyer',
  'procedure',
  'nature',
  'department',
  'region',
  'amount-band',
];

/** The key of rows whose value is not said (no date, no CPV, no amount…). */
export const UNKNOWN_KEY = 'unknown';

/**
 * Limits of the amount bands, € excl. VAT: 40,000 (below it a contract may be awarded without advertising,
 * décret 2019-1344), 90,000 (formal advertising), 221,000 and 5,538,000 (the European thresholds for local
 * authorities' supplies and services, and for works, 2024–2025). A band holds its lower limit.
 */
export const DECP_AMOUNT_BAND_LIMITS_EUR: readonly number[] = [40_000, 90_000, 221_000, 5_538_000];

/** Band keys in order: `0-40000`, `40000-90000`, …, `5538000+`. */
export function amountBandKeys(limitsEur: readonly number[] = DECP_AMOUNT_BAND_LIMITS_EUR): string[] {
  const edges = [0, ...limitsEur];
  return edges.map((low, i) => (i + 1 < edges.length ? `${low}-${edges[i + 1]}` : `${low}+`));
}

export interface RowKeys {
  /** The keys met or asked for; a row's key is `keys[of(row)]`. */
  readonly keys: string[];
  readonly of: (row: number) => number;
  /** The index of a key, adding it when it is not met (a filter may name a key no row has). */
  readonly indexOf: (key: string) => number;
}

function keyIndex(initial: readonly string[] = []): { keys: string[]; indexOf: (key: string) => number } {
  const keys = [...initial];
  const index = new Map(keys.map((k, i) => [k, i]));
  const indexOf = (key: string) => {
    let i = index.get(key);
    if (i === undefined) {
      i = keys.length;
      keys.push(key);
      index.set(key, i);
    }
    return i;
  };
  return { keys, indexOf };
}

/** Keys from a text column's values (`keyOf` null: unknown), each value's key resolved once. */
function textKeys(column: DecpTextColumn, keyOf: (value: string) => string | null): RowKeys {
  const { keys, indexOf } = keyIndex();
  const byCode = new Int32Array(column.values.length);
  column.values.forEach((value, code) => (byCode[code] = indexOf(value === '' ? UNKNOWN_KEY : (keyOf(value) ?? UNKNOWN_KEY))));
  const codes = column.codes;
  return { keys, indexOf, of: (row) => byCode[codes[row]!]! };
}

function yearKeys(notified: Uint32Array): RowKeys {
  const { keys, indexOf } = keyIndex();
  const byYear = new Map<number, number>();
  return {
    keys,
    indexOf,
    of: (row) => {
      const year = Math.floor(notified[row]! / 10000);
      let i = byYear.get(year);
      if (i === undefined) byYear.set(year, (i = indexOf(year === 0 ? UNKNOWN_KEY : String(year))));
      return i;
    },
  };
}

function bandKeys(amountCents: Float64Array, limitsEur: readonly number[]): RowKeys {
  const { keys, indexOf } = keyIndex([...amountBandKeys(limitsEur), UNKNOWN_KEY]);
  const limitsCents = limitsEur.map((l) => l * 100);
  const unknown = limitsCents.length + 1;
  return {
    keys,
    indexOf,
    of: (row) => {
      const cents = amountCents[row]!;
      if (Number.isNaN(cents)) return unknown;
      let band = 0;
      while (band < limitsCents.length && cents >= limitsCents[band]!) band += 1;
      return band;
    },
  };
}

/** The key of every row under a grouping. */
export function rowKeys(columns: DecpColumns, by: DecpColumnGrouping, limitsEur: readonly number[] = DECP_AMOUNT_BAND_LIMITS_EUR): RowKeys {
  switch (by) {
    case 'year':
      return yearKeys(columns.notified);
    case 'cpv-division':
      return textKeys(columns.cpv, (cpv) => cpv.slice(0, 2));
    case 'cpv-group':
      return textKeys(columns.cpv, (cpv) => cpv.slice(0, 3));
    case 'amount-band':
      return bandKeys(columns.amountCents, limitsEur);
    default:
      return textKeys(columns[by], (value) => value);
  }
}
