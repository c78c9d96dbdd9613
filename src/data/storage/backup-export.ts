// The whole database as a backup, read as Actual Budget does: one consistent read.
import { BACKUP_FORMAT, type Backup } from './backup-file';
import { CURRENT_SCHEMA_VERSION, type CarboneEviteDb } from './db';
import { readAllScenarios } from './scenario-store';

/**
 * All stores, read in one transaction: a consistent snapshot even while another tab writes. Scenarios are
 * whole records in the file, whatever their layout in the database.
 */
export async function exportBackup(db: CarboneEviteDb): Promise<Backup> {
  return db.transaction('r', db.scenarios, db.scenarioLines, db.factorTables, db.meta, async () => {
    const [scenarios, factorTables, meta] = await Promise.all([readAllScenarios(db), db.factorTables.toArray(), db.meta.toArray()]);
    return {
      format: BACKUP_FORMAT,
      app: 'carbone-evite',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      stores: { scenarios, factorTables, meta },
    };
  });
}
