// The column mapping a person chose for a ledger layout, remembered in this browser's database (and so
// in its backups) under the layout's signature.
import type { CarboneEviteDb } from './db';
import type { LedgerMapping } from '../formats/ledger-import';

const key = (signature: string) => `ledger-layout:${signature}`;

export async function readLedgerLayout(db: CarboneEviteDb, signature: string): Promise<LedgerMapping | undefined> {
  const record = await db.meta.get(key(signature));
  return record?.value as LedgerMapping | undefined;
}

export async function rememberLedgerLayout(db: CarboneEviteDb, signature: string, mapping: LedgerMapping): Promise<void> {
  await db.meta.put({ key: key(signature), value: mapping });
}
