// The public contracts screen without its components: files imported (the worker's work done on this thread),
// stored, recognised again, refused when unreadable, cancelled, removed; and the dashboard's filters, drill-down
// pages and target, against the figures counted by hand on tests/fixtures/decp/dashboard-2022.json (tabulated in
// decp-dashboard.test.ts).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DecpImportJob, DecpImportOutcome } from '../../src/data/decp/decp-client';
import { importDecpFiles, type DecpImportFile } from '../../src/data/decp/decp-import';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { ContractsState } from '../../src/ui/contracts/contracts.svelte';
import { DashboardState, DRILL_PAGE_SIZE } from '../../src/ui/contracts/dashboard.svelte';
import { fixture } from '../helpers';

let dbs: CarboneEviteDb[] = [];
let counter = 0;
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

const bytesOf = (name: string): DecpImportFile => {
  const buffer = readFileSync(fixture(`decp/${name}`));
  return { name: name.split('/').at(-1)!, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
};

/** The worker's work, on this thread. */
const inThisThread = (files: readonly DecpImportFile[]): DecpImportJob => ({
  outcome: importDecpFiles(files).then((result): DecpImportOutcome => (result ? { kind: 'done', result } : { kind: 'cancelled' })),
  cancel: () => undefined,
});

async function openScreen(start = inThisThread) {
  const db = await openDatabase(`contracts-state-${Date.now()}-${counter++}`);
  dbs.push(db);
  const contracts = new ContractsState(db, start);
  await contracts.load();
  return { db, contracts };
}

describe('contracts screen: data sets', () => {
  it('stores an import, recognises the same file again, and removes the data set with its contracts', async () => {
    const { contracts } = await openScreen();
    expect(contracts.datasets).toEqual([]);
    await contracts.import([bytesOf('dashboard-2022.json')]);
    // 7 records, B twice: 6 contracts, 1 duplicate.
    expect(contracts.note).toMatchObject({ kind: 'stored', name: 'dashboard-2022.json', contracts: 6, duplicates: 1 });
    expect(contracts.datasets.map((d) => d.name)).toEqual(['dashboard-2022.json']);
    expect(contracts.columns?.length).toBe(6);

    await contracts.import([bytesOf('dashboard-2022.json')]);
    expect(contracts.note).toEqual({ kind: 'known', name: 'dashboard-2022.json' });
    expect(contracts.datasets).toHaveLength(1);

    expect(await contracts.remove(contracts.datasets[0]!.id)).toBe(true);
    expect(contracts.datasets).toEqual([]);
    expect(contracts.columns?.length).toBe(0);
  });

  it('refuses the whole import when one file cannot be read, and stores nothing', async () => {
    const { contracts } = await openScreen();
    const broken = { name: 'cut.json', bytes: new TextEncoder().encode('{"marches": {"marche": [').buffer as ArrayBuffer };
    await contracts.import([bytesOf('dashboard-2022.json'), broken]);
    expect(contracts.note?.kind).toBe('refused');
    expect(contracts.note?.kind === 'refused' && contracts.note.files.map((f) => f.file)).toEqual(['cut.json']);
    expect(contracts.datasets).toEqual([]);
  });

  it('says a cancelled import and stores nothing; progress is shown while reading', async () => {
    // A job that runs until cancelled, as the worker's does for a large file.
    const { contracts } = await openScreen(() => {
      let settle!: (o: DecpImportOutcome) => void;
      const outcome = new Promise<DecpImportOutcome>((resolve) => (settle = resolve));
      return { outcome, cancel: () => settle({ kind: 'cancelled' }) };
    });
    const running = contracts.import([bytesOf('dashboard-2022.json')]);
    expect(contracts.importing).toBe(true);
    expect(contracts.progress).toMatchObject({ file: 'dashboard-2022.json', fraction: 0 });
    contracts.cancel();
    await running;
    expect(contracts.importing).toBe(false);
    expect(contracts.note).toEqual({ kind: 'cancelled' });
    expect(contracts.datasets).toEqual([]);
  });
});

describe('contracts screen: dashboard', () => {
  async function dashboardOf() {
    const { contracts } = await openScreen();
    await contracts.import([bytesOf('dashboard-2022.json')]);
    return new DashboardState(() => contracts.columns!);
  }

  it('filters combine: CPV division 45 and year 2024 keep B alone', async () => {
    const dashboard = await dashboardOf();
    expect(dashboard.overall.contracts).toBe(6);
    dashboard.setFilter('cpv-division', '45');
    expect(dashboard.overall.contracts).toBe(2);
    dashboard.setFilter('year', '2024');
    expect(dashboard.overall.contracts).toBe(1);
    expect(dashboard.overall.cells.criterion.contracts).toBe(1);
    // Framework agreements alone: C, whose amount is a ceiling; with the filters above, none.
    dashboard.ceilings = 'only';
    expect(dashboard.overall.contracts).toBe(0);
    dashboard.clearFilters();
    dashboard.ceilings = 'only';
    expect(dashboard.overall).toMatchObject({ contracts: 1, ceilings: { contracts: 1, amount: 1_000_000 } });
    dashboard.ceilings = 'exclude';
    expect(dashboard.overall.contracts).toBe(5);
  });

  it('groups by the grouping chosen, and drills down to the contracts behind a figure', async () => {
    const dashboard = await dashboardOf();
    dashboard.by = 'buyer';
    expect(dashboard.rows.map((r) => [r.key, r.contracts])).toEqual([
      ['20002715900017', 2],
      ['21350238800019', 1],
      ['21590163800019', 3],
    ]);
    // Buyer 21590163800019 × environmental clause: A and G.
    dashboard.open({ key: '21590163800019', cls: 'clause' });
    expect(dashboard.drillRows.map((r) => r.id)).toEqual(['A', 'G']);
    expect(dashboard.pages).toBe(1);
    // Social: every contract not stated, none; with a consideration overall: B, C, D, G.
    dashboard.consideration = 'social';
    dashboard.open({ key: 'all', cls: 'none' });
    expect(dashboard.drillRows.map((r) => r.id)).toEqual(['A', 'E']);
    expect(dashboard.overall.withConsideration.contracts).toBeCloseTo(4 / 6, 12);
    expect(DRILL_PAGE_SIZE).toBe(25);
  });

  it('sets a target: at 50 %, only the buyer without any consideration is short', async () => {
    const dashboard = await dashboardOf();
    dashboard.targetPercent = 50;
    expect(dashboard.buyerGaps.map((g) => [g.key, g.gap, g.missing])).toEqual([
      ['21350238800019', 0.5, 1],
      // Both at the target: the buyer of more contracts first.
      ['21590163800019', 0, 0],
      ['20002715900017', 0, 0],
    ]);
    expect(dashboard.divisionGaps.slice(0, 2).map((g) => g.key)).toEqual(['09', '30']);
  });
});
