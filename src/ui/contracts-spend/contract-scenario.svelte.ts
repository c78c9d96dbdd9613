// "Start a scenario from these contracts": the contracts the dashboard keeps become a scenario whose lines
// need activity data before any avoided figure is claimed (scenarioFromContracts), stored like any new scenario.
import { resolveBundledSpendMapping } from '../../data/bundled/cpv-spend';
import type { CarboneEviteDb } from '../../data/storage/db';
import { createScenario } from '../../data/storage/scenario-store';
import type { DecpColumns } from '../../domain/decp/columns';
import { scenarioFromContracts } from '../../domain/decp/contract-scenario';
import type { AppState } from '../../state/app.svelte';
import { StorageTask } from '../../state/storage-task.svelte';

export type ContractScenarioHost = Pick<AppState, 'withPinnedChecksum' | 'summarise' | 'tables'>;

export class ContractScenarioStart {
  readonly #app: ContractScenarioHost;
  readonly #db: CarboneEviteDb;
  readonly storage = new StorageTask();
  /** True when the contracts kept made no line (no usable amount with a CPV ratio): nothing was stored. */
  nothingToStart = $state(false);

  constructor(app: ContractScenarioHost, db: CarboneEviteDb) {
    this.#app = app;
    this.#db = db;
  }

  /** The new scenario's id, or undefined when it could not be made or stored (said by `nothingToStart` or `storage`). */
  async start(columns: DecpColumns, selection: Uint32Array, name: string, language: 'fr' | 'en'): Promise<string | undefined> {
    this.nothingToStart = false;
    const resolved = resolveBundledSpendMapping(this.#app.tables);
    if (!resolved.ok) return undefined;
    const { scenario } = scenarioFromContracts(columns, selection, resolved.value, { name, language });
    if (!scenario.lines.length) {
      this.nothingToStart = true;
      return undefined;
    }
    const record = await this.storage.run(() => createScenario(this.#db, this.#app.withPinnedChecksum(scenario), this.#app.summarise));
    return record?.id;
  }
}
