// Clearing everything this app keeps in the browser, in one transaction (all or nothing).
import type { CarboneEviteDb } from './db';
import { clearScenarios } from './scenario-store';

export async function clearAllData(db: CarboneEviteDb): Promise<void> {
  await db.transaction('rw', [db.scenarios, db.scenarioLines, db.factorTables, db.meta, db.decpDatasets, db.decpChunks], async () => {
    await Promise.all([clearScenarios(db), db.factorTables.clear(), db.meta.clear(), db.decpDatasets.clear(), db.decpChunks.clear()]);
  });
}
