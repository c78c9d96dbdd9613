// The whole database as one file: exact round trips, merges that never overwrite, hostile files refused
// with their reason, and a failed restore that leaves the stored data as they were.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  backupFileName,
  exportBackup,
  parseBackup,
  problemLine,
  planRestore,
  restoreBackup,
  type Backup,
  type RestoreMode,
} from '../../src/data/storage/backup';
import { describeProblem } from '../../src/i18n/problem-words';
import { CURRENT_SCHEMA_VERSION, openDatabase, type CarboneEviteDb, type MetaRecord, type ScenarioRecord, type TableRecord } from '../../src/data/storage/db';
import { putScenarioRecords, readAllScenarios, readScenario } from '../../src/data/storage/scenario-store';
import { tableChecksum, type FactorTable } from '../../src/domain';
import type { LedgerMapping } from '../../src/data/formats/ledger-mapping';
import { loadTestTable, scenarioOf } from '../helpers';

let dbs: CarboneEviteDb[] = [];
let counter = 0;
async function freshDb(): Promise<CarboneEviteDb> {
  const db = await openDatabase(`backup-${Date.now()}-${counter++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

// ---- The data: written directly, with fixed ids and times, so every expectation is known in advance.

const table = loadTestTable();
/** The tables the app ships, as the restore is given them for the summaries. */
const BUNDLED = [table];
const importedTable: FactorTable = { ...table, id: 'base-carbone-import', version: '2025-04-24' };
const tableRecord = (t: FactorTable, importedAt = 1764000000000): TableRecord => ({
  id: t.id,
  version: t.version,
  checksum: tableChecksum(t),
  importedAt,
  table: t,
  origin: { fileName: 'export.csv', encoding: 'windows-1252', rows: 12, rejected: 1 },
});

const canteens: ScenarioRecord = {
  id: 'scenario-canteens',
  createdAt: 1764000000000,
  updatedAt: 1764003600000,
  revision: 4,
  scenario: scenarioOf(
    [
      {
        id: 'l1',
        label: 'Repas végétariens',
        quantity: 12000,
        unit: 'meal',
        share: 0.25,
        baseline: { factor: 'meal-beef', reference: { kind: 'previous-contract', note: 'Marché 2022-2025' } },
        alternative: { factor: 'meal-vegetarian' },
      },
      { id: 'l2', quantity: 3000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'own-epd' } },
    ],
    {
      name: 'Cantines 2026',
      customFactors: [
        {
          id: 'own-epd',
          category: 'food',
          label: { fr: 'Repas fournisseur', en: 'Supplier meal' },
          value: 0.9,
          unit: 'kgCO2e/meal',
          source: 'Déclaration du fournisseur, 2026',
          year: 2026,
        },
      ],
    },
  ),
  summary: { baselineKgCO2e: 94350, avoidedKgCO2e: 33510, lineCount: 2 },
};
const laptops: ScenarioRecord = {
  id: 'scenario-laptops',
  createdAt: 1764100000000,
  updatedAt: 1764100000000,
  revision: 1,
  scenario: scenarioOf(
    [
      {
        id: 'keep',
        quantity: 150,
        unit: 'unit',
        baseline: { factor: 'laptop-new', lifetimeYears: 4, reference: { kind: 'market-average' } },
        alternative: { factor: 'laptop-new', lifetimeYears: 6 },
      },
    ],
    { name: 'Ordinateurs gardés 6 ans', factorTable: { id: 'base-carbone-import', version: '2025-04-24', checksum: tableChecksum(importedTable) } },
  ),
  summary: { baselineKgCO2e: 23400, avoidedKgCO2e: 7800, lineCount: 1 },
};
const empty: ScenarioRecord = {
  id: 'scenario-empty',
  createdAt: 1764200000000,
  updatedAt: 1764200000001,
  revision: 2,
  scenario: scenarioOf([], { name: 'Brouillon' }),
  summary: { baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 0 },
};
const SCENARIOS = [canteens, laptops, empty];
const TABLES = [tableRecord(importedTable)];
// A remembered ledger layout: three columns (label, quantity, unit), both factors fixed.
const LAYOUT_KEY = 'ledger-layout:libelle|quantite|unite';
const LAYOUT: LedgerMapping = {
  label: { column: 0 },
  quantity: { column: 1 },
  unit: { column: 2 },
  baseline: { fixed: 'meal-beef' },
  alternative: { fixed: 'meal-vegetarian' },
};
const META: MetaRecord[] = [
  { key: 'seeded', value: 'scenario-canteens' },
  { key: LAYOUT_KEY, value: LAYOUT },
];

async function fill(db: CarboneEviteDb, data: { scenarios: ScenarioRecord[]; factorTables: TableRecord[]; meta: MetaRecord[] }) {
  await db.transaction('rw', db.scenarios, db.scenarioLines, db.factorTables, db.meta, async () => {
    await putScenarioRecords(db, data.scenarios);
    await db.factorTables.bulkAdd(data.factorTables);
    await db.meta.bulkAdd(data.meta);
  });
}
const fillOriginals = (db: CarboneEviteDb) => fill(db, { scenarios: SCENARIOS, factorTables: TABLES, meta: META });

async function snapshot(db: CarboneEviteDb) {
  return { scenarios: await readAllScenarios(db), factorTables: await db.factorTables.toArray(), meta: await db.meta.toArray() };
}
const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
const byKey = (records: MetaRecord[]) => [...records].sort((a, b) => (a.key < b.key ? -1 : 1));

/** The backup as a file would hold it: exported, written as text, read back. */
async function backupFileOf(db: CarboneEviteDb): Promise<string> {
  return JSON.stringify(await exportBackup(db), null, 2);
}
function parsed(text: string): Backup {
  const result = parseBackup(text, 'backup.json');
  if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
  return result.backup;
}

// Other data, held by the database a backup is restored into.
const other: ScenarioRecord = { ...empty, id: 'scenario-other', scenario: scenarioOf([], { name: 'Autre' }) };
const otherTable = tableRecord({ ...table, id: 'other-import', version: '2024-01-01' });

describe('backup file name', () => {
  it('names the file after the local calendar day', () => {
    expect(backupFileName(new Date(2026, 2, 5, 23, 59))).toBe('carbone-evite-sauvegarde-2026-03-05.json');
    expect(backupFileName(new Date(2027, 11, 31, 0, 0))).toBe('carbone-evite-sauvegarde-2027-12-31.json');
  });
});

describe('export', () => {
  it('holds every record of the three stores, with the format and schema version', async () => {
    const db = await freshDb();
    await fillOriginals(db);
    const before = Date.now();
    const backup = await exportBackup(db);
    expect(backup.format).toBe('carbone-evite/backup@1');
    expect(backup.app).toBe('carbone-evite');
    expect(backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(Date.parse(backup.exportedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(byId(backup.stores.scenarios)).toEqual(byId(SCENARIOS));
    expect(backup.stores.factorTables).toEqual(TABLES);
    expect(byKey(backup.stores.meta)).toEqual(byKey(META));
  });
});

describe('restore, replace', () => {
  it('into an empty database gives back every record exactly', async () => {
    const source = await freshDb();
    await fillOriginals(source);
    const backup = parsed(await backupFileOf(source));

    const target = await freshDb();
    const plan = await restoreBackup(target, backup, 'replace', BUNDLED);
    expect(plan.counts).toEqual({
      scenariosAdded: 3,
      scenariosUnchanged: 0,
      scenariosCopied: 0,
      scenariosRemoved: 0,
      tablesAdded: 1,
      tablesUnchanged: 0,
      tablesSkipped: 0,
      tablesRemoved: 0,
    });
    const after = await snapshot(target);
    expect(byId(after.scenarios)).toEqual(byId(SCENARIOS));
    expect(after.factorTables).toEqual(TABLES);
    expect(byKey(after.meta)).toEqual(byKey(META));
  });

  it('into a database holding other data: the other data are gone, the backup is there exactly', async () => {
    const source = await freshDb();
    await fillOriginals(source);
    const backup = parsed(await backupFileOf(source));

    const target = await freshDb();
    await fill(target, {
      scenarios: [other, { ...canteens, revision: 9, scenario: { ...canteens.scenario, name: 'Changed' } }],
      factorTables: [otherTable],
      meta: [
        { key: 'seeded', value: 'scenario-other' },
        { key: 'only-here', value: 1 },
      ],
    });

    const preview = await planRestore(target, backup, 'replace');
    expect(preview.scenarios.removed).toEqual([
      { id: 'scenario-canteens', name: 'Changed' },
      { id: 'scenario-other', name: 'Autre' },
    ]);
    expect(preview.scenarios.added.map((s) => s.id).sort()).toEqual(['scenario-canteens', 'scenario-empty', 'scenario-laptops']);
    expect(preview.factorTables.removed).toEqual([{ id: 'other-import', version: '2024-01-01' }]);
    expect(preview.meta).toEqual({ added: [LAYOUT_KEY, 'seeded'], kept: [], removed: ['only-here', 'seeded'] });

    const plan = await restoreBackup(target, backup, 'replace', BUNDLED);
    expect(plan).toEqual(preview);
    const after = await snapshot(target);
    expect(byId(after.scenarios)).toEqual(byId(SCENARIOS));
    expect(after.factorTables).toEqual(TABLES);
    expect(byKey(after.meta)).toEqual(byKey(META));
  });
});

describe('restore, merge', () => {
  it('into a database holding an identical copy: nothing duplicated, nothing written', async () => {
    const db = await freshDb();
    await fillOriginals(db);
    const backup = parsed(await backupFileOf(db));
    const before = await snapshot(db);

    const plan = await restoreBackup(db, backup, 'merge', BUNDLED);
    expect(plan.counts).toEqual({
      scenariosAdded: 0,
      scenariosUnchanged: 3,
      scenariosCopied: 0,
      scenariosRemoved: 0,
      tablesAdded: 0,
      tablesUnchanged: 1,
      tablesSkipped: 0,
      tablesRemoved: 0,
    });
    expect(plan.meta).toEqual({ added: [], kept: [LAYOUT_KEY, 'seeded'], removed: [] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('adds what is new and keeps the stored meta values', async () => {
    const source = await freshDb();
    await fillOriginals(source);
    const backup = parsed(await backupFileOf(source));

    const target = await freshDb();
    await fill(target, { scenarios: [other], factorTables: [], meta: [{ key: 'seeded', value: 'scenario-other' }] });
    const plan = await restoreBackup(target, backup, 'merge', BUNDLED);
    expect(plan.scenarios.added.map((s) => s.id).sort()).toEqual(['scenario-canteens', 'scenario-empty', 'scenario-laptops']);
    expect(plan.factorTables.added).toEqual([{ id: 'base-carbone-import', version: '2025-04-24' }]);
    expect(plan.meta).toEqual({ added: [LAYOUT_KEY], kept: ['seeded'], removed: [] });
    const after = await snapshot(target);
    expect(byId(after.scenarios)).toEqual(byId([...SCENARIOS, other]));
    expect(after.factorTables).toEqual(TABLES);
    expect(byKey(after.meta)).toEqual(byKey([{ key: 'seeded', value: 'scenario-other' }, META[1]!]));
  });

  it('keeps a changed scenario with the same id, and adds the backup’s as a copy with the date in its name', async () => {
    const source = await freshDb();
    await fillOriginals(source);
    const exported = await exportBackup(source);
    // Exported at noon local time on 5 March 2026: the copy's name carries that day.
    const backup = parsed(JSON.stringify({ ...exported, exportedAt: new Date(2026, 2, 5, 12, 0).toISOString() }));

    const target = await freshDb();
    const changed: ScenarioRecord = {
      ...canteens,
      revision: 7,
      updatedAt: 1765000000000,
      scenario: { ...canteens.scenario, lines: [canteens.scenario.lines[0]!] },
    };
    await fill(target, { scenarios: [changed], factorTables: [], meta: [] });

    const plan = await restoreBackup(target, backup, 'merge', BUNDLED);
    expect(plan.backupDay).toBe('2026-03-05');
    expect(plan.scenarios.copied).toHaveLength(1);
    const copy = plan.scenarios.copied[0]!;
    expect(copy).toMatchObject({ backupId: 'scenario-canteens', name: 'Cantines 2026 (sauvegarde du 2026-03-05)', storedName: 'Cantines 2026' });
    expect(copy.id).not.toBe('scenario-canteens');
    expect(plan.counts).toMatchObject({ scenariosAdded: 2, scenariosCopied: 1, scenariosUnchanged: 0 });

    // The stored one untouched; the copy is the backup's record under a new id and name.
    expect(await readScenario(target, 'scenario-canteens')).toEqual(changed);
    expect(await readScenario(target, copy.id)).toEqual({
      ...canteens,
      id: copy.id,
      scenario: { ...canteens.scenario, name: 'Cantines 2026 (sauvegarde du 2026-03-05)' },
    });
    expect(await target.scenarios.count()).toBe(4);

    // The same backup merged again finds its copy already there.
    const again = await restoreBackup(target, backup, 'merge', BUNDLED);
    expect(again.counts).toMatchObject({ scenariosAdded: 0, scenariosCopied: 0, scenariosUnchanged: 3 });
    expect(await target.scenarios.count()).toBe(4);
  });

  it('skips a table version stored with other content, says why, and keeps the stored one', async () => {
    const source = await freshDb();
    await fillOriginals(source);
    const backup = parsed(await backupFileOf(source));

    const target = await freshDb();
    const altered: FactorTable = { ...importedTable, factors: importedTable.factors.map((f, i) => (i === 0 ? { ...f, value: 7 } : f)) };
    const stored = tableRecord(altered, 1765000000000);
    await fill(target, { scenarios: [], factorTables: [stored], meta: [] });

    const plan = await restoreBackup(target, backup, 'merge', BUNDLED);
    expect(plan.factorTables.skipped).toEqual([
      {
        id: 'base-carbone-import',
        version: '2025-04-24',
        reason: 'different-content',
        message:
          'Table "base-carbone-import" version "2025-04-24" is already stored with other content; a table version never changes, so the stored one is kept and the backup\'s scenarios pinned to it (Ordinateurs gardés 6 ans) will use it.',
        storedChecksum: tableChecksum(altered),
        backupChecksum: tableChecksum(importedTable),
        pinnedBy: ['Ordinateurs gardés 6 ans'],
      },
    ]);
    expect(plan.counts).toMatchObject({ tablesAdded: 0, tablesSkipped: 1, scenariosAdded: 3 });
    expect(await target.factorTables.toArray()).toEqual([stored]);
  });

  it('plans without writing', async () => {
    const source = await freshDb();
    await fillOriginals(source);
    const backup = parsed(await backupFileOf(source));
    const target = await freshDb();
    await fill(target, { scenarios: [other], factorTables: [otherTable], meta: [{ key: 'seeded', value: 'x' }] });
    const before = await snapshot(target);
    for (const mode of ['merge', 'replace'] as RestoreMode[]) await planRestore(target, backup, mode);
    expect(await snapshot(target)).toEqual(before);
  });
});

/** A workshop template shipped with the app, as an imported one would be stored. */
const templateFile = () => readdirSync(new URL('../../templates/', import.meta.url)).find((f) => f.endsWith('.json') && !f.includes('demo'))!;

/** A backup as a file holds it, as plain JSON to alter. */
async function validBackupObject() {
  const db = await freshDb();
  await fillOriginals(db);
  type Raw = Record<string, unknown>;
  return JSON.parse(await backupFileOf(db)) as Raw & { stores: { scenarios: Raw[]; factorTables: Raw[]; meta: Raw[] } };
}

describe('hostile backups are refused, with the reason, and nothing is written', () => {
  /** The app's flow: only a backup that parses is restored. */
  async function expectRefused(text: string, expected: (string | RegExp)[]) {
    const db = await freshDb();
    await fill(db, { scenarios: [other], factorTables: [otherTable], meta: [{ key: 'seeded', value: 'scenario-other' }] });
    const before = await snapshot(db);
    const result = parseBackup(text, 'backup.json');
    if (result.ok) await restoreBackup(db, result.backup, 'replace', BUNDLED);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const lines = result.problems.map(problemLine);
      expect(lines).toHaveLength(expected.length);
      expected.forEach((e, i) => (typeof e === 'string' ? expect(lines[i]).toBe(e) : expect(lines[i]).toMatch(e)));
    }
    expect(await snapshot(db)).toEqual(before);
  }

  it('truncated JSON, with the line and column', async () => {
    // Line 3 is `  "stores": ` (12 characters): the file ends at column 13.
    await expectRefused('{\n  "format": "carbone-evite/backup@1",\n  "stores": ', [/^backup\.json: \(root\): Not valid JSON \(line 3, column 13\): /]);
    // Cut inside a list: the file ends at position 37; line 2 starts at 16, so at column 37 − 15 = 22.
    await expectRefused('{"format": "x",\n"stores": {"a": [1, 2', [/^backup\.json: \(root\): Not valid JSON \(line 2, column 22\): /]);
    const whole = await backupFileOf(await freshDb());
    await expectRefused(whole.slice(0, whole.length - 3), [/^backup\.json: \(root\): Not valid JSON \(line \d+, column \d+\): /]);
  });

  it('a wrong or missing format', async () => {
    const backup = await validBackupObject();
    await expectRefused(JSON.stringify({ ...backup, format: 'carbone-evite/scenario@1' }), [
      'backup.json: format: Expected "carbone-evite/backup@1", found "carbone-evite/scenario@1": this file is not a Carbone évité backup.',
    ]);
    await expectRefused(JSON.stringify({ ...backup, format: undefined }), [
      'backup.json: format: Expected "carbone-evite/backup@1", found nothing: this file is not a Carbone évité backup.',
    ]);
    await expectRefused('[]', ['backup.json: (root): Expected a Carbone évité backup (a JSON object), found something else.']);
  });

  it('a backup from a newer version of the app, naming both schema versions', async () => {
    const backup = await validBackupObject();
    const newer = CURRENT_SCHEMA_VERSION + 1;
    await expectRefused(JSON.stringify({ ...backup, schemaVersion: newer }), [
      `backup.json: schemaVersion: The backup was written by a newer version of the app (schema ${newer}, this app knows ${CURRENT_SCHEMA_VERSION}); update the app to restore it.`,
    ]);
  });

  it('a file over 200 MB, before parsing it', async () => {
    // 201 × 1024 × 1024 = 210 763 776 characters.
    await expectRefused('x'.repeat(201 * 1024 * 1024), [
      'backup.json: (root): The file is 201.0 MB (210763776 characters), over the 200 MB limit for a backup.',
    ]);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const db = await freshDb();
    await fillOriginals(db);
    const result = parseBackup('\uFEFF' + (await backupFileOf(db)), 'backup.json');
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.format).toBe(BACKUP_FORMAT);
  });
});

describe('a backup with bad records: each is listed, the rest restored', () => {
  /** The app's flow: the file is read, its bad records listed (as `problemLine`s), the rest restored by a replace. */
  async function expectLeftOut(text: string, expected: (string | RegExp)[]) {
    const result = parseBackup(text, 'backup.json');
    if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
    const lines = result.rejected.flatMap((r) => r.problems.map((problem) => problemLine({ file: 'backup.json', problem })));
    expect(lines).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(lines[i]).toBe(e) : expect(lines[i]).toMatch(e)));
    const db = await freshDb();
    await fill(db, { scenarios: [other], factorTables: [otherTable], meta: [{ key: 'seeded', value: 'scenario-other' }] });
    await restoreBackup(db, result.backup, 'replace', BUNDLED);
    return { rejected: result.rejected, after: await snapshot(db) };
  }

  it('a scenario with a negative quantity: listed at its path, the two others and the rest restored', async () => {
    const backup = await validBackupObject();
    const i = backup.stores.scenarios.findIndex((r) => r.id === 'scenario-canteens');
    const record = structuredClone(backup.stores.scenarios[i]!) as unknown as ScenarioRecord;
    (record.scenario.lines[1] as { quantity: number }).quantity = -5;
    backup.stores.scenarios[i] = record as unknown as Record<string, unknown>;
    const { rejected, after } = await expectLeftOut(JSON.stringify(backup), [
      `backup.json: stores.scenarios[${i}].scenario.lines[1].quantity: Too small: expected number to be >=0`,
    ]);
    expect(rejected.map(({ store, index, label }) => ({ store, index, label }))).toEqual([{ store: 'scenarios', index: i, label: 'Cantines 2026' }]);
    expect(byId(after.scenarios)).toEqual(byId([laptops, empty]));
    expect(after.factorTables).toEqual(TABLES);
    expect(byKey(after.meta)).toEqual(byKey(META));
  });

  it('record fields that are not what the store holds; a summary is not judged, it is computed again', async () => {
    const backup = await validBackupObject();
    const firstId = backup.stores.scenarios[0]!.id;
    backup.stores.scenarios[0] = { ...backup.stores.scenarios[0]!, id: '', revision: '4' };
    backup.stores.scenarios[1] = { ...backup.stores.scenarios[1]!, summary: { baselineKgCO2e: 1, avoidedKgCO2e: null, lineCount: 0 } };
    backup.stores.meta[1] = { key: 3, value: 'x' };
    const { rejected, after } = await expectLeftOut(JSON.stringify(backup), [
      'backup.json: stores.scenarios[0].id: Expected a non-empty text id, found "".',
      'backup.json: stores.scenarios[0].revision: Expected a finite number, found "4".',
      'backup.json: stores.meta[1].key: Expected a text key, found 3.',
    ]);
    expect(rejected.map((r) => r.label)).toEqual([(backup.stores.scenarios[0]!.scenario as { name: string }).name, '3']);
    // The second scenario's summary was not readable: it is restored with the one its lines give.
    const second = backup.stores.scenarios[1]!.id as string;
    expect(after.scenarios.map((r) => r.id).sort()).toEqual(
      SCENARIOS.map((r) => r.id)
        .filter((id) => id !== firstId)
        .sort(),
    );
    expect(after.scenarios.find((r) => r.id === second)).toEqual(SCENARIOS.find((r) => r.id === second));
  });

  it('a summary in the file is never taken as given: 1 000 000 t becomes what the lines give', async () => {
    const backup = await validBackupObject();
    const i = backup.stores.scenarios.findIndex((r) => r.id === 'scenario-canteens');
    backup.stores.scenarios[i] = { ...backup.stores.scenarios[i]!, summary: { baselineKgCO2e: 1e9, avoidedKgCO2e: 1e9, lineCount: 2 } };
    for (const mode of ['replace', 'merge'] as RestoreMode[]) {
      const { after } = await (async () => {
        const db = await freshDb();
        await restoreBackup(db, parsed(JSON.stringify(backup)), mode, BUNDLED);
        return { after: await snapshot(db) };
      })();
      // By hand: 12 000 × 6.29 + 3 000 × 6.29 = 94 350 kg bought as before; 12 000 × 0.25 × (6.29 − 0.51) + 3 000 × (6.29 − 0.9) = 33 510 kg avoided.
      expect(after.scenarios.find((r) => r.id === 'scenario-canteens')?.summary).toEqual({ baselineKgCO2e: 94350, avoidedKgCO2e: 33510, lineCount: 2 });
    }
  });

  it('settings: a crafted ledger layout, a key the app does not keep and a template under another id are listed, the others restored', async () => {
    const backup = await validBackupObject();
    const template = JSON.parse(readFileSync(new URL('../../templates/' + templateFile(), import.meta.url), 'utf8'));
    backup.stores.meta.push(
      // Column 7 of a layout of three columns: every later import of that layout would read nothing.
      { key: 'ledger-layout:a|b|c', value: { ...LAYOUT, quantity: { column: 7 } } },
      { key: 'ledger-layout:a|b', value: { ...LAYOUT, label: undefined, unit: { fixed: 'meal' }, share: { fixed: 25 } } },
      { key: 'lastOpened', value: { id: 'scenario-laptops' } },
      { key: 'template:other-id', value: { template, fileName: 'modele.json', importedAt: 1764000000000 } },
      { key: `template:${template.id}`, value: { template, fileName: 'modele.json', importedAt: 1764000000000 } },
    );
    const { rejected, after } = await expectLeftOut(JSON.stringify(backup), [
      'backup.json: stores.meta[2].value: The value of setting "ledger-layout:a|b|c" cannot be read back by this app.',
      'backup.json: stores.meta[3].value: The value of setting "ledger-layout:a|b" cannot be read back by this app.',
      'backup.json: stores.meta[4].key: "lastOpened" is not a setting this app keeps.',
      'backup.json: stores.meta[5].value: The value of setting "template:other-id" cannot be read back by this app.',
    ]);
    expect(rejected.map((r) => r.label)).toEqual(['ledger-layout:a|b|c', 'ledger-layout:a|b', 'lastOpened', 'template:other-id']);
    expect(rejected.map((r) => describeProblem(r.problems[0]!, 'fr').text)).toEqual([
      'Réglage 3, valeur : cette valeur ne peut pas être relue par l’application pour ce réglage',
      'Réglage 4, valeur : cette valeur ne peut pas être relue par l’application pour ce réglage',
      'Réglage 5, clé : ce réglage n’est pas de ceux que garde l’application',
      'Réglage 6, valeur : cette valeur ne peut pas être relue par l’application pour ce réglage',
    ]);
    expect(describeProblem(rejected[2]!.problems[0]!, 'en').text).toBe('Setting 5, key: this is not a setting the app keeps');
    expect(after.meta.map((m) => m.key).sort()).toEqual([LAYOUT_KEY, 'seeded', `template:${template.id}`]);
  });

  it('a table altered after it was imported (its checksum no longer matches): left out, its scenarios kept', async () => {
    const backup = await validBackupObject();
    const record = backup.stores.factorTables[0] as unknown as TableRecord;
    const altered = { ...record.table, factors: record.table.factors.map((f, i) => (i === 0 ? { ...f, value: 0.01 } : f)) };
    backup.stores.factorTables[0] = { ...record, table: altered } as unknown as Record<string, unknown>;
    const { rejected, after } = await expectLeftOut(JSON.stringify(backup), [
      `backup.json: stores.factorTables[0].checksum: The table's content does not match its checksum: it was altered after it was imported (stored ${tableChecksum(importedTable)}, content gives ${tableChecksum(altered)}).`,
    ]);
    expect(rejected[0]).toMatchObject({ store: 'factorTables', index: 0, label: 'base-carbone-import 2025-04-24' });
    expect(after.factorTables).toEqual([]);
    // Its table not restored, the laptops scenario is restored all the same, with nothing it can estimate.
    expect(after.scenarios.find((r) => r.id === 'scenario-laptops')?.summary).toEqual({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 1 });
  });

  it('a record stored twice inside the backup: the first kept, the second listed', async () => {
    const backup = await validBackupObject();
    const first = backup.stores.scenarios[0]!;
    backup.stores.scenarios.push({ ...first, scenario: { ...(first.scenario as object), name: 'Twin' } });
    backup.stores.factorTables.push(backup.stores.factorTables[0]!);
    backup.stores.meta.push({ key: 'seeded', value: 'again' });
    const { after } = await expectLeftOut(JSON.stringify(backup), [
      `backup.json: stores.scenarios[3].id: Scenario id "${String(first.id)}" is used twice (first at index 0).`,
      'backup.json: stores.factorTables[1].version: Table "base-carbone-import" version "2025-04-24" is stored twice (first at index 0).',
      `backup.json: stores.meta[2].key: Meta key "seeded" is used twice (first at index ${backup.stores.meta.findIndex((m) => m.key === 'seeded')}).`,
    ]);
    expect(byId(after.scenarios)).toEqual(byId(SCENARIOS));
    expect(await (async () => after.meta.find((m) => m.key === 'seeded')?.value)()).toBe('scenario-canteens');
  });

  it('problems of several records at once, in the order of the file', async () => {
    const backup = await validBackupObject();
    const [first, second] = backup.stores.scenarios as [Record<string, unknown>, Record<string, unknown>];
    const table = backup.stores.factorTables[0] as unknown as TableRecord;
    backup.stores.scenarios = [first, { ...first }, { ...second, revision: 'x' }];
    backup.stores.factorTables = [
      {
        ...table,
        importedAt: null,
        table: { ...table.table, factors: table.table.factors.map((f, i) => (i === 0 ? { ...f, value: 1e6 } : f)) },
      } as unknown as Record<string, unknown>,
    ];
    const { after } = await expectLeftOut(JSON.stringify(backup), [
      `backup.json: stores.scenarios[1].id: Scenario id "${String(first.id)}" is used twice (first at index 0).`,
      'backup.json: stores.scenarios[2].revision: Expected a finite number, found "x".',
      'backup.json: stores.factorTables[0].importedAt: Expected a finite number, found null.',
      /^backup\.json: stores\.factorTables\[0\]\.checksum: The table's content does not match its checksum: /,
    ]);
    expect(after.scenarios.map((r) => r.id)).toEqual([first.id]);
  });

  it('every problem is worded in the reader’s language from its code, naming the record, the JSON path kept', async () => {
    const backup = await validBackupObject();
    const [first, second] = backup.stores.scenarios as [Record<string, unknown>, Record<string, unknown>];
    const scenario = first.scenario as { lines: Record<string, unknown>[] };
    // A record with problems of its own is left out of the duplicate check: the twin is the second record.
    backup.stores.scenarios = [first, { ...first }, { ...second, scenario: { ...scenario, lines: [{ ...scenario.lines[0], quantity: -1 }] } }];
    const result = parseBackup(JSON.stringify(backup), 'sauvegarde.json');
    if (!result.ok) throw new Error('refused');
    expect(result.rejected.flatMap((r) => r.problems.map((p) => describeProblem(p, 'fr')))).toEqual([
      {
        text: 'Scénario enregistré 2, identifiant : déjà présent plus haut dans le fichier (n° 1) ; chaque enregistrement n’y figure qu’une fois',
        path: 'stores.scenarios[1].id',
      },
      { text: 'Scénario enregistré 3, scénario, ligne 1, quantité : doit être au moins 0', path: 'stores.scenarios[2].scenario.lines[0].quantity' },
    ]);
    expect(describeProblem(result.rejected[0]!.problems[0]!, 'en').text).toBe(
      'Stored scenario 2, identifier: already given earlier in the file (no. 1); each record appears once',
    );
    const other = parseBackup(JSON.stringify({ format: 'carbone-evite/scenario@1' }), 'scenario.json');
    expect(!other.ok && describeProblem(other.problems[0]!.problem, 'fr').text).toBe('Format : ce fichier n’est pas une sauvegarde de Carbone évité');
    const newer = parseBackup(JSON.stringify({ ...backup, schemaVersion: 99 }), 'futur.json');
    expect(!newer.ok && describeProblem(newer.problems[0]!.problem, 'en').text).toMatch(/^Schema version: the backup comes from a newer version of the app/);
  });
});

describe('a failure in the middle of the restore', () => {
  it.each(['replace', 'merge'] as RestoreMode[])('%s: leaves the database exactly as it was', async (mode) => {
    const source = await freshDb();
    await fillOriginals(source);
    const backup = parsed(await backupFileOf(source));

    const target = await freshDb();
    await fill(target, { scenarios: [other], factorTables: [otherTable], meta: [{ key: 'only-here', value: true }] });
    const before = await snapshot(target);
    // The third scenario written fails, after two have been.
    let created = 0;
    target.scenarios.hook('creating', () => {
      if (++created === 3) throw new Error('disk failure on the third record');
    });
    await expect(restoreBackup(target, backup, mode, BUNDLED)).rejects.toThrow();
    expect(created).toBe(3);
    expect(await snapshot(target)).toEqual(before);
  });
});
