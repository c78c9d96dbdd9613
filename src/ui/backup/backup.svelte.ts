// All the data of this browser as one file, a restore that says what it will do before doing it, and
// clearing everything.
import {
  backupFileName,
  MAX_BACKUP_CHARS,
  exportBackup,
  parseBackup,
  planRestore,
  restoreBackup,
  type Backup,
  type RejectedRecord,
  type RestoreMode,
  type RestorePlan,
} from '../../data/storage/backup';
import type { CarboneEviteDb } from '../../data/storage/db';
import type { FileProblem } from '../../domain';
import { clearAllData } from '../../data/storage/reset';
import type { AppState } from '../../state/app.svelte';
import type { LocaleState } from '../../state/locale.svelte';
import { StorageTask } from '../../state/storage-task.svelte';
import { downloadText } from '../shared/download';
import { painted } from '../shared/painted';

// Named after the day it is saved, as the person sees it.
const fileNameNow = () => backupFileName(new Date());

/** What the panel needs of the app: notices, and the app's own tables for the summaries restored. */
export type BackupHost = Pick<AppState, 'notify' | 'bundledTables'>;

/** A restore done: what it did, and the records of the file it left out. */
export interface RestoreDone {
  readonly plan: RestorePlan;
  readonly rejected: readonly RejectedRecord[];
  readonly fileName: string;
}

export class BackupState {
  readonly #host: BackupHost;
  readonly #words: Pick<LocaleState, 't'>;
  readonly #db: CarboneEviteDb;
  /** The browser's download; a test keeps the files instead. */
  readonly #save: typeof downloadText;
  readonly storage = new StorageTask();

  /** The backup chosen to restore, read whole and valid; null when none is. */
  backup = $state.raw<Backup | null>(null);
  /** Why the file chosen cannot be restored, each problem with its JSON path. */
  problems = $state.raw<readonly FileProblem[]>([]);
  /** The records of the chosen backup that will not be restored, each with its problems; the others will. */
  rejected = $state.raw<readonly RejectedRecord[]>([]);
  /** The chosen file's name, to name it next to its records' problems. */
  fileName = $state('');
  /** The last restore done, shown until another file is chosen. */
  done = $state.raw<RestoreDone | null>(null);
  mode = $state<RestoreMode>('merge');
  /** What restoring `backup` in `mode` would do to the data stored now. */
  plan = $state.raw<RestorePlan | null>(null);
  /** Clearing all data was asked for once; it needs a second word. */
  confirmingReset = $state(false);
  /** A file being read, or a restore being written: both can take seconds with large scenarios. */
  working = $state<'reading' | 'restoring' | null>(null);

  constructor(host: BackupHost, words: Pick<LocaleState, 't'>, db: CarboneEviteDb, save: typeof downloadText = downloadText) {
    this.#host = host;
    this.#words = words;
    this.#db = db;
    this.#save = save;
  }

  /** Saves every store as one file, read in one transaction; false when the read failed. */
  async exportAll(): Promise<boolean> {
    const backup = await this.storage.run(() => exportBackup(this.#db));
    if (!backup) return false;
    this.#save(JSON.stringify(backup, null, 2), fileNameNow(), 'application/json');
    return true;
  }

  /**
   * Reads a backup file and plans its restore; nothing is written. A backup of large scenarios is read for
   * seconds: `working` says so meanwhile; a file over the limit is refused unread, one the browser cannot
   * read to the end is said.
   */
  async choose(file: Pick<File, 'name' | 'size' | 'text'> | undefined): Promise<void> {
    this.cancel();
    this.problems = [];
    this.done = null;
    if (!file) return;
    const refuse = (problem: FileProblem['problem']) => (this.problems = [{ file: file.name, problem }]);
    if (file.size > MAX_BACKUP_CHARS)
      return void refuse({
        code: 'file-too-large',
        path: [],
        message: `The file is ${file.size} bytes, over the ${MAX_BACKUP_CHARS} accepted for a backup`,
        params: { size: file.size, max: MAX_BACKUP_CHARS },
      });
    this.working = 'reading';
    let parsed: ReturnType<typeof parseBackup>;
    try {
      await painted();
      parsed = parseBackup(await file.text(), file.name);
    } catch (error) {
      return void refuse({
        code: 'unreadable-file',
        path: [],
        message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      this.working = null;
    }
    if (!parsed.ok) {
      this.problems = parsed.problems;
      return;
    }
    this.fileName = file.name;
    this.rejected = parsed.rejected;
    this.backup = parsed.backup;
    await this.#planRestore();
  }

  async setMode(mode: RestoreMode): Promise<void> {
    this.mode = mode;
    await this.#planRestore();
  }

  async #planRestore(): Promise<void> {
    const { backup, mode } = this;
    if (!backup) return;
    const plan = await this.storage.run(() => planRestore(this.#db, backup, mode));
    // A plan that arrives after the person chose another file or mode is no longer the one to show.
    if (plan && this.backup === backup && this.mode === mode) this.plan = plan;
  }

  /** Restores as planned, in one transaction (planned again inside it, on the data as they are then). */
  async restore(): Promise<RestorePlan | undefined> {
    const { backup, mode, rejected, fileName } = this;
    if (!backup) return undefined;
    this.working = 'restoring';
    const done = await this.storage.run(() => restoreBackup(this.#db, backup, mode, this.#host.bundledTables)).finally(() => (this.working = null));
    if (!done) return undefined;
    this.done = { plan: done, rejected, fileName };
    // "n added, of which m as copies": the copies are among the scenarios added.
    const { scenariosAdded, scenariosCopied } = done.counts;
    this.#host.notify(this.#words.t('backup.restored', { scenarios: scenariosAdded + scenariosCopied, copies: scenariosCopied }));
    this.cancel();
    return done;
  }

  /** Puts the chosen backup aside; nothing was written. */
  cancel(): void {
    this.backup = null;
    this.plan = null;
    this.rejected = [];
  }

  askReset(): void {
    this.confirmingReset = true;
  }

  cancelReset(): void {
    this.confirmingReset = false;
  }

  /** Clears scenarios, imported tables and settings in one transaction. */
  async reset(): Promise<boolean> {
    const cleared = await this.storage.run(async () => {
      await clearAllData(this.#db);
      return true;
    });
    if (!cleared) return false;
    this.confirmingReset = false;
    this.#host.notify(this.#words.t('reset.done'));
    return true;
  }
}
