// The factor tables screen: every table at hand with its details, deleting an imported one, and the import.
import type { CarboneEviteDb } from '../../data/storage/db';
import { deleteImportedTable, TableInUseError } from '../../data/storage/table-store';
import { shortChecksum, tableChecksum, type FactorTable } from '../../domain';
import type { AppState } from '../../state/app.svelte';
import type { LocaleState } from '../../state/locale.svelte';
import { StorageTask } from '../../state/storage-task.svelte';
import { TableImportState, type ReadTableFile } from './table-import.svelte';

/** What the screen needs of the app: the tables it holds and a way to tell the person. */
export type TablesHost = Pick<AppState, 'bundledTables' | 'importedTables' | 'notify'>;

export interface TableRow {
  /** `id@version`, unique among the tables at hand. */
  readonly key: string;
  readonly table: FactorTable;
  /** The start of the checksum, enough to tell two contents apart at a glance. */
  readonly shortChecksum: string;
  /** Where an imported table came from; null for a bundled one, which cannot be deleted. */
  readonly imported: { readonly fileName: string; readonly importedAt: number } | null;
}

export interface TableInUse {
  /** `id version`, as the screen names a table. */
  readonly table: string;
  readonly scenarioNames: readonly string[];
}

export class TablesState {
  readonly #host: TablesHost;
  readonly #db: CarboneEviteDb;
  readonly #words: Pick<LocaleState, 't'>;
  readonly storage = new StorageTask();
  readonly importer: TableImportState;
  /** The table whose deletion was just refused, and the scenarios pinned to it. */
  inUse = $state.raw<TableInUse | null>(null);

  /** Bundled tables first, then imported ones, as stored. */
  readonly rows: readonly TableRow[];

  constructor(host: TablesHost, words: Pick<LocaleState, 't'>, db: CarboneEviteDb, read?: ReadTableFile) {
    this.#host = host;
    this.#words = words;
    this.#db = db;
    this.rows = $derived([
      ...this.#host.bundledTables.map((table) => ({
        key: `${table.id}@${table.version}`,
        table,
        shortChecksum: shortChecksum(tableChecksum(table)),
        imported: null,
      })),
      ...this.#host.importedTables.map((record) => ({
        key: `${record.id}@${record.version}`,
        table: record.table,
        shortChecksum: shortChecksum(record.checksum),
        imported: { fileName: record.origin.fileName, importedAt: record.importedAt },
      })),
    ]);
    this.importer = new TableImportState({ db, storage: this.storage, words, notify: (message) => host.notify(message), read });
  }

  /** Deletes an imported table, unless a scenario is pinned to it: then says which ones. */
  async remove(id: string, version: string): Promise<boolean> {
    this.inUse = null;
    const deleted = await this.storage.run(async () => {
      try {
        await deleteImportedTable(this.#db, id, version);
        return true;
      } catch (error) {
        // Not a storage failure: the person can act on it by moving those scenarios to another table.
        if (!(error instanceof TableInUseError)) throw error;
        this.inUse = { table: `${id} ${version}`, scenarioNames: error.scenarioNames };
        return false;
      }
    });
    if (deleted) this.#host.notify(this.#words.t('tables.deleted', { id, version }));
    return deleted === true;
  }
}
