// The column mapping a person chose for a ledger layout, remembered in this browser's database (and so
// in its backups) under the layout's signature.
import type { CarboneEviteDb } from './db';
import { LedgerMappingSchema, type LedgerMapping } from '../formats/ledger-mapping';

export const LEDGER_LAYOUT_KEY_PREFIX = 'ledger-layout:';

const key = (signature: string) => `${LEDGER_LAYOUT_KEY_PREFIX}${signature}`;

/**
 * A remembered mapping checked against its layout: it reads as a mapping, names only columns the layout has
 * (the signature is the folded headers joined by "|") and a fixed share is a fraction. Anything else, written
 * by another version of the app or by hand in a backup, is not a mapping for these files.
 */
export function readLayoutValue(signature: string, value: unknown): LedgerMapping | undefined {
  const parsed = LedgerMappingSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const mapping = parsed.data;
  const columns = signature.split('|').length;
  const sources = [mapping.label, mapping.quantity, mapping.unit, mapping.baseline, mapping.alternative, mapping.share];
  if (sources.some((from) => from && 'column' in from && from.column >= columns)) return undefined;
  if (mapping.share && 'fixed' in mapping.share && !(mapping.share.fixed >= 0 && mapping.share.fixed <= 1)) return undefined;
  return mapping;
}

export async function readLedgerLayout(db: CarboneEviteDb, signature: string): Promise<LedgerMapping | undefined> {
  const record = await db.meta.get(key(signature));
  // A remembered mapping that no longer reads as one is ignored: the columns are guessed again.
  return readLayoutValue(signature, record?.value);
}

export async function rememberLedgerLayout(db: CarboneEviteDb, signature: string, mapping: LedgerMapping): Promise<void> {
  await db.meta.put({ key: key(signature), value: mapping });
}
