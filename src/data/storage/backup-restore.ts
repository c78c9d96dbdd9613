// A backup restored all or nothing, as Actual Budget does: validated in full before (backup-file.ts),
// then written in one read-write transaction.
import type { Backup } from './backup-file';
import { computeRestore, type RestoreMode, type RestorePlan } from './backup-restore-plan';
import type { CarboneEviteDb } from './db';
import { clearScenarios, putScenarioRecords } from './scenario-store';

/**
 * Applies the plan in one read-write transaction, planned inside it so that nothing changes in between.
 * Any failure aborts the transaction: the stored data stay exactly as they were.
 */
export async function restoreBackup(db: CarboneEviteDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  return db.transaction('rw', db.scenarios, db.scenarioLines, db.factorTables, db.meta, async () => {
    const { plan, writes } = await computeRestore(db, backup, mode);
    if (mode === 'replace') await Promise.all([clearScenarios(db), db.factorTables.clear(), db.meta.clear()]);
    // Whole records from the file, stored as header and line chunks.
    if (writes.scenarios.length) await putScenarioRecords(db, writes.scenarios);
    if (writes.factorTables.length) await db.factorTables.bulkAdd(writes.factorTables);
    if (writes.meta.length) await db.meta.bulkAdd(writes.meta);
    return plan;
  });
}
