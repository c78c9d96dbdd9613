// The whole database as one file, and a restore that never overwrites silently. Export is one consistent
// read; a backup file is validated in full (every record, with its JSON path) before anything is written;
// the restore is planned and applied in one read-write transaction, all or nothing (as Actual Budget does).
// No DOM API here: it runs in the browser and in Node tests.
import { canonicalJson, formatPath, parseFactorTable, parseJsonText, parseScenario, tableHash, type JsonPath } from '../../domain';
import { CURRENT_SCHEMA_VERSION, type CarboneEviteDb, type MetaRecord, type ScenarioRecord, type TableRecord } from './db';
import { newId } from './scenario-store';

export const BACKUP_FORMAT = 'carbone-evite/backup@1';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  app: 'carbone-evite';
  /** CURRENT_SCHEMA_VERSION of the app that exported it. */
  schemaVersion: number;
  /** ISO 8601, e.g. `2026-03-05T09:12:44.120Z`. */
  exportedAt: string;
  stores: { scenarios: ScenarioRecord[]; factorTables: TableRecord[]; meta: MetaRecord[] };
}

/** Text longer than this is refused before JSON.parse: a backup of scenarios is far smaller. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** Beyond this, the list ends with a count: a file this broken is not a backup. */
const MAX_PROBLEMS = 200;

/** All three stores, read in one transaction: a consistent snapshot even while another tab writes. */
export async function exportBackup(db: CarboneEviteDb): Promise<Backup> {
  return db.transaction('r', db.scenarios, db.factorTables, db.meta, async () => {
    const [scenarios, factorTables, meta] = await Promise.all([db.scenarios.toArray(), db.factorTables.toArray(), db.meta.toArray()]);
    return { format: BACKUP_FORMAT, app: 'carbone-evite', schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: new Date().toISOString(), stores: { scenarios, factorTables, meta } };
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The person's calendar day (local time), as in the file name they will look for. */
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function backupFileName(date: Date): string {
  return `carbone-evite-sauvegarde-${localDay(date)}.json`;
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const shown = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 60) ?? String(v));

/** Every problem of a backup file, each naming the file and the JSON path; nothing is read half. */
export function parseBackup(text: string, fileName: string): ParseBackupResult {
  const problems: string[] = [];
  const report = (path: JsonPath, message: string) => problems.push(`${fileName}: ${formatPath(path)}: ${message}`);
  const refuse = (): ParseBackupResult => ({
    ok: false,
    problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `${fileName}: ${problems.length - MAX_PROBLEMS} more problems not listed.`] : problems,
  });

  if (text.length > MAX_BACKUP_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    report([], `The file is ${mb} MB (${text.length} characters), over the ${MAX_BACKUP_CHARS / 1024 / 1024} MB limit for a backup.`);
    return refuse();
  }
  const json = parseJsonText(text); // accepts a UTF-8 BOM
  if (!json.ok) {
    for (const p of json.problems) report(p.path, atEndOfText(p.message, text));
    return refuse();
  }
  const root = json.value;
  if (!isRecord(root)) {
    report([], 'Expected a Carbone évité backup (a JSON object), found something else.');
    return refuse();
  }
  // Not a backup at all (a scenario file, a table…): say so once rather than list every record.
  if (root.format !== BACKUP_FORMAT) {
    report(['format'], `Expected "${BACKUP_FORMAT}", found ${shown(root.format)}: this file is not a Carbone évité backup.`);
    return refuse();
  }
  if (root.app !== 'carbone-evite') report(['app'], `Expected "carbone-evite", found ${shown(root.app)}.`);
  const schemaVersion = root.schemaVersion;
  if (!(typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion >= 1)) {
    report(['schemaVersion'], `Expected a whole number of at least 1, found ${shown(schemaVersion)}.`);
    return refuse();
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    report(
      ['schemaVersion'],
      `The backup was written by a newer version of the app (schema ${schemaVersion}, this app knows ${CURRENT_SCHEMA_VERSION}); update the app to restore it.`,
    );
    return refuse();
  }
  const exportedAt = root.exportedAt;
  if (!(typeof exportedAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(exportedAt) && !Number.isNaN(Date.parse(exportedAt))))
    report(['exportedAt'], `Expected an ISO date and time such as 2026-03-05T09:12:44.120Z, found ${shown(exportedAt)}.`);

  const stores = root.stores;
  if (!isRecord(stores)) {
    report(['stores'], `Expected an object holding scenarios, factorTables and meta, found ${shown(stores)}.`);
    return refuse();
  }
  const list = (name: string): unknown[] => {
    const value = stores[name];
    if (Array.isArray(value)) return value;
    report(['stores', name], `Expected a list of records, found ${shown(value)}.`);
    return [];
  };

  const scenarios: ScenarioRecord[] = [];
  const scenarioIds = new Map<string, number>();
  list('scenarios').forEach((raw, i) => {
    const at = ['stores', 'scenarios', i];
    const record = readScenarioRecord(raw, at, report);
    if (!record) return;
    const first = scenarioIds.get(record.id);
    if (first !== undefined) report([...at, 'id'], `Scenario id "${record.id}" is used twice (first at index ${first}).`);
    else scenarioIds.set(record.id, i);
    scenarios.push(record);
  });

  const factorTables: TableRecord[] = [];
  const tableKeys = new Map<string, number>();
  list('factorTables').forEach((raw, i) => {
    const at = ['stores', 'factorTables', i];
    const record = readTableRecord(raw, at, report);
    if (!record) return;
    const key = JSON.stringify([record.id, record.version]);
    const first = tableKeys.get(key);
    if (first !== undefined) report([...at, 'version'], `Table "${record.id}" version "${record.version}" is stored twice (first at index ${first}).`);
    else tableKeys.set(key, i);
    factorTables.push(record);
  });

  const meta: MetaRecord[] = [];
  const metaKeys = new Map<string, number>();
  list('meta').forEach((raw, i) => {
    const at = ['stores', 'meta', i];
    if (!isRecord(raw)) return report(at, `Expected a meta record (an object), found ${shown(raw)}.`);
    if (typeof raw.key !== 'string') return report([...at, 'key'], `Expected a text key, found ${shown(raw.key)}.`);
    const first = metaKeys.get(raw.key);
    if (first !== undefined) report([...at, 'key'], `Meta key "${raw.key}" is used twice (first at index ${first}).`);
    else metaKeys.set(raw.key, i);
    meta.push({ key: raw.key, value: raw.value });
  });

  if (problems.length) return refuse();
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, app: 'carbone-evite', schemaVersion, exportedAt: exportedAt as string, stores: { scenarios, factorTables, meta } },
  };
}

/** A truncated file: V8 gives no position for "Unexpected end of JSON input", so point at the end. */
function atEndOfText(message: string, text: string): string {
  if (message.includes('(line ') || !/end of JSON input/i.test(message)) return message;
  const lines = text.split('\n');
  const where = `(line ${lines.length}, column ${lines[lines.length - 1]!.length + 1})`;
  return message.replace(/^Not valid JSON/, `Not valid JSON ${where}`);
}

type Report = (path: JsonPath, message: string) => void;

function checkNumber(record: Record<string, unknown>, key: string, at: JsonPath, report: Report): number | undefined {
  const value = record[key];
  if (isFiniteNumber(value)) return value;
  report([...at, key], `Expected a finite number, found ${shown(value)}.`);
  return undefined;
}

/** A stored scenario record, rebuilt from its checked fields (the scenario through `parseScenario`). */
function readScenarioRecord(raw: unknown, at: JsonPath, report: Report): ScenarioRecord | null {
  if (!isRecord(raw)) {
    report(at, `Expected a scenario record (an object), found ${shown(raw)}.`);
    return null;
  }
  let valid = true;
  if (!isNonEmptyString(raw.id)) {
    report([...at, 'id'], `Expected a non-empty text id, found ${shown(raw.id)}.`);
    valid = false;
  }
  const createdAt = checkNumber(raw, 'createdAt', at, report);
  const updatedAt = checkNumber(raw, 'updatedAt', at, report);
  const revision = checkNumber(raw, 'revision', at, report);
  const parsed = parseScenario(raw.scenario);
  if (!parsed.ok) for (const p of parsed.problems) report([...at, 'scenario', ...p.path], p.message);
  let summary: ScenarioRecord['summary'] | undefined;
  if (!isRecord(raw.summary)) report([...at, 'summary'], `Expected a summary (an object), found ${shown(raw.summary)}.`);
  else {
    const summaryAt = [...at, 'summary'];
    const baselineKgCO2e = checkNumber(raw.summary, 'baselineKgCO2e', summaryAt, report);
    const avoidedKgCO2e = checkNumber(raw.summary, 'avoidedKgCO2e', summaryAt, report);
    const lineCount = checkNumber(raw.summary, 'lineCount', summaryAt, report);
    if (baselineKgCO2e !== undefined && avoidedKgCO2e !== undefined && lineCount !== undefined) summary = { baselineKgCO2e, avoidedKgCO2e, lineCount };
  }
  if (!valid || createdAt === undefined || updatedAt === undefined || revision === undefined || !parsed.ok || !summary) return null;
  return { id: raw.id as string, createdAt, updatedAt, revision, scenario: parsed.value, summary };
}

/** A stored table record: the table through `parseFactorTable`, and its hash still that of its content. */
function readTableRecord(raw: unknown, at: JsonPath, report: Report): TableRecord | null {
  if (!isRecord(raw)) {
    report(at, `Expected a factor table record (an object), found ${shown(raw)}.`);
    return null;
  }
  let valid = true;
  const fail = (path: JsonPath, message: string) => {
    valid = false;
    report(path, message);
  };
  if (!isNonEmptyString(raw.id)) fail([...at, 'id'], `Expected a non-empty text id, found ${shown(raw.id)}.`);
  if (!isNonEmptyString(raw.version)) fail([...at, 'version'], `Expected a non-empty text version, found ${shown(raw.version)}.`);
  if (typeof raw.hash !== 'string') fail([...at, 'hash'], `Expected the table's hash (text), found ${shown(raw.hash)}.`);
  const importedAt = isFiniteNumber(raw.importedAt) ? raw.importedAt : undefined;
  if (importedAt === undefined) fail([...at, 'importedAt'], `Expected a finite number, found ${shown(raw.importedAt)}.`);
  let origin: TableRecord['origin'] | undefined;
  const o = raw.origin;
  if (!isRecord(o)) fail([...at, 'origin'], `Expected where the table came from (an object), found ${shown(o)}.`);
  else {
    const { fileName, encoding, rows, rejected } = o;
    for (const [key, value] of [['fileName', fileName], ['encoding', encoding]] as const)
      if (typeof value !== 'string') fail([...at, 'origin', key], `Expected text, found ${shown(value)}.`);
    for (const [key, value] of [['rows', rows], ['rejected', rejected]] as const)
      if (!(isFiniteNumber(value) && value >= 0)) fail([...at, 'origin', key], `Expected a count (a finite number of at least 0), found ${shown(value)}.`);
    if (typeof fileName === 'string' && typeof encoding === 'string' && isFiniteNumber(rows) && isFiniteNumber(rejected))
      origin = { fileName, encoding, rows, rejected };
  }
  const parsed = parseFactorTable(raw.table);
  if (!parsed.ok) {
    for (const p of parsed.problems) fail([...at, 'table', ...p.path], p.message);
    return null;
  }
  const table = parsed.value;
  if (raw.id !== table.id || raw.version !== table.version)
    fail([...at, 'id'], `The record is stored as "${String(raw.id)}" version "${String(raw.version)}" but holds table "${table.id}" version "${table.version}".`);
  const hash = tableHash(table);
  if (typeof raw.hash === 'string' && raw.hash !== hash)
    fail([...at, 'hash'], `The table's content does not match its hash: it was altered after it was imported (stored ${raw.hash}, content gives ${hash}).`);
  if (!valid || importedAt === undefined || !origin) return null;
  return { id: table.id, version: table.version, hash, importedAt, table, origin };
}

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
  readonly storedHash: string;
  readonly backupHash: string;
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

interface Writes {
  scenarios: ScenarioRecord[];
  factorTables: TableRecord[];
  meta: MetaRecord[];
}

const scenarioRef = (r: ScenarioRecord): PlannedScenario => ({ id: r.id, name: r.scenario.name });
const tableRef = (r: TableRecord): PlannedTable => ({ id: r.id, version: r.version });
const tableKey = (id: string, version: string) => JSON.stringify([id, version]);
/** Two records with the same content, whatever the key order; the id aside. */
const sameContent = (a: ScenarioRecord, b: ScenarioRecord) => canonicalJson(a.scenario) === canonicalJson(b.scenario);

/** What the restore would do and the records it would write; reads only. Call inside a transaction. */
async function computePlan(db: CarboneEviteDb, backup: Backup, mode: RestoreMode): Promise<{ plan: RestorePlan; writes: Writes }> {
  const [storedScenarios, storedTables, storedMeta] = await Promise.all([db.scenarios.toArray(), db.factorTables.toArray(), db.meta.toArray()]);
  const backupDay = localDay(new Date(backup.exportedAt));
  const { scenarios, factorTables, meta } = backup.stores;

  const plan = {
    mode,
    backupDay,
    scenarios: { added: [] as PlannedScenario[], unchanged: [] as PlannedScenario[], copied: [] as ScenarioCopy[], removed: [] as PlannedScenario[] },
    factorTables: { added: [] as PlannedTable[], unchanged: [] as PlannedTable[], skipped: [] as SkippedTable[], removed: [] as PlannedTable[] },
    meta: { added: [] as string[], kept: [] as string[], removed: [] as string[] },
  };
  const writes: Writes = { scenarios: [], factorTables: [], meta: [] };

  if (mode === 'replace') {
    plan.scenarios.removed = storedScenarios.map(scenarioRef);
    plan.factorTables.removed = storedTables.map(tableRef);
    plan.meta.removed = storedMeta.map((m) => m.key);
    plan.scenarios.added = scenarios.map(scenarioRef);
    plan.factorTables.added = factorTables.map(tableRef);
    plan.meta.added = meta.map((m) => m.key);
    writes.scenarios = scenarios;
    writes.factorTables = factorTables;
    writes.meta = meta;
  } else {
    const byId = new Map(storedScenarios.map((r) => [r.id, r]));
    for (const record of scenarios) {
      const stored = byId.get(record.id);
      if (!stored) {
        plan.scenarios.added.push(scenarioRef(record));
        writes.scenarios.push(record);
      } else if (sameContent(stored, record)) {
        plan.scenarios.unchanged.push(scenarioRef(stored));
      } else {
        const name = `${record.scenario.name} (sauvegarde du ${backupDay})`;
        const copy: ScenarioRecord = { ...record, id: newId(), scenario: { ...record.scenario, name } };
        // The same backup merged again finds its copy already there: nothing to add twice.
        const existing = storedScenarios.find((r) => sameContent(r, copy));
        if (existing) plan.scenarios.unchanged.push(scenarioRef(existing));
        else {
          plan.scenarios.copied.push({ backupId: record.id, id: copy.id, name, storedName: stored.scenario.name });
          writes.scenarios.push(copy);
        }
      }
    }
    const byKey = new Map(storedTables.map((r) => [tableKey(r.id, r.version), r]));
    for (const record of factorTables) {
      const stored = byKey.get(tableKey(record.id, record.version));
      if (!stored) {
        plan.factorTables.added.push(tableRef(record));
        writes.factorTables.push(record);
      } else if (stored.hash === record.hash) {
        plan.factorTables.unchanged.push(tableRef(record));
      } else {
        const pinnedBy = scenarios.filter((s) => s.scenario.factorTable.id === record.id && s.scenario.factorTable.version === record.version).map((s) => s.scenario.name);
        plan.factorTables.skipped.push({
          ...tableRef(record),
          reason: 'different-content',
          message:
            `Table "${record.id}" version "${record.version}" is already stored with other content; a table version never changes, so the stored one is kept` +
            (pinnedBy.length ? ` and the backup's scenarios pinned to it (${pinnedBy.join(', ')}) will use it.` : '.'),
          storedHash: stored.hash,
          backupHash: record.hash,
          pinnedBy,
        });
      }
    }
    const storedKeys = new Set(storedMeta.map((m) => m.key));
    for (const record of meta) {
      if (storedKeys.has(record.key)) plan.meta.kept.push(record.key);
      else {
        plan.meta.added.push(record.key);
        writes.meta.push(record);
      }
    }
  }

  const counts = {
    scenariosAdded: plan.scenarios.added.length,
    scenariosUnchanged: plan.scenarios.unchanged.length,
    scenariosCopied: plan.scenarios.copied.length,
    scenariosRemoved: plan.scenarios.removed.length,
    tablesAdded: plan.factorTables.added.length,
    tablesUnchanged: plan.factorTables.unchanged.length,
    tablesSkipped: plan.factorTables.skipped.length,
    tablesRemoved: plan.factorTables.removed.length,
  };
  return { plan: { ...plan, counts }, writes };
}

/** What `restoreBackup` would do with the data stored now, without writing anything. */
export async function planRestore(db: CarboneEviteDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  return db.transaction('r', db.scenarios, db.factorTables, db.meta, async () => (await computePlan(db, backup, mode)).plan);
}

/**
 * Applies the plan in one read-write transaction, planned inside it so that nothing changes in between.
 * Any failure aborts the transaction: the stored data stay exactly as they were.
 */
export async function restoreBackup(db: CarboneEviteDb, backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  return db.transaction('rw', db.scenarios, db.factorTables, db.meta, async () => {
    const { plan, writes } = await computePlan(db, backup, mode);
    if (mode === 'replace') await Promise.all([db.scenarios.clear(), db.factorTables.clear(), db.meta.clear()]);
    if (writes.scenarios.length) await db.scenarios.bulkAdd(writes.scenarios);
    if (writes.factorTables.length) await db.factorTables.bulkAdd(writes.factorTables);
    if (writes.meta.length) await db.meta.bulkAdd(writes.meta);
    return plan;
  });
}
