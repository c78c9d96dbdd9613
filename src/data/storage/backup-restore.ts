// A backup restored all or nothing, as Actual Budget does: every record validated before (backup-file.ts,
// backup-records.ts; an invalid one is listed and left out), then the valid ones written in one read-write
// transaction.
import type { Backup } from './backup-file';
import { computeRestore, type RestoreMode, type RestorePlan } from './backup-restore-plan';
import type { CarboneEviteDb } from './db';
import type { FactorTable } from '../../domain';
import { clearScenarios, putScenarioRecords } from './scenario-store';

/**
 * Applies the plan in one read-write transaction, planned inside it so that nothing changes in between; the
 * summaries are computed again with `bundledTables` and the imported tables stored then. Any failure aborts the transaction: the stored data stay exactly as they were.
 */
export async function restoreBackup(db: CarboneEviteDb, backup: Backup, mode: RestoreMode, bundledTables: readonly FactorTable[]): Promise<RestorePlan> {
  return db.transaction('rw', db.scenarios, db.scenarioLines, db.factorTables, db.meta, async () => {
    const { plan, writes } = await computeRestore(db, backup, mode, bundledTables);
    if (mode === 'replace') await Promise.all([clearScenarios(db), db.factorTables.clear(), db.meta.clear()]);
    // Whole records from the file, stored as header and line chunks.
    if (writes.scenarios.length) await putScenarioRecords(db, writes.scenarios);
    if (writes.factorTables.length) await db.factorTables.bulkAdd(writes.factorTables);
    if (writes.meta.length) await db.meta.bulkAdd(writes.meta);
    return plan;
  });
}
