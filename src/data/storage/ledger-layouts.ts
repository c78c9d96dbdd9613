// The column mapping a person chose for a ledger layout, remembered in this browser's database (and so
// in its backups) under the layout's signature.
import type { CarboneEviteDb } from './db';
import { LedgerMappingSchema, type LedgerMapping } from '../formats/ledger-import';

const key = (signature: string) => `ledger-layout:${signature}`;

export async function readLedgerLayout(db: CarboneEviteDb, signature: string): Promise<LedgerMapping | undefined> {
  const record = await db.meta.get(key(signature));
  // A remembered mapping that no longer reads as one is ignored: the columns are guessed again.
  const parsed = LedgerMappingSchema.safeParse(record?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function rememberLedgerLayout(db: CarboneEviteDb, signature: string, mapping: LedgerMapping): Promise<void> {
  await db.meta.put({ key: key(signature), value: mapping });
}
