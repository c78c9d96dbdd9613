// One open scenario: what is stored, the edits made here and not yet saved, and the live estimate.
// Edits are queued and saved a moment later (or at once when the page is hidden), each save applying
// them to the latest stored scenario in one transaction: another tab's edits are kept, not overwritten.
// A save that fails sets its edits aside for the person to retry or abandon; later edits still save.
import type { CarboneEviteDb, ScenarioRecord } from '../../data/storage/db';
import { classifyStorageError, type StorageFailure } from '../../data/storage/failures';
import { readRecord, readScenarioUnlessKnown, saveEdits } from '../../data/storage/scenario-store';
import { summariseScenario } from '../../data/storage/scenario-summary';
import {
  applyEdits,
  evaluateScenario,
  EvaluationMemo,
  type AssumptionKey,
  type AssumptionRange,
  type Evaluation,
  type FactorTable,
  type Problem,
  type Scenario,
  type ScenarioEdit,
} from '../../domain';
import type { AppState } from '../../state/app.svelte';
import { LiveQuery } from '../../state/live-query';
import { untrack } from 'svelte';

/** What the editor needs of the app: the tables at hand and the summary kept with each record. */
export type EditorHost = Pick<AppState, 'tables' | 'tableFor'>;

const SAVE_DELAY_MS = 250;
const LOADING = Symbol('loading');

/**
 * What the editor shows: the evaluation of the lines that can be estimated, or, when there is none (the
 * pinned table is not at hand, a scenario factor clashes with the table), the table if known and why.
 */
export type ShownEvaluation =
  | Evaluation
  | {
      readonly table?: FactorTable;
      readonly factors?: undefined;
      readonly estimate?: undefined;
      readonly costs?: undefined;
      readonly problems: readonly Problem[];
    };

export class EditorState {
  readonly id: string;
  readonly #db: CarboneEviteDb;
  readonly #app: EditorHost;
  readonly #live: LiveQuery<ScenarioRecord | undefined | typeof LOADING>;
  /** The record our own last save wrote, until the live query catches up with it. */
  #own = $state.raw<ScenarioRecord | null>(null);
  #pending = $state.raw<readonly ScenarioEdit[]>([]);
  #unsaved = $state.raw<readonly ScenarioEdit[]>([]);
  #saved = new WeakSet<ScenarioEdit>();
  #running: Promise<void> | null = null;
  /** Each unchanged line's estimate kept from one keystroke to the next: at 100,000 lines an edit costs one line and a sum. */
  readonly #memo = new EvaluationMemo();
  #timer: ReturnType<typeof setTimeout> | undefined;
  saving = $state(false);
  savedAt = $state<number | null>(null);
  failure = $state<StorageFailure | null>(null);

  readonly stored: ScenarioRecord | null | 'loading';
  /** The stored record when it is there but cannot be read (written by another version, or damaged): said, never hidden. */
  readonly unreadable: ScenarioRecord | null;
  readonly scenario: Scenario | null;
  readonly evaluation: ShownEvaluation;

  constructor(app: EditorHost, db: CarboneEviteDb, id: string) {
    this.#app = app;
    this.#db = db;
    this.id = id;
    // While the stored revision is the one shown, the query reads its header only, not 100,000 lines again.
    this.#live = new LiveQuery<ScenarioRecord | undefined | typeof LOADING>(
      () =>
        readScenarioUnlessKnown(
          db,
          id,
          untrack(() => (typeof this.stored === 'object' ? this.stored : null)),
        ),
      LOADING,
    );
    // The stored record checked once per change (a whole-scenario parse), for both what is shown and whether it reads.
    const live = $derived.by(() => {
      const current = this.#live.current;
      return current === LOADING ? LOADING : current ? { raw: current, read: readRecord(current) } : null;
    });
    this.stored = $derived.by(() => {
      if (live === LOADING) return 'loading';
      const own = this.#own;
      // Our own last save was checked as it was written (saveEdits).
      if (own && (!live || own.revision > live.raw.revision)) return own;
      return live?.read ?? null;
    });
    this.unreadable = $derived(live !== LOADING && live && !live.read ? live.raw : null);
    this.scenario = $derived.by(() => {
      const stored = this.stored;
      // Edits set aside after a failed save stay shown, beside the message saying they are not stored.
      return stored && stored !== 'loading' ? applyEdits(stored.scenario, [...this.#unsaved, ...this.#pending]) : null;
    });
    this.evaluation = $derived.by(() => this.#evaluate(this.scenario));
  }

  #evaluate(scenario: Scenario | null): ShownEvaluation {
    if (!scenario) return { problems: [] };
    const evaluation = evaluateScenario(scenario, this.#app.tables, { partial: true, memo: this.#memo });
    if (evaluation.ok) return evaluation.value;
    const table = this.#app.tableFor(scenario);
    // A missing table is said by the screen itself; a clash of factor ids is listed with its path.
    return { table, problems: table ? evaluation.problems : [] };
  }

  get hasUnsavedEdits(): boolean {
    return this.#pending.length > 0 || this.#unsaved.length > 0;
  }

  edit(edit: ScenarioEdit): void {
    this.#pending = [...this.#pending, edit];
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  // Ranges that include what the buyer assumed (issue 11 §3).
  /** States a line's assumption as a range, or withdraws it (undefined). */
  setAssumption(lineId: string, key: AssumptionKey, range: AssumptionRange | undefined): void {
    const line = this.scenario?.lines.find((l) => l.id === lineId);
    if (!line) return;
    const assumptions = { ...line.assumptions, [key]: range };
    if (range === undefined) delete assumptions[key];
    this.edit({ kind: 'update-line', lineId, patch: { assumptions: Object.keys(assumptions).length ? assumptions : undefined } });
  }

  /** States a relative uncertainty for a factor that publishes none, or withdraws it (undefined). */
  setAssumedUncertainty(factor: string, uncertainty: number | undefined): void {
    this.edit({ kind: 'set-assumed-uncertainty', factor, uncertainty });
  }

  /** Saves the queued edits now; called after a pause, on blur, when the page is hidden or another tab upgrades. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    // One save loop at a time; a call during it waits for it. Checked again after it: a loop that had just
    // ended (nothing left) when this edit was queued did not take it.
    while (this.#pending.length > 0) {
      this.#running ??= this.#saveQueued().finally(() => (this.#running = null));
      await this.#running;
    }
  }

  /**
   * Saves one edit at once, after those queued, and says why when it could not be stored (null when it was).
   * A failed one is withdrawn rather than set aside: the caller still holds it (the ledger's preview) and says
   * so in place, so it cannot come back later on its own, twice once the person tries again.
   */
  async saveNow(edit: ScenarioEdit): Promise<StorageFailure | null> {
    this.edit(edit);
    await this.flush();
    if (this.#saved.has(edit)) return null;
    const failure = this.failure ?? 'other';
    this.#unsaved = this.#unsaved.filter((e) => e !== edit);
    return failure;
  }

  /** Edits whose save failed, kept aside until the person tries them again or abandons them. */
  get unsaved(): readonly ScenarioEdit[] {
    return this.#unsaved;
  }

  retryUnsaved(): Promise<void> {
    this.#pending = [...this.#unsaved, ...this.#pending];
    this.#unsaved = [];
    this.failure = null;
    return this.flush();
  }

  abandonUnsaved(): void {
    this.#unsaved = [];
    this.failure = null;
  }

  // The list's totals for a saved scenario, through the same memo: the lines a save did not change cost nothing.
  #summarise = (scenario: Scenario) => summariseScenario(scenario, this.#app.tables, this.#memo);

  async #saveQueued(): Promise<void> {
    while (this.#pending.length > 0) {
      this.saving = true;
      const batch = this.#pending;
      try {
        const base = untrack(() => this.stored);
        const record = await saveEdits(this.#db, this.id, batch, this.#summarise, typeof base === 'object' && base ? base : undefined);
        this.#own = record;
        for (const edit of batch) this.#saved.add(edit);
        this.savedAt = record.updatedAt;
        if (!this.#unsaved.length) this.failure = null;
      } catch (error) {
        this.failure = classifyStorageError(error);
        // An edit the stored scenario cannot take (it changed in another tab) is dropped. Any other failure
        // (a full disk, a refused record) sets the batch aside, said on screen with what it held, to be
        // retried or abandoned by the person: never retried blindly, and never in the way of later edits.
        if (this.failure !== 'invalid' && this.failure !== 'not-found') this.#unsaved = [...this.#unsaved, ...batch];
      } finally {
        this.#pending = this.#pending.slice(batch.length);
        this.saving = false;
      }
    }
  }
}
