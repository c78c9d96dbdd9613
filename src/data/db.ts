// The one IndexedDB database of the app, through Dexie. Its schema versions and their upgrades live here,
// append-only: a released version is never edited, a change is a new version with its own upgrade.
import Dexie, { type EntityTable } from 'dexie';
import type { Scenario } from '../domain';

export interface ScenarioSummary {
  readonly baselineKgCO2e: number;
  readonly avoidedKgCO2e: number;
  readonly lineCount: number;
}

export interface ScenarioRecord {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Incremented by every write, so a tab can tell a newer stored scenario from its own. */
  readonly revision: number;
  readonly scenario: Scenario;
  /** Kept with the scenario so the list can sort by avoided total without estimating every scenario. */
  readonly summary: ScenarioSummary;
}

export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

export const DATABASE_NAME = 'carbone-evite';

/** Each version's stores; `upgrade` (if any) turns the previous version's records into this one's. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { scenarios: 'id, updatedAt', meta: 'key' } },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class CarboneEviteDb extends Dexie {
  scenarios!: EntityTable<ScenarioRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(readonly storedVersion: number) {
    super(`The stored data were written by a newer version of the app (schema ${storedVersion}, this app knows ${CURRENT_SCHEMA_VERSION}).`);
  }
}

/**
 * Opens the database, refusing one written by a newer app: Dexie would open it with this app's older
 * idea of the schema, and a write could then damage what the newer version stored.
 */
export async function openDatabase(name = DATABASE_NAME): Promise<CarboneEviteDb> {
  const db = new CarboneEviteDb(name);
  await db.open();
  // Dexie stores version v as IndexedDB version v × 10.
  const stored = db.backendDB().version / 10;
  if (stored > CURRENT_SCHEMA_VERSION) {
    db.close();
    throw new NewerDatabaseError(stored);
  }
  return db;
}
