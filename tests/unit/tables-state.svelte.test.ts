// The factor tables screen without its components: import an export or a JSON table, choose factors,
// store them in one write, list them, refuse deleting a table in use, and say a storage failure.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsvBytes, importBaseCarbone } from '../../src/data/formats/base-carbone';
import { formatPath } from '../../src/domain';
import { describeProblem } from '../../src/i18n/problem-words';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { createScenario } from '../../src/data/storage/scenario-store';
import { storeImportedTable } from '../../src/data/storage/table-store';
import type { ReadTableFile } from '../../src/ui/tables/table-import.svelte';
import { TablesState } from '../../src/ui/tables/tables.svelte';
import { fixture, loadTestTable, scenarioOf } from '../helpers';
import { french, render, settle, TestApp } from './state-helpers.svelte';

let dbs: CarboneEviteDb[] = [];
let stops: (() => void)[] = [];
let counter = 0;
afterEach(async () => {
  stops.forEach((stop) => stop());
  for (const db of dbs) await db.delete();
  dbs = [];
  stops = [];
});

/** A tables screen on a fresh database, shown (its rows read) as long as the test runs. */
async function openScreen(read?: ReadTableFile) {
  const db = await openDatabase(`tables-state-${Date.now()}-${counter++}`);
  dbs.push(db);
  const app = new TestApp(db, [{ ...loadTestTable(), id: 'bundled-table' }]);
  const tables = new TablesState(app, french, db, read);
  stops.push(render(() => tables.rows));
  return { db, app, tables };
}

// What the import worker does, on the main thread: the worker itself needs a browser.
const readInThisThread: ReadTableFile = async (file, onProgress, tableId) => {
  const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  return { result: importBaseCarbone(text, { fileName: file.name, tableId, onProgress }), encoding, parseMs: 0 };
};
const fileOf = (path: string, name: string) => new File([readFileSync(path)], name);
const summarise = () => ({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 0 });

describe('TablesState', () => {
  it('lists the bundled tables, then the imported ones with their file', async () => {
    const { db, tables } = await openScreen();
    expect(tables.rows.map((r) => [r.key, r.table.factors.length, r.imported])).toEqual([['bundled-table@1', 12, null]]);
    await storeImportedTable(db, loadTestTable(), { fileName: 'mine.json', encoding: 'utf-8', rows: 12, rejected: 0 });
    await settle(() => expect(tables.rows).toHaveLength(2));
    const imported = tables.rows[1]!;
    expect(imported.key).toBe('test-table@1');
    expect(imported.imported?.fileName).toBe('mine.json');
    // `sha256:` left out, 12 hex digits kept.
    expect(imported.shortChecksum).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reads an ADEME export, keeps the factors chosen and stores them in one write', async () => {
    const { db, app, tables } = await openScreen(readInThisThread);
    const importer = tables.importer;
    importer.choose(fileOf(fixture('base-carbone/sample.csv'), 'sample.csv'));
    await importer.read();
    // The sample's 10 rows: 4 factors, 3 rejected (archived, source data, a unit per toe), 3 breakdowns.
    expect(importer.progress).toBeNull();
    expect(importer.parsed?.counts).toEqual({ rows: 10, accepted: 4, rejected: 3, skipped: 3 });
    expect(importer.parsed?.rejected.map((r) => [r.row, r.reason])).toEqual([
      [9, 'archived'],
      [10, 'not-a-factor'],
      [11, 'unit'],
    ]);
    expect([...importer.kept].sort()).toEqual(['bc-20683', 'bc-20687', 'bc-26739', 'bc-43642']);

    // "PATE" finds "Pâte à papier": case and accents are ignored.
    importer.query = 'PATE';
    expect(importer.matches.map((f) => f.id)).toEqual(['bc-26739']);
    importer.dropMatches();
    importer.query = '';
    importer.category = 'food';
    expect(importer.matches.map((f) => f.id)).toEqual(['bc-20687', 'bc-20683']);
    importer.keep('bc-20683', false);
    expect(importer.kept.size).toBe(2);

    const record = await importer.save();
    expect(record?.table.factors.map((f) => f.id)).toEqual(['bc-43642', 'bc-20687']);
    expect(app.notices).toEqual(['Table base-carbone-import 2025-04-24 enregistrée (2 facteurs).']);
    expect(importer.outcome).toBeNull();
    expect(await db.factorTables.count()).toBe(1);
    expect((await db.factorTables.get(['base-carbone-import', '2025-04-24']))?.origin).toEqual({
      fileName: 'sample.csv',
      encoding: 'utf-8',
      rows: 10,
      rejected: 3,
    });
    await settle(() => expect(tables.rows.map((r) => r.key)).toEqual(['bundled-table@1', 'base-carbone-import@2025-04-24']));
  });

  it('imports a table in its JSON format, and refuses a broken one with the JSON path', async () => {
    const { db, tables } = await openScreen();
    const importer = tables.importer;
    importer.choose(new File(['{"format": "carbone-evite/factor-table@1", "id": "Bad Id", "version": "1"}'], 'broken.json'));
    await importer.read();
    expect(importer.parsed).toBeNull();
    // Every problem, named with its file, worded in the reader's language from its code; the JSON path kept.
    const [first] = importer.problems;
    expect(first?.file).toBe('broken.json');
    expect(describeProblem(first!.problem, 'fr')).toEqual({ text: 'Identifiant : n’a pas la forme attendue', path: 'id' });
    expect(describeProblem(first!.problem, 'en')).toEqual({ text: 'Identifier: is not in the expected form', path: 'id' });
    expect(importer.problems.map((p) => formatPath(p.problem.path))).toContain('factors');

    importer.choose(fileOf(fixture('test-table.json'), 'test-table.json'));
    await importer.read();
    expect(importer.problems).toEqual([]);
    // "boeuf" finds "Repas avec du bœuf" and "Bœuf, entrecôte crue": the ligature folds too.
    importer.query = 'boeuf';
    expect(importer.matches.map((f) => f.id)).toEqual(['meal-beef', 'beef-kg']);
    importer.dropMatches();
    expect(importer.kept.size).toBe(10);
    await importer.save();
    expect(tables.storage.failure).toBeNull();
    const stored = (await db.factorTables.get(['test-table', '1']))?.table;
    expect(stored?.factors).toHaveLength(10);
    // The table's one pair, beef meal → vegetarian meal, lost its baseline: it goes with it.
    expect(stored?.pairs).toEqual([]);
  });

  it('refuses deleting a table a scenario uses, naming the scenario, then deletes it once unused', async () => {
    const { db, app, tables } = await openScreen();
    await storeImportedTable(db, loadTestTable(), { fileName: 'mine.json', encoding: 'utf-8', rows: 12, rejected: 0 });
    const user = await createScenario(db, { ...scenarioOf([]), name: 'Cantines 2027' }, summarise);

    expect(await tables.remove('test-table', '1')).toBe(false);
    expect(tables.inUse).toEqual({ table: 'test-table 1', scenarioNames: ['Cantines 2027'] });
    expect(tables.storage.failure).toBeNull();
    expect(app.notices).toEqual([]);
    expect(await db.factorTables.count()).toBe(1);

    await db.scenarios.delete(user.id);
    expect(await tables.remove('test-table', '1')).toBe(true);
    expect(tables.inUse).toBeNull();
    expect(app.notices).toEqual(['La table test-table 1 a été supprimée.']);
    await settle(() => expect(tables.rows.map((r) => r.key)).toEqual(['bundled-table@1']));
  });

  it('says a storage failure by its reason and keeps what was read, to try again', async () => {
    const { db, app, tables } = await openScreen();
    const importer = tables.importer;
    // Another content already stored under the same id and version: a version never changes.
    const stored = loadTestTable();
    const changed = stored.factors.map((f, i) => (i === 0 ? { ...f, value: 7 } : f));
    await storeImportedTable(db, { ...stored, factors: changed }, { fileName: 'older.json', encoding: 'utf-8', rows: 12, rejected: 0 });
    importer.choose(fileOf(fixture('test-table.json'), 'test-table.json'));
    await importer.read();
    expect(await importer.save()).toBeUndefined();
    expect(tables.storage.failure).toBe('table-conflict');
    expect(importer.parsed?.table.id).toBe('test-table');

    // The database closed under the screen (another tab upgraded it, say).
    db.close();
    expect(await tables.remove('test-table', '1')).toBe(false);
    expect(tables.storage.failure).toBe('unavailable');
    expect(tables.inUse).toBeNull();
    expect(app.notices).toEqual([]);
  });
});
