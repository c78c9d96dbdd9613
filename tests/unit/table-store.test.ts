import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { classifyStorageError } from '../../src/data/storage/failures';
import { createScenario } from '../../src/data/storage/scenario-store';
import { deleteImportedTable, storeImportedTable } from '../../src/data/storage/table-store';
import { tableChecksum } from '../../src/domain';
import { loadTestTable, scenarioOf } from '../helpers';

let db: CarboneEviteDb;
afterEach(async () => db?.delete());
const origin = { fileName: 'export.csv', encoding: 'utf-8', rows: 12, rejected: 0 };
const summary = () => ({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 0 });

describe('imported tables', () => {
  it('stores a table whole, with its checksum, once', async () => {
    db = await openDatabase(`tables-${Date.now()}`);
    const table = loadTestTable();
    const record = await storeImportedTable(db, table, origin);
    expect(record.checksum).toBe(tableChecksum(table));
    expect(await db.factorTables.get([table.id, table.version])).toEqual(record);
    // The same content again changes nothing.
    expect(await storeImportedTable(db, table, origin)).toEqual(record);
    expect(await db.factorTables.count()).toBe(1);
  });

  it('stores a table checked already without checking it again, as it would have stored it checked; never one without factors', async () => {
    db = await openDatabase(`tables-${Date.now()}`);
    const table = loadTestTable();
    const record = await storeImportedTable(db, table, origin, {});
    expect(record.checksum).toBe(tableChecksum(table));
    expect(record.table).toBe(table);
    // The checksum taken when the file was read is stored as it is.
    const known = await storeImportedTable(db, { ...table, version: 'known' }, origin, { checksum: 'sha256:taken-when-read' });
    expect(known.checksum).toBe('sha256:taken-when-read');
    const empty = await storeImportedTable(db, { ...table, version: 'empty', factors: [] }, origin, {}).catch((e: unknown) => e);
    expect(classifyStorageError(empty)).toBe('invalid');
    expect(await db.factorTables.count()).toBe(2);
  });

  it('refuses other content under a stored id and version, and keeps the stored one', async () => {
    db = await openDatabase(`tables-${Date.now()}`);
    const table = loadTestTable();
    const stored = await storeImportedTable(db, table, origin);
    const changed = { ...table, factors: table.factors.map((f, i) => (i === 0 ? { ...f, value: 7 } : f)) };
    const failure = await storeImportedTable(db, changed, origin).catch((e: unknown) => e);
    expect(classifyStorageError(failure)).toBe('table-conflict');
    expect(await db.factorTables.get([table.id, table.version])).toEqual(stored);
  });

  it('refuses to delete a table a scenario is pinned to, naming the scenarios', async () => {
    db = await openDatabase(`tables-${Date.now()}`);
    const table = loadTestTable();
    await storeImportedTable(db, table, origin);
    await createScenario(db, { ...scenarioOf([]), name: 'Cantines 2027' }, summary);
    await expect(deleteImportedTable(db, table.id, table.version)).rejects.toMatchObject({ name: 'TableInUseError', scenarioNames: ['Cantines 2027'] });
    expect(await db.factorTables.count()).toBe(1);
    await db.scenarios.clear();
    await deleteImportedTable(db, table.id, table.version);
    expect(await db.factorTables.count()).toBe(0);
  });
});
