// Clearing everything this app keeps in the browser, in one transaction (all or nothing).
import type { CarboneEviteDb } from './db';

export async function clearAllData(db: CarboneEviteDb): Promise<void> {
  await db.transaction('rw', db.scenarios, db.factorTables, db.meta, async () => {
    await Promise.all([db.scenarios.clear(), db.factorTables.clear(), db.meta.clear()]);
  });
}
