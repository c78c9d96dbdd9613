// The one IndexedDB database of the app, through Dexie. Its schema versions and their upgrades live here,
// append-only: a released version is never edited, a change is a new version with its own upgrade.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { FactorTable } from '../../domain';
import { fromStoredChunk, splitIntoChunks, type LineChunk, type ScenarioHeader, type ScenarioRecord, type StoredChunk } from './scenario-chunks';
import type { DecpChunkRecord, DecpDatasetRecord } from './decp-records';

export type { LineChunk, ScenarioHeader, ScenarioRecord, ScenarioSummary } from './scenario-chunks';
export type { DecpChunkRecord, DecpDatasetRecord } from './decp-records';

/** A factor table the person imported (an official export), stored whole. */
export interface TableRecord {
  readonly id: string;
  readonly version: string;
  /** tableChecksum of `table`, taken when it was imported. */
  readonly checksum: string;
  readonly importedAt: number;
  readonly table: FactorTable;
  /** Where it came from, for the tables screen: file name, encoding, counts of rows read. */
  readonly origin: { readonly fileName: string; readonly encoding: string; readonly rows: number; readonly rejected: number };
}

export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

export const DATABASE_NAME = 'carbone-evite';

/** `hash` renamed `checksum` in an object, unless it already has one. Plain objects only, for upgrades. */
function renameHash(object: Record<string, unknown>): void {
  if (!('hash' in object)) return;
  if (object.checksum === undefined && object.hash !== undefined) object.checksum = object.hash;
  delete object.hash;
}

/** Each version's stores; `upgrade` (if any) turns the previous version's records into this one's. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<unknown> }[] = [
  { version: 1, stores: { scenarios: 'id, updatedAt', meta: 'key' } },
  // Imported factor tables, keyed by table id and version; nothing earlier changes shape.
  { version: 2, stores: { scenarios: 'id, updatedAt', meta: 'key', factorTables: '[id+version], id' } },
  // The word for a table's SHA-256 is "checksum": a table record's `hash` and a scenario's
  // `factorTable.hash` are renamed `checksum`; the stores and their keys stay as they were.
  {
    version: 3,
    stores: { scenarios: 'id, updatedAt', meta: 'key', factorTables: '[id+version], id' },
    upgrade: async (tx) => {
      await tx
        .table('factorTables')
        .toCollection()
        .modify((record: Record<string, unknown>) => renameHash(record));
      await tx
        .table('scenarios')
        .toCollection()
        .modify((record: { scenario?: { factorTable?: Record<string, unknown> } }) => {
          const factorTable = record.scenario?.factorTable;
          if (factorTable !== null && typeof factorTable === 'object') renameHash(factorTable);
        });
    },
  },
  // A scenario's lines move out of its record into chunks (scenario-chunks.ts): Chromium refuses a record
  // above ~133 MB, which a 1,000,000-line scenario stored whole exceeds, and every edit rewrote it whole.
  {
    version: 4,
    stores: { scenarios: 'id, updatedAt', scenarioLines: '[scenarioId+slot], scenarioId', meta: 'key', factorTables: '[id+version], id' },
    upgrade: async (tx) => {
      const records = (await tx.table('scenarios').toArray()) as ScenarioRecord[];
      for (const record of records) {
        const { header, chunks } = splitIntoChunks(record);
        await tx.table('scenarios').put(header);
        await tx.table('scenarioLines').bulkPut(chunks);
      }
    },
  },
  // Public contracts' data (DECP) imported for the dashboard: a data set's header (files, fingerprint, counts,
  // defects) and its contracts as columns in chunks of at most 10,000 (decp-store.ts). Nothing earlier changes.
  {
    version: 5,
    stores: {
      scenarios: 'id, updatedAt',
      scenarioLines: '[scenarioId+slot], scenarioId',
      meta: 'key',
      factorTables: '[id+version], id',
      decpDatasets: 'id, &fingerprint, importedAt',
      decpChunks: '[datasetId+slot], datasetId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class CarboneEviteDb extends Dexie {
  /** Headers only: read whole scenarios through scenario-store.ts. */
  scenarios!: EntityTable<ScenarioHeader, 'id'>;
  /** Read as LineChunk whichever way a chunk was stored; written as StoredChunk (scenario-store.ts). */
  scenarioLines!: Dexie.Table<LineChunk, [string, number], StoredChunk>;
  meta!: EntityTable<MetaRecord, 'key'>;
  // Not `tables`: Dexie already has a property of that name.
  factorTables!: Dexie.Table<TableRecord, [string, string]>;
  decpDatasets!: EntityTable<DecpDatasetRecord, 'id'>;
  decpChunks!: Dexie.Table<DecpChunkRecord, [string, number]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.table('scenarioLines').hook('reading', fromStoredChunk);
  }
}

export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(readonly storedVersion: number) {
    super(`The stored data were written by a newer version of the app (schema ${storedVersion}, this app knows ${CURRENT_SCHEMA_VERSION}).`);
  }
}

/** The stored database's IndexedDB version, read without upgrading it; 0 when there is none yet. */
function storedVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      // No database yet: leave none behind (aborting deletes the one this request was creating).
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(0);
      } else reject(request.error);
    };
  });
}

/**
 * Opens the database, refusing one written by a newer app before touching it: Dexie 4 would open it
 * and even add the stores this app expects, changing a schema that a newer version owns.
 * `onBlocked` is called when the upgrade waits for another tab, still open on an older version, to close
 * its connection; the open then goes on by itself once it does.
 */
export async function openDatabase(name = DATABASE_NAME, onBlocked?: () => void): Promise<CarboneEviteDb> {
  // Dexie stores version v as IndexedDB version v × 10.
  const stored = (await storedVersion(name)) / 10;
  if (stored > CURRENT_SCHEMA_VERSION) throw new NewerDatabaseError(stored);
  const db = new CarboneEviteDb(name);
  if (onBlocked) db.on('blocked', onBlocked);
  await db.open();
  return db;
}
