// What a restore will do, said before it is done: *merge* adds what is missing and never overwrites,
// *replace* says what it will erase. The same plan is computed again inside the restore's transaction.
import { canonicalJson, type FactorTable } from '../../domain';
import { localDay, type Backup } from './backup-file';
import type { CarboneEviteDb, MetaRecord, ScenarioRecord, TableRecord } from './db';
import { newId, readAllScenarios } from './scenario-store';
import { summariseScenario } from './scenario-summary';

export type RestoreMode = 'merge' | 'replace';

export interface PlannedScenario {
  readonly id: string;
  readonly name: string;
}
export interface ScenarioCopy {
  /** The id in the backup, the same as the stored scenario's, which stays as it is. */
  readonly backupId: string;
  /** The copy's new id; `planRestore` draws one for the preview, `restoreBackup` the one stored. */
  readonly id: string;
  /** The backup's name with " (sauvegarde du YYYY-MM-DD)". */
  readonly name: string;
  readonly storedName: string;
}
export interface PlannedTable {
  readonly id: string;
  readonly version: string;
}
export interface SkippedTable extends PlannedTable {
  readonly reason: 'different-content';
  /** One English sentence; the UI words it from `reason`. */
  readonly message: string;
  readonly storedChecksum: string;
  readonly backupChecksum: string;
  /** Names of the backup's scenarios pinned to this version: they will use the stored one. */
  readonly pinnedBy: string[];
}

export interface RestorePlan {
  readonly mode: RestoreMode;
  /** The date the copies' names carry: the day of the backup's exportedAt, local time. */
  readonly backupDay: string;
  readonly scenarios: {
    /** Written from the backup (replace: all of them; merge: the ids not stored). */
    readonly added: PlannedScenario[];
    /** Merge only: the stored scenario is the same (or already holds this copy); nothing written. */
    readonly unchanged: PlannedScenario[];
    /** Merge only: same id, other content; the stored one is kept and the backup's added under a new id. */
    readonly copied: ScenarioCopy[];
    /** Replace only: everything stored now, deleted. */
    readonly removed: PlannedScenario[];
  };
  readonly factorTables: {
    readonly added: PlannedTable[];
    readonly unchanged: PlannedTable[];
    /** Merge only: same id and version, other content. A table version never changes: not imported. */
    readonly skipped: SkippedTable[];
    readonly removed: PlannedTable[];
  };
  readonly meta: {
    /** Keys written from the backup (replace: all; merge: those not stored). */
    readonly added: string[];
    /** Merge only: keys stored and in the backup; the stored values are kept. */
    readonly kept: string[];
    /** Replace only: keys stored now, deleted. */
    readonly removed: string[];
  };
  readonly counts: {
    readonly scenariosAdded: number;
    readonly scenariosUnchanged: number;
    readonly scenariosCopied: number;
    readonly scenariosRemoved: number;
    readonly tablesAdded: number;
    readonly tablesUnchanged: number;
    readonly tablesSkipped: number;
    readonly tablesRemoved: number;
  };
}

/** The records a restore writes (after clearing every store, for a replace). */
export interface RestoreWrites {
  readonly scenarios: ScenarioRecord[];
  readonly factorTables: TableRecord[];
  readonly meta: MetaRecord[];
}

interface Stored {
  readonly scenarios: ScenarioRecord[];
  readonly factorTables: TableRecord[];
  readonly meta: MetaRecord[];
}

/** One store's part of the plan and the records to write to it. */
interface Part<P, R> {
  readonly plan: P;
  readonly writes: R[];
}

/** A stored record may be one this version cannot read (issue 13, point 7): it is then named by its id. */
const nameOf = (r: ScenarioRecord): string => {
  const name = (r.scenario as Partial<ScenarioRecord['scenario']> | undefined)?.name;
  return typeof name === 'string' ? name : r.id;
};
const scenarioRef = (r: ScenarioRecord): PlannedScenario => ({ id: r.id, name: nameOf(r) });
const tableRef = (r: TableRecord): PlannedTable => ({ id: r.id, version: r.version });
const tableKey = (id: string, version: string) => JSON.stringify([id, version]);
/** Two records with the same content, whatever the key order; the id aside. */
const sameContent = (a: ScenarioRecord, b: ScenarioRecord) => canonicalJson(a.scenario) === canonicalJson(b.scenario);

/** Everything stored goes, everything in the backup comes. */
function planReplace(stored: Stored, backup: Backup): Omit<RestorePlan, 'mode' | 'backupDay' | 'counts'> {
  const { scenarios, factorTables, meta } = backup.stores;
  return {
    scenarios: { added: scenarios.map(scenarioRef), unchanged: [], copied: [], removed: stored.scenarios.map(scenarioRef) },
    factorTables: { added: factorTables.map(tableRef), unchanged: [], skipped: [], removed: stored.factorTables.map(tableRef) },
    meta: { added: meta.map((m) => m.key), kept: [], removed: stored.meta.map((m) => m.key) },
  };
}

/** A scenario not stored is added; one stored with other content is added as a dated copy. */
function mergeScenarios(stored: ScenarioRecord[], scenarios: ScenarioRecord[], backupDay: string): Part<RestorePlan['scenarios'], ScenarioRecord> {
  const plan = { added: [] as PlannedScenario[], unchanged: [] as PlannedScenario[], copied: [] as ScenarioCopy[], removed: [] as PlannedScenario[] };
  const writes: ScenarioRecord[] = [];
  const byId = new Map(stored.map((r) => [r.id, r]));
  for (const record of scenarios) {
    const same = byId.get(record.id);
    if (!same) {
      plan.added.push(scenarioRef(record));
      writes.push(record);
    } else if (sameContent(same, record)) {
      plan.unchanged.push(scenarioRef(same));
    } else {
      const name = `${record.scenario.name} (sauvegarde du ${backupDay})`;
      const copy: ScenarioRecord = { ...record, id: newId(), scenario: { ...record.scenario, name } };
      // The same backup merged again finds its copy already there: nothing to add twice.
      const existing = stored.find((r) => sameContent(r, copy));
      if (existing) plan.unchanged.push(scenarioRef(existing));
      else {
        plan.copied.push({ backupId: record.id, id: copy.id, name, storedName: nameOf(same) });
        writes.push(copy);
      }
    }
  }
  return { plan, writes };
}

/** A table version not stored is added; one stored with other content is kept, and the backup's skipped. */
function mergeTables(stored: TableRecord[], backup: Backup): Part<RestorePlan['factorTables'], TableRecord> {
  const plan = { added: [] as PlannedTable[], unchanged: [] as PlannedTable[], skipped: [] as SkippedTable[], removed: [] as PlannedTable[] };
  const writes: TableRecord[] = [];
  const byKey = new Map(stored.map((r) => [tableKey(r.id, r.version), r]));
  for (const record of backup.stores.factorTables) {
    const same = byKey.get(tableKey(record.id, record.version));
    if (!same) {
      plan.added.push(tableRef(record));
      writes.push(record);
    } else if (same.checksum === record.checksum) {
      plan.unchanged.push(tableRef(record));
    } else {
      const pinnedBy = backup.stores.scenarios
        .filter((s) => s.scenario.factorTable.id === record.id && s.scenario.factorTable.version === record.version)
        .map((s) => s.scenario.name);
      plan.skipped.push({
        ...tableRef(record),
        reason: 'different-content',
        message:
          `Table "${record.id}" version "${record.version}" is already stored with other content; a table version never changes, so the stored one is kept` +
          (pinnedBy.length ? ` and the backup's scenarios pinned to it (${pinnedBy.join(', ')}) will use it.` : '.'),
        storedChecksum: same.checksum,
        backupChecksum: record.checksum,
        pinnedBy,
      });
    }
  }
  return { plan, writes };
}

/** A setting not stored is added; a stored one keeps its value. */
function mergeMeta(stored: MetaRecord[], meta: MetaRecord[]): Part<RestorePlan['meta'], MetaRecord> {
  const plan = { added: [] as string[], kept: [] as string[], removed: [] as string[] };
  const writes: MetaRecord[] = [];
  const storedKeys = new Set(stored.map((m) => m.key));
  for (const record of meta) {
    if (storedKeys.has(record.key)) plan.kept.push(record.key);
    else {
      plan.added.push(record.key);
      writes.push(record);
    }
  }
  return { plan, writes };
}

function countsOf({ scenarios, factorTables }: Pick<RestorePlan, 'scenarios' | 'factorTables'>): RestorePlan['counts'] {
  return {
    scenariosAdded: scenarios.added.length,
    scenariosUnchanged: scenarios.unchanged.length,
    scenariosCopied: scenarios.copied.length,
    scenariosRemoved: scenarios.removed.length,
    tablesAdded: factorTables.added.length,
    tablesUnchanged: factorTables.unchanged.length,
    tablesSkipped: factorTables.skipped.length,
    tablesRemoved: factorTables.removed.length,
  };
}

/**
 * Each scenario written with its summary computed from the scenario and the tables there will be after the
 * restore (the app's own, and the imported ones stored then): a summary in a file is never taken as given.
 */
function summarised(writes: RestoreWrites, bundledTables: readonly FactorTable[], importedAfter: readonly TableRecord[]): RestoreWrites {
  const tables = [...bundledTables, ...importedAfter.map((r) => r.table)];
  return { ...writes, scenarios: writes.scenarios.map((r) => ({ ...r, summary: summariseScenario(r.scenario, tables) })) };
}

/**
 * What the restore would do and the records it would write; reads only. Call inside a transaction.
 * `bundledTables`: the tables shipped with the app, for the summaries of the scenarios written.
 */
export async function computeRestore(
  db: CarboneEviteDb,
  backup: Backup,
  mode: RestoreMode,
  bundledTables: readonly FactorTable[],
): Promise<{ plan: RestorePlan; writes: RestoreWrites }> {
  const [scenarios, factorTables, meta] = await Promise.all([readAllScenarios(db), db.factorTables.toArray(), db.meta.toArray()]);
  const stored: Stored = { scenarios, factorTables, meta };
  const backupDay = localDay(new Date(backup.exportedAt));
  if (mode === 'replace') {
    const parts = planReplace(stored, backup);
    const writes = summarised(backup.stores, bundledTables, backup.stores.factorTables);
    return { plan: { mode, backupDay, ...parts, counts: countsOf(parts) }, writes };
  }
  const merged = {
    scenarios: mergeScenarios(stored.scenarios, backup.stores.scenarios, backupDay),
    factorTables: mergeTables(stored.factorTables, backup),
    meta: mergeMeta(stored.meta, backup.stores.meta),
  };
  const parts = { scenarios: merged.scenarios.plan, factorTables: merged.factorTables.plan, meta: merged.meta.plan };
  const writes = { scenarios: merged.scenarios.writes, factorTables: merged.factorTables.writes, meta: merged.meta.writes };
  return {
    plan: { mode, backupDay, ...parts, counts: countsOf(parts) },
    writes: summarised(writes, bundledTables, [...stored.factorTables, ...writes.factorTables]),
  };
}

/** What `restoreBackup` would do with the data stored now, without writing anything. */
export async function planRestore(db: CarboneEviteDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  // The plan names what is written, not its summaries: no tables needed.
  return db.transaction('r', db.scenarios, db.scenarioLines, db.factorTables, db.meta, async () => (await computeRestore(db, backup, mode, [])).plan);
}
