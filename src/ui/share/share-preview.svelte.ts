// A scenario received in a link: decoded and evaluated for a read-only preview, stored only when asked.
import { decodeShareLink, type ShareLinkResult } from '../../data/formats/share-link';
import type { CarboneEviteDb, ScenarioRecord } from '../../data/storage/db';
import { createScenario } from '../../data/storage/scenario-store';
import { evaluateScenario, type Evaluation, type FactorTable, type Result, type Scenario } from '../../domain';
import type { AppState } from '../../state/app.svelte';
import { StorageTask } from '../../state/storage-task.svelte';

export type SharePreviewHost = Pick<AppState, 'tables' | 'tableFor' | 'withPinnedChecksum' | 'summarise' | 'router'>;

export class SharePreviewState {
  readonly #host: SharePreviewHost;
  readonly #db: CarboneEviteDb;
  readonly storage = new StorageTask();

  /** The link read: the scenario, or why it is refused (damaged, cut, too large, another version, invalid). */
  readonly decoded: ShareLinkResult;
  readonly scenario: Scenario | null;
  /** The table the scenario is pinned to, when this browser has it. */
  readonly table: FactorTable | undefined;
  /** The figures, by the one evaluation path; null while the pinned table is missing. */
  readonly evaluation: Result<Evaluation> | null;

  /** One link a state: the screen is made anew for another link. */
  constructor(host: SharePreviewHost, db: CarboneEviteDb, payload: string) {
    this.#host = host;
    this.#db = db;
    this.decoded = decodeShareLink(payload);
    this.scenario = this.decoded.ok ? this.decoded.scenario : null;
    this.table = $derived(this.scenario ? host.tableFor(this.scenario) : undefined);
    this.evaluation = $derived(this.scenario && this.table ? evaluateScenario(this.scenario, host.tables) : null);
  }

  /** Stores the scenario in this browser and opens it; undefined when storing failed. */
  async save(): Promise<ScenarioRecord | undefined> {
    const scenario = this.scenario;
    if (!scenario) return undefined;
    const record = await this.storage.run(() => createScenario(this.#db, this.#host.withPinnedChecksum(scenario), this.#host.summarise));
    if (record) this.#host.router.go({ screen: 'scenario', id: record.id });
    return record;
  }
}
