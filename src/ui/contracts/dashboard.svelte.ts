// The dashboard's choices and what follows from them: which considerations, which grouping, which filters
// (each field one key or all; fields combine with "and"), the contracts kept, their figures per group, the
// contracts behind one figure (a page at a time) and each buyer's and CPV division's distance from a target.
import type { DecpGroup } from '../../domain/decp/aggregate';
import { figuresOfColumns, groupColumns } from '../../domain/decp/column-figures';
import { filterColumns, type DecpFilter } from '../../domain/decp/column-filter';
import type { DecpColumnGrouping } from '../../domain/decp/column-keys';
import { contractRowsOf, type DecpContractRow } from '../../domain/decp/column-rows';
import type { DecpColumns } from '../../domain/decp/columns';
import { shareRow, shareRows, targetGaps, type DecpClass, type DecpConsideration, type DecpShareRow, type DecpTargetGap } from '../../domain/decp/dashboard';

/** The fields an analyst filters on. */
export const FILTER_FIELDS = ['year', 'cpv-division', 'buyer', 'procedure', 'nature', 'region', 'amount-band'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Groups a table shows at most: the rest are in the exports, never thousands of rows on a screen. */
export const SHOWN_GROUPS = 50;
export const DRILL_PAGE_SIZE = 25;

/** The contracts behind one figure: a group (or `all`) and a class of the considerations shown. */
export interface DrillTarget {
  readonly key: string;
  readonly cls: DecpClass;
}

export class DashboardState {
  readonly #columns: () => DecpColumns;
  consideration = $state<DecpConsideration>('environmental');
  measure = $state<'contracts' | 'amounts'>('contracts');
  by = $state<DecpColumnGrouping>('year');
  /** Per field, the one key kept ('' or absent: every key). */
  filters = $state<Partial<Record<FilterField, string>>>({});
  ceilings = $state<'include' | 'exclude' | 'only'>('include');
  drill = $state.raw<DrillTarget | null>(null);
  page = $state(0);
  /** The target share of contracts with a consideration, in percent. */
  targetPercent = $state(100);

  constructor(columns: () => DecpColumns) {
    this.#columns = columns;
  }

  get columns(): DecpColumns {
    return this.#columns();
  }

  readonly filter: DecpFilter = $derived.by(() => {
    const keys = Object.fromEntries(FILTER_FIELDS.flatMap((field) => (this.filters[field] ? [[field, [this.filters[field]]]] : [])));
    return { keys, ceilings: this.ceilings };
  });

  /** The rows every filter keeps. */
  readonly selection: Uint32Array = $derived(filterColumns(this.columns, this.filter));
  readonly overall: DecpShareRow = $derived(shareRow(figuresOfColumns(this.columns, this.selection), this.consideration));
  readonly groups: DecpGroup[] = $derived(groupColumns(this.columns, this.by, { selection: this.selection }));
  readonly rows: DecpShareRow[] = $derived(shareRows(this.groups, this.consideration));

  /** The rows a table and chart show: all of them, or the SHOWN_GROUPS with the most contracts, in their order. */
  readonly shownRows: DecpShareRow[] = $derived.by(() => {
    if (this.rows.length <= SHOWN_GROUPS) return this.rows;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read within this derived
    const kept = new Set(
      [...this.rows]
        .sort((a, b) => b.contracts - a.contracts)
        .slice(0, SHOWN_GROUPS)
        .map((r) => r.key),
    );
    return this.rows.filter((r) => kept.has(r.key));
  });

  /** The keys each filter offers, from every contract (not the filtered ones, so a filter can be widened again). */
  readonly options: Record<FilterField, DecpGroup[]> = $derived.by(() => {
    const columns = this.columns;
    return Object.fromEntries(FILTER_FIELDS.map((field) => [field, groupColumns(columns, field)])) as Record<FilterField, DecpGroup[]>;
  });

  setFilter(field: FilterField, key: string): void {
    this.filters = { ...this.filters, [field]: key };
    this.drill = null;
  }

  clearFilters(): void {
    this.filters = {};
    this.ceilings = 'include';
    this.drill = null;
  }

  // ---- drill-down
  /** The contracts behind the figure drilled into, in the order they were read. */
  readonly drillSelection: Uint32Array | null = $derived.by(() => {
    const drill = this.drill;
    if (!drill) return null;
    const keys = drill.key === 'all' ? this.filter.keys : { ...this.filter.keys, [this.by]: [drill.key] };
    return filterColumns(this.columns, { ...this.filter, keys, [this.consideration]: [drill.cls] });
  });

  readonly pages: number = $derived(this.drillSelection ? Math.max(1, Math.ceil(this.drillSelection.length / DRILL_PAGE_SIZE)) : 0);

  readonly drillRows: DecpContractRow[] = $derived(
    this.drillSelection ? contractRowsOf(this.columns, this.drillSelection, this.page * DRILL_PAGE_SIZE, DRILL_PAGE_SIZE) : [],
  );

  open(target: DrillTarget): void {
    this.drill = target;
    this.page = 0;
  }

  close(): void {
    this.drill = null;
  }

  goTo(page: number): void {
    this.page = Math.min(Math.max(0, page), Math.max(0, this.pages - 1));
  }

  // ---- target
  readonly target: number = $derived(Math.min(100, Math.max(0, Number.isFinite(this.targetPercent) ? this.targetPercent : 100)) / 100);

  readonly buyerGaps: DecpTargetGap[] = $derived(
    targetGaps(groupColumns(this.columns, 'buyer', { selection: this.selection }), this.consideration, this.target),
  );
  readonly divisionGaps: DecpTargetGap[] = $derived(
    targetGaps(groupColumns(this.columns, 'cpv-division', { selection: this.selection }), this.consideration, this.target),
  );
}
