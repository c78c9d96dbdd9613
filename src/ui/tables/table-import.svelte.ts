// Importing a factor table: read the file (an ADEME export in the worker, or our JSON format), show what
// was taken and refused, let the person choose the factors to keep, then store them in one write.
import { SvelteSet } from 'svelte/reactivity';
import type { BaseCarboneImport } from '../../data/formats/base-carbone';
import type { CarboneEviteDb, TableRecord } from '../../data/storage/db';
import { storeImportedTable } from '../../data/storage/table-store';
import { readBaseCarboneExport, type ImportOutcome } from '../../data/workers/import-file';
import { foldForSearch, type CategoryId, type Factor, type FactorTable, type FileProblem } from '../../domain';
import type { LocaleState } from '../../state/locale.svelte';
import type { StorageTask } from '../../state/storage-task.svelte';

/** Reads a chosen file into a table; the app's goes through the import worker, a test's may not. */
export type ReadTableFile = (file: File, onProgress: (fraction: number) => void, tableId?: string) => Promise<ImportOutcome>;

type ParsedImport = Extract<BaseCarboneImport, { ok: true }>;

export interface TableImportDeps {
  readonly db: CarboneEviteDb;
  /** Shared with the list, so the screen says a storage failure in one place. */
  readonly storage: StorageTask;
  readonly words: Pick<LocaleState, 't'>;
  readonly notify: (message: string) => void;
  readonly read?: ReadTableFile;
}

export class TableImportState {
  readonly #deps: TableImportDeps;
  readonly #read: ReadTableFile;

  file = $state.raw<File | null>(null);
  /** The id the table will get; empty for the default one. */
  tableId = $state('');
  /** How much of the file the worker has read, 0 to 1; null when not reading. */
  progress = $state<number | null>(null);
  outcome = $state.raw<ImportOutcome | null>(null);
  query = $state('');
  category = $state<CategoryId | ''>('');
  /** Ids of the factors to store; a new set for each file read, filled at once (an export has thousands). */
  kept = $state.raw(new SvelteSet<string>());

  /** The file read as a table, rows rejected and counts; null before reading or when refused. */
  readonly parsed: ParsedImport | null = $derived(this.outcome?.result.ok ? this.outcome.result : null);
  /** Why the file was refused, whole; empty when it was read (or not yet). */
  readonly problems: readonly FileProblem[] = $derived(this.outcome && !this.outcome.result.ok ? this.outcome.result.problems : []);

  // Folded once per file read, not on every keystroke: an export holds thousands of factors. Only read once
  // something is searched, so that showing a file just read folds nothing.
  readonly #searchable = $derived(
    (this.parsed?.table.factors ?? []).map((factor) => ({ factor, text: foldForSearch(`${factor.label.fr} ${factor.label.en} ${factor.sourceId ?? ''}`) })),
  );

  /** Factors of the chosen category whose French or English name or Base Carbone identifier holds every word searched. */
  readonly matches: readonly Factor[] = $derived.by(() => {
    const words = foldForSearch(this.query).split(/\s+/).filter(Boolean);
    const factors = this.parsed?.table.factors ?? [];
    if (words.length === 0) return this.category ? factors.filter((factor) => factor.category === this.category) : factors;
    return this.#searchable
      .filter(({ factor, text }) => (!this.category || factor.category === this.category) && words.every((w) => text.includes(w)))
      .map((s) => s.factor);
  });

  constructor(deps: TableImportDeps) {
    this.#deps = deps;
    this.#read = deps.read ?? readBaseCarboneExport;
  }

  choose(file: File | null): void {
    this.file = file;
  }

  get reading(): boolean {
    return this.progress !== null;
  }

  /** Reads the chosen file; every factor read is kept until the person says otherwise. */
  async read(): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.outcome = null;
    this.progress = 0;
    try {
      this.outcome = await this.#read(file, (fraction) => (this.progress = fraction), this.tableId.trim() || undefined);
    } catch (error) {
      // The worker itself failed (a browser without module workers, say): said like any refused file.
      const message = `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;
      this.outcome = {
        result: { ok: false, problems: [{ file: file.name, problem: { code: 'unreadable-file', path: [], message } }] },
        encoding: '',
        parseMs: 0,
      };
    } finally {
      this.progress = null;
    }
    this.kept = new SvelteSet((this.parsed?.table.factors ?? []).map((factor) => factor.id));
  }

  keep(id: string, keep: boolean): void {
    if (keep) this.kept.add(id);
    else this.kept.delete(id);
  }

  keepMatches(): void {
    for (const factor of this.matches) this.kept.add(factor.id);
  }

  dropMatches(): void {
    for (const factor of this.matches) this.kept.delete(factor.id);
  }

  /** Stores the kept factors as one table, in one write; the stored record, or undefined when it failed. */
  async save(): Promise<TableRecord | undefined> {
    const { parsed, file, outcome } = this;
    if (!parsed || !file || !outcome) return undefined;
    // Read from a plain copy: asking the reactive set about each of thousands of ids would make a signal for each.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a copy read once, here, never shown
    const keptIds = new Set(this.kept);
    const kept = (id: string) => keptIds.has(id);
    // A pair naming a factor left out would make the table invalid: it goes with the factor.
    const pairs = parsed.table.pairs?.filter((p) => kept(p.baseline) && kept(p.alternative));
    const table: FactorTable = { ...parsed.table, factors: parsed.table.factors.filter((f) => kept(f.id)), ...(pairs && { pairs }) };
    const origin = { fileName: file.name, encoding: outcome.encoding, rows: parsed.counts.rows, rejected: parsed.counts.rejected };
    const { db, storage, words, notify } = this.#deps;
    // Checked when the file was read (in the import worker, or here for our JSON format); every factor kept, it is
    // the table the worker took the checksum of.
    const checksum = keptIds.size === parsed.table.factors.length ? await outcome.checksum : undefined;
    const record = await storage.run(() => storeImportedTable(db, table, origin, { checksum }));
    if (!record) return undefined;
    notify(words.t('tables.saved', { id: table.id, version: table.version, count: table.factors.length }));
    this.outcome = null;
    this.file = null;
    return record;
  }

  /** Puts the file read aside, storing nothing; it can be read again. */
  cancel(): void {
    this.outcome = null;
  }
}
