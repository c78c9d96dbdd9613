// Contracts held as columns, read back one page at a time as plain rows for a list: a drill-down reads the
// 25 rows it shows, never the 200,000 of a selection.
import { CEILING_FLAG, CONCESSION_FLAG, type DecpColumns, type DecpTextColumn } from './columns';
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type EnvironmentalClass, type SocialClass } from './contract';

export interface DecpContractRow {
  /** The row in the columns: a stable key for a list. */
  readonly row: number;
  readonly id: string;
  readonly object: string;
  /** The buyer's SIRET, and its name when the data give one ('' otherwise). */
  readonly buyer: string;
  readonly buyerName: string;
  readonly cpv: string;
  readonly procedure: string;
  readonly nature: string;
  /** € excl. VAT after modifications; null when unusable. */
  readonly amountEur: number | null;
  /** YYYY-MM-DD, or null when unknown. */
  readonly notified: string | null;
  readonly environmental: EnvironmentalClass;
  readonly social: SocialClass;
  /** A framework agreement's amount: a ceiling, not spend. */
  readonly ceiling: boolean;
  readonly concession: boolean;
  readonly file: string;
}

const text = (column: DecpTextColumn, row: number) => column.values[column.codes[row]!] ?? '';

function isoDay(day: number): string | null {
  if (day === 0) return null;
  const s = String(day).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** The contracts of `rows[start … start + count)`, in the selection's order. */
export function contractRowsOf(columns: DecpColumns, rows: Uint32Array, start: number, count: number): DecpContractRow[] {
  const out: DecpContractRow[] = [];
  for (let i = Math.max(0, start); i < Math.min(rows.length, start + count); i++) {
    const row = rows[i]!;
    const cents = columns.amountCents[row]!;
    const flags = columns.flags[row]!;
    out.push({
      row,
      id: text(columns.id, row),
      object: text(columns.object, row),
      buyer: text(columns.buyer, row),
      buyerName: columns.buyerNames[columns.buyer.codes[row]!] ?? '',
      cpv: text(columns.cpv, row),
      procedure: text(columns.procedure, row),
      nature: text(columns.nature, row),
      amountEur: Number.isNaN(cents) ? null : cents / 100,
      notified: isoDay(columns.notified[row]!),
      environmental: ENVIRONMENTAL_CLASSES[columns.environmental[row]!]!,
      social: SOCIAL_CLASSES[columns.social[row]!]!,
      ceiling: (flags & CEILING_FLAG) !== 0,
      concession: (flags & CONCESSION_FLAG) !== 0,
      file: text(columns.file, row),
    });
  }
  return out;
}
