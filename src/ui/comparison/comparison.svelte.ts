// Two to six stored scenarios side by side: each evaluated by the one path, their totals and avoided
// emissions per category, and each one's difference from the first.
import type { CarboneEviteDb, ScenarioRecord } from '../../data/storage/db';
import { readRecord, readScenarios } from '../../data/storage/scenario-store';
import { CATEGORY_IDS, evaluateScenario, type CategoryId, type Estimate } from '../../domain';
import type { AppState } from '../../state/app.svelte';
import { LiveQuery } from '../../state/live-query';

export interface ComparisonColumn {
  readonly record: ScenarioRecord;
  /** Null when no line of the scenario can be estimated (its table is missing, say). */
  readonly estimate: Estimate | null;
}

export interface ComparisonCell {
  readonly kg: number;
  /** This column less the first one; null in the first column. */
  readonly differenceKg: number | null;
}

export interface ComparisonRow<K extends string> {
  readonly key: K;
  readonly cells: readonly ComparisonCell[];
}

export type TotalField = 'baseline' | 'alternative' | 'avoided';
const TOTAL_FIELDS: readonly TotalField[] = ['baseline', 'alternative', 'avoided'];

const avoidedIn = (estimate: Estimate | null, category: CategoryId) => estimate?.categories.find((c) => c.category === category)?.avoided ?? 0;

const distinct = (values: readonly string[]) => [...new Set(values)];

/** One value a column, each with its difference from the first column's. */
function cellsOf(values: readonly number[]): ComparisonCell[] {
  return values.map((kg, i) => ({ kg, differenceKg: i === 0 ? null : kg - values[0]! }));
}

export class ComparisonState {
  readonly #records: LiveQuery<(ScenarioRecord | undefined)[] | null>;

  /** The scenarios found, in the order asked; a deleted or unreadable one is left out. */
  readonly columns: readonly ComparisonColumn[];
  /** `id version` of each table version the columns use; more than one means the figures rest on different factors. */
  readonly versions: readonly string[];
  /** The categories where at least one scenario has a line, in the usual order. */
  readonly categories: readonly CategoryId[];
  readonly totals: readonly ComparisonRow<TotalField>[];
  readonly byCategory: readonly ComparisonRow<CategoryId>[];
  /** Avoided over baseline, per column; null where the baseline is not above zero. */
  readonly reductions: readonly (number | null)[];

  constructor(host: Pick<AppState, 'tables'>, db: CarboneEviteDb, ids: readonly string[]) {
    this.#records = new LiveQuery(() => readScenarios(db, ids), null);
    this.columns = $derived(
      (this.#records.current ?? []).flatMap((raw) => {
        const record = raw && readRecord(raw);
        if (!record) return [];
        const evaluation = evaluateScenario(record.scenario, host.tables, { partial: true });
        return [{ record, estimate: evaluation.ok ? evaluation.value.estimate : null }];
      }),
    );
    this.versions = $derived(distinct(this.columns.map((c) => `${c.record.scenario.factorTable.id} ${c.record.scenario.factorTable.version}`)));
    this.categories = $derived(CATEGORY_IDS.filter((id) => this.columns.some((c) => c.estimate?.categories.some((x) => x.category === id))));
    this.totals = $derived(TOTAL_FIELDS.map((key) => ({ key, cells: cellsOf(this.columns.map((c) => c.estimate?.totals[key] ?? 0)) })));
    this.byCategory = $derived(this.categories.map((key) => ({ key, cells: cellsOf(this.columns.map((c) => avoidedIn(c.estimate, key))) })));
    this.reductions = $derived(
      this.columns.map(({ estimate }) => (estimate && estimate.totals.baseline > 0 ? estimate.totals.avoided / estimate.totals.baseline : null)),
    );
  }

  /** True until the records have been read once. */
  get loading(): boolean {
    return this.#records.current === null;
  }

  /** Avoided per category, one series per scenario, for the chart. */
  get chartSeries(): { name: string; avoidedKg: number[] }[] {
    return this.columns.map((c) => ({ name: c.record.scenario.name, avoidedKg: this.categories.map((category) => avoidedIn(c.estimate, category)) }));
  }
}
