// The list of stored scenarios, its search and sort, and the actions on whole scenarios.
import type { CarboneEviteDb, ScenarioHeader, ScenarioRecord } from '../../data/storage/db';
import {
  createScenario,
  createScenarios,
  deleteScenario,
  duplicateScenario,
  readHeader,
  readScenario,
  restoreScenario,
  saveEdits,
} from '../../data/storage/scenario-store';
import { foldForSearch, type Scenario } from '../../domain';
import type { AppState } from '../../state/app.svelte';
import { LiveQuery } from '../../state/live-query';
import { StorageTask } from '../../state/storage-task.svelte';
import { downloadUnreadable } from '../shared/unreadable-record';

export type ScenarioSort = 'updated' | 'avoided' | 'name';

/** What the list needs of the app: pinning new scenarios, their summaries, and notices. */
export type ScenarioListHost = Pick<AppState, 'withPinnedChecksum' | 'summarise' | 'notify'>;

export class ScenarioListState {
  readonly #db: CarboneEviteDb;
  readonly #app: ScenarioListHost;
  readonly #records: LiveQuery<ScenarioHeader[] | null>;
  query = $state('');
  sort = $state<ScenarioSort>('updated');
  readonly storage = new StorageTask();

  /** The headers that read as scenarios: only these are searched, sorted, opened and compared. */
  readonly all: ScenarioHeader[];
  readonly items: ScenarioHeader[];
  /**
   * Headers that no longer pass the scenario schema, as stored: never shown half-read as scenarios, and never
   * hidden either; the list names them and offers to save them as they are (issue 13, point 7). A scenario
   * whose header reads but whose lines do not is said so when opened (the list reads no lines).
   */
  readonly unreadable: ScenarioHeader[];

  constructor(app: ScenarioListHost, db: CarboneEviteDb) {
    this.#app = app;
    this.#db = db;
    // Headers only: the list needs names and summaries, not the lines of every scenario.
    this.#records = new LiveQuery(() => db.scenarios.toArray(), null);
    // Each header checked once: the readable ones and the others, in one pass.
    const read = $derived((this.#records.current ?? []).map((raw) => ({ raw, header: readHeader(raw) })));
    this.all = $derived(read.flatMap(({ header }) => header ?? []));
    this.unreadable = $derived(read.filter(({ header }) => !header).map(({ raw }) => raw));
    this.items = $derived.by(() => this.#sorted(this.#filtered()));
  }

  get loading(): boolean {
    return this.#records.current === null;
  }

  #filtered(): ScenarioHeader[] {
    const words = foldForSearch(this.query).split(/\s+/).filter(Boolean);
    return this.all.filter((r) => {
      const name = foldForSearch(r.scenario.name);
      return words.every((w) => name.includes(w));
    });
  }

  #sorted(found: ScenarioHeader[]): ScenarioHeader[] {
    const by: Record<ScenarioSort, (a: ScenarioHeader, b: ScenarioHeader) => number> = {
      updated: (a, b) => b.updatedAt - a.updatedAt,
      avoided: (a, b) => b.summary.avoidedKgCO2e - a.summary.avoidedKgCO2e,
      name: (a, b) => a.scenario.name.localeCompare(b.scenario.name),
    };
    return found.sort(by[this.sort]);
  }

  create(scenario: Scenario): Promise<ScenarioRecord | undefined> {
    return this.storage.run(() => createScenario(this.#db, this.#app.withPinnedChecksum(scenario), this.#app.summarise));
  }

  /** An unreadable scenario saved as it is stored, its lines included. */
  async downloadUnreadable(header: ScenarioHeader): Promise<void> {
    const whole = await this.storage.run(() => readScenario(this.#db, header.id));
    downloadUnreadable(whole ?? header);
  }

  importMany(scenarios: readonly Scenario[]): Promise<ScenarioRecord[] | undefined> {
    return this.storage.run(() =>
      createScenarios(
        this.#db,
        scenarios.map((s) => this.#app.withPinnedChecksum(s)),
        this.#app.summarise,
      ),
    );
  }

  duplicate(id: string, name: string): Promise<ScenarioRecord | undefined> {
    return this.storage.run(() => duplicateScenario(this.#db, id, name));
  }

  rename(id: string, name: string): Promise<unknown> {
    return this.storage.run(() => saveEdits(this.#db, id, [{ kind: 'rename', name }], this.#app.summarise));
  }

  /** Deletes at once and offers to undo: the record is kept in memory until the notice goes. */
  async remove(id: string, deletedMessage: string, undoLabel: string): Promise<void> {
    const deleted = await this.storage.run(() => deleteScenario(this.#db, id));
    if (!deleted) return;
    this.#app.notify(deletedMessage, { label: undoLabel, run: () => void this.storage.run(() => restoreScenario(this.#db, deleted)) }, 10000);
  }
}
