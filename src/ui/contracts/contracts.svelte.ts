// The public contracts screen's data: the data sets stored in this browser, the import of DECP files in the
// worker (progress, cancel), removing a data set, and the contracts of every data set read back as one set of
// columns for the dashboard. Storage calls go through a StorageTask, so a full disk is said, not thrown.
import { chosenFiles, startDecpImport, type DecpImportJob } from '../../data/decp/decp-client';
import type { DecpImportFile, DecpImportProgress, DecpImportResult } from '../../data/decp/decp-import';
import type { CarboneEviteDb } from '../../data/storage/db';
import type { DecpDatasetRecord } from '../../data/storage/decp-records';
import { listDecpDatasets, readDecpDatasets, removeDecpDataset, storeDecpDataset } from '../../data/storage/decp-store';
import type { DecpColumns } from '../../domain/decp/columns';
import { StorageTask } from '../../state/storage-task.svelte';

/** What the last import came to, for the screen to say. */
export type DecpImportNote =
  | { readonly kind: 'stored'; readonly name: string; readonly contracts: number; readonly duplicates: number; readonly defects: number }
  | { readonly kind: 'known'; readonly name: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Files that could not be read: nothing was stored. */
  | { readonly kind: 'refused'; readonly files: readonly { readonly file: string; readonly problem: string }[] };

/** Why the stored contracts could not be read back (a chunk missing or damaged): they are never shown short. */
export type DecpReadProblem = { readonly problem: 'unknown-dataset' | 'missing-chunk' | 'unreadable-chunk'; readonly dataset: string };

type StartImport = (files: readonly DecpImportFile[], onProgress: (progress: DecpImportProgress) => void) => DecpImportJob;

export class ContractsState {
  readonly #db: CarboneEviteDb;
  readonly #start: StartImport;
  readonly storage = new StorageTask();
  datasets = $state.raw<readonly DecpDatasetRecord[]>([]);
  /** Every stored contract, contracts present in several data sets counted once; null until read. */
  columns = $state.raw<DecpColumns | null>(null);
  readProblem = $state.raw<DecpReadProblem | null>(null);
  /** Set while the worker reads files. */
  progress = $state.raw<DecpImportProgress | null>(null);
  note = $state.raw<DecpImportNote | null>(null);
  /** True from the first read of the stored data sets on. */
  loaded = $state(false);
  #job: DecpImportJob | null = null;

  constructor(db: CarboneEviteDb, start: StartImport = startDecpImport) {
    this.#db = db;
    this.#start = start;
  }

  get importing(): boolean {
    return this.progress !== null;
  }

  /** Reads the data sets' headers, then their contracts as one set of columns. */
  async load(): Promise<void> {
    const read = await this.storage.run(async () => {
      const datasets = await listDecpDatasets(this.#db);
      const contracts = await readDecpDatasets(
        this.#db,
        datasets.map((d) => d.id),
      );
      return { datasets, contracts };
    });
    if (!read) return;
    this.datasets = read.datasets;
    this.columns = read.contracts.ok ? read.contracts.columns : null;
    this.readProblem = read.contracts.ok ? null : { problem: read.contracts.problem, dataset: read.contracts.dataset };
    this.loaded = true;
  }

  /** Reads the files in the worker and stores them as one data set, unless they are stored already. */
  async import(files: readonly File[] | readonly DecpImportFile[]): Promise<void> {
    if (files.length === 0 || this.#job) return;
    this.note = null;
    const chosen = files[0] instanceof File ? chosenFiles(files as readonly File[]) : (files as readonly DecpImportFile[]);
    this.progress = { fraction: 0, file: chosen[0]!.name, fileIndex: 0, fileFraction: 0 };
    const job = (this.#job = this.#start(chosen, (progress) => (this.progress = progress)));
    const outcome = await job.outcome;
    this.#job = null;
    this.progress = null;
    if (outcome.kind === 'cancelled') this.note = { kind: 'cancelled' };
    else if (outcome.kind === 'failed') this.note = { kind: 'failed', message: outcome.message };
    else await this.#store(outcome.result);
  }

  cancel(): void {
    this.#job?.cancel();
  }

  async #store(result: DecpImportResult): Promise<void> {
    // One unreadable file refuses the whole import: the analyst mends or leaves it out and imports again,
    // rather than finding a data set silently smaller than the files chosen.
    const refused = result.files.filter((f) => f.problem !== null).map((f) => ({ file: f.file, problem: f.problem! }));
    if (refused.length > 0) {
      this.note = { kind: 'refused', files: refused };
      return;
    }
    const stored = await this.storage.run(() => storeDecpDataset(this.#db, result));
    if (!stored) return;
    const { dataset } = stored;
    this.note =
      stored.status === 'known'
        ? { kind: 'known', name: dataset.name }
        : { kind: 'stored', name: dataset.name, contracts: dataset.contracts, duplicates: dataset.duplicates, defects: dataset.defects.total };
    if (stored.status === 'stored') await this.load();
  }

  /** Removes a data set and its contracts in one step. */
  async remove(id: string): Promise<boolean> {
    const done = await this.storage.run(async () => {
      await removeDecpDataset(this.#db, id);
      return true;
    });
    if (done) await this.load();
    return done === true;
  }
}
