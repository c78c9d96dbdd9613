import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openDatabase, type CarboneEviteDb, type ScenarioSummary } from '../../src/data/storage/db';
import { classifyStorageError } from '../../src/data/storage/failures';
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  readRecord,
  readScenario,
  readScenarioUnlessKnown,
  restoreScenario,
  saveEdits,
  seedOnce,
} from '../../src/data/storage/scenario-store';
import type { Scenario } from '../../src/domain';
import { scenarioOf } from '../helpers';

let dbs: CarboneEviteDb[] = [];
let counter = 0;
async function freshDb(): Promise<CarboneEviteDb> {
  const db = await openDatabase(`test-${Date.now()}-${counter++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

// The summary is the caller's; a stand-in that counts lines is enough to see it stored with each write.
const summarise = (s: Scenario): ScenarioSummary => ({ baselineKgCO2e: 0, avoidedKgCO2e: s.lines.length, lineCount: s.lines.length });
const meals = (id: string, quantity = 10) => ({
  id,
  quantity,
  unit: 'meal' as const,
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});

describe('scenario store', () => {
  it('creates and reads back a scenario exactly', async () => {
    const db = await freshDb();
    const scenario = scenarioOf([meals('a'), meals('b', 3)]);
    const record = await createScenario(db, scenario, summarise);
    expect(await readScenario(db, record.id)).toEqual({ ...record, scenario });
    expect(record.summary.lineCount).toBe(2);
  });

  it('applies two tabs’ edits to the latest stored scenario, each in one transaction', async () => {
    const db = await freshDb();
    const { id } = await createScenario(db, scenarioOf([meals('a')]), summarise);
    // Both tabs loaded revision 1; each saves its own edit without knowing of the other's.
    await saveEdits(db, id, [{ kind: 'update-line', lineId: 'a', patch: { quantity: 99 } }], summarise);
    const after = await saveEdits(db, id, [{ kind: 'update-line', lineId: 'a', patch: { share: 0.25 } }], summarise);
    expect(after.revision).toBe(3);
    expect(after.scenario.lines[0]).toMatchObject({ quantity: 99, share: 0.25 });
  });

  it('refuses an edit that would make the scenario invalid, and keeps what was stored', async () => {
    const db = await freshDb();
    const { id } = await createScenario(db, scenarioOf([meals('a')]), summarise);
    const before = await readScenario(db, id);
    await expect(
      saveEdits(
        db,
        id,
        [
          { kind: 'rename', name: 'Renamed' },
          { kind: 'update-line', lineId: 'a', patch: { quantity: Number.NaN } },
        ],
        summarise,
      ),
    ).rejects.toMatchObject({ name: 'InvalidRecordError' });
    expect(await readScenario(db, id)).toEqual(before);
  });

  it('deletes, and restores exactly on undo', async () => {
    const db = await freshDb();
    const record = await createScenario(db, scenarioOf([meals('a')]), summarise);
    const deleted = await deleteScenario(db, record.id);
    expect(await db.scenarios.count()).toBe(0);
    await restoreScenario(db, deleted!);
    expect(await readScenario(db, record.id)).toEqual(deleted);
  });

  it('duplicates under a new id and name', async () => {
    const db = await freshDb();
    const record = await createScenario(db, scenarioOf([meals('a')]), summarise);
    const copy = await duplicateScenario(db, record.id, 'Copy');
    expect(copy.id).not.toBe(record.id);
    expect(copy.scenario).toEqual({ ...record.scenario, name: 'Copy' });
    expect(await db.scenarios.count()).toBe(2);
  });

  it('seeds the demo once, and not again after it is deleted', async () => {
    const db = await freshDb();
    const first = await seedOnce(db, () => scenarioOf([meals('a')]), summarise);
    expect(first).not.toBeNull();
    await deleteScenario(db, first!.id);
    expect(await seedOnce(db, () => scenarioOf([meals('a')]), summarise)).toBeNull();
    expect(await db.scenarios.count()).toBe(0);
  });

  it('names a full disk as such and loses nothing already stored', async () => {
    const db = await freshDb();
    const { id } = await createScenario(db, scenarioOf([meals('a')]), summarise);
    const before = await readScenario(db, id);
    // The browser refuses the write for lack of space: Dexie passes the DOMException on.
    db.scenarios.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await saveEdits(db, id, [{ kind: 'rename', name: 'x' }], summarise).catch((e: unknown) => e);
    expect(classifyStorageError(failure)).toBe('quota');
    expect(await readScenario(db, id)).toEqual(before);
  });
});

describe('database versions', () => {
  it('refuses a database written by a newer version of the app', async () => {
    const name = `newer-${Date.now()}`;
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ scenarios: 'id, updatedAt', meta: 'key', other: 'id' });
    await newer.open();
    await newer.table('scenarios').put({ id: 'kept' });
    newer.close();
    const failure = await openDatabase(name).catch((e: unknown) => e);
    expect(classifyStorageError(failure)).toBe('newer-database');
    // Nothing of the newer version's data was touched.
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(await again.table('scenarios').get('kept')).toEqual({ id: 'kept' });
    await again.delete();
  });
});

describe('saving on top of the record a tab holds', () => {
  const lines = Array.from({ length: 2500 }, (_, i) => meals(`l${i}`, i + 1));

  async function held(db: CarboneEviteDb) {
    const created = await createScenario(db, scenarioOf(lines), summarise);
    const raw = await readScenario(db, created.id);
    const record = raw && readRecord(raw);
    if (!record) throw new Error('not read back');
    return record;
  }

  it('reads no line chunk when the held record is still the stored revision, and rewrites only the edited chunk', async () => {
    const db = await freshDb();
    const record = await held(db);
    const before = await db.scenarioLines.where('scenarioId').equals(record.id).toArray();
    const bulkGet = vi.spyOn(db.scenarioLines, 'bulkGet');
    const saved = await saveEdits(db, record.id, [{ kind: 'update-line', lineId: 'l1500', patch: { quantity: 7 } }], summarise, record);
    expect(bulkGet).not.toHaveBeenCalled();
    const after = await db.scenarioLines.where('scenarioId').equals(record.id).toArray();
    // 2,500 lines in chunks of 1,000: line 1,500 is in the second chunk; the first and third are as they were.
    expect(after.map((c) => c.lines.length)).toEqual([1000, 1000, 500]);
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1]?.lines[500]?.quantity).toBe(7);
    expect(saved.scenario.lines[1500]?.quantity).toBe(7);
    // The lines the edit left alone are the held objects, so an editor's memo keeps their estimates.
    expect(saved.scenario.lines[0]).toBe(record.scenario.lines[0]);
    expect(await readScenario(db, record.id)).toEqual(saved);
  });

  it('applies the edits to the latest stored scenario when another tab saved since', async () => {
    const db = await freshDb();
    const record = await held(db);
    await saveEdits(db, record.id, [{ kind: 'update-line', lineId: 'l0', patch: { quantity: 99 } }], summarise);
    const saved = await saveEdits(db, record.id, [{ kind: 'update-line', lineId: 'l2', patch: { quantity: 5 } }], summarise, record);
    expect(saved.revision).toBe(record.revision + 2);
    expect([saved.scenario.lines[0]?.quantity, saved.scenario.lines[2]?.quantity]).toEqual([99, 5]);
    expect(await readScenario(db, record.id)).toEqual(saved);
  });

  it('reads the header only while the held record is current, and everything once another write landed', async () => {
    const db = await freshDb();
    const record = await held(db);
    expect(await readScenarioUnlessKnown(db, record.id, record)).toBe(record);
    // This tab's own last save is known as soon as it commits, before the editor holds it.
    const saved = await saveEdits(db, record.id, [{ kind: 'rename', name: 'Cet onglet' }], summarise, record);
    expect(await readScenarioUnlessKnown(db, record.id, record)).toBe(saved);
    // Another tab's write (another module instance: here, the store's bare put) is read whole.
    const header = (await db.scenarios.get(record.id))!;
    await db.scenarios.put({ ...header, revision: saved.revision + 1, scenario: { ...header.scenario, name: 'Autre onglet' } });
    const fresh = await readScenarioUnlessKnown(db, record.id, record);
    expect(fresh).not.toBe(saved);
    expect(fresh?.scenario.name).toBe('Autre onglet');
    // A record restored with the same revision but written at another time is read again too.
    await restoreScenario(db, { ...record, updatedAt: record.updatedAt + 1 });
    expect((await readScenarioUnlessKnown(db, record.id, record))?.updatedAt).toBe(record.updatedAt + 1);
  });
});

describe('line chunks written after the check', () => {
  it('are stamped with the checks, and their lines read back as checked, not checked again', async () => {
    const db = await freshDb();
    const created = await createScenario(db, scenarioOf([meals('a'), meals('b', 3)]), summarise);
    const [chunk] = await db.scenarioLines.where('scenarioId').equals(created.id).toArray();
    expect(chunk?.checkedBy).toMatch(/^[0-9a-f]{16}$/);
    const raw = await readScenario(db, created.id);
    // The check returns the very objects read: it took them as checked.
    expect(readRecord(raw!)?.scenario.lines[1]).toBe(raw!.scenario.lines[1]);
  });

  it('are checked again when another build wrote them, or nothing says they were checked', async () => {
    const db = await freshDb();
    const created = await createScenario(db, scenarioOf([meals('a'), meals('b', 3)]), summarise);
    const [chunk] = await db.scenarioLines.where('scenarioId').equals(created.id).toArray();
    // A quantity below zero, as a damaged record or another version's might hold.
    const damaged = { ...chunk!, lines: [chunk!.lines[0]!, { ...chunk!.lines[1]!, quantity: -1 }] };
    for (const checkedBy of ['0123456789abcdef', undefined]) {
      const { checkedBy: _stamp, ...unstamped } = damaged;
      await db.scenarioLines.put(checkedBy ? { ...damaged, checkedBy } : unstamped);
      expect(readRecord((await readScenario(db, created.id))!), String(checkedBy)).toBeNull();
    }
  });
});

describe('line chunks as IndexedDB holds them', () => {
  /** The record as stored, past Dexie's reading hook. */
  const raw = (db: CarboneEviteDb, key: [string, number]) =>
    new Promise<unknown>((resolve, reject) => {
      const request = db.backendDB().transaction('scenarioLines').objectStore('scenarioLines').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

  it('holds the lines as one JSON text, read back as the lines', async () => {
    const db = await freshDb();
    const scenario = scenarioOf([meals('a'), meals('b', 3)]);
    const created = await createScenario(db, scenario, summarise);
    const stored = (await raw(db, [created.id, 0])) as { linesJson?: string; lines?: unknown };
    expect(stored.lines).toBeUndefined();
    expect(JSON.parse(stored.linesJson!)).toEqual(scenario.lines);
    expect((await readScenario(db, created.id))?.scenario.lines).toEqual(scenario.lines);
  });

  it('reads a chunk whose text is damaged as an unreadable scenario, never a shorter one', async () => {
    const db = await freshDb();
    const created = await createScenario(db, scenarioOf([meals('a'), meals('b', 3)]), summarise);
    await db.scenarioLines.put({ scenarioId: created.id, slot: 0, linesJson: '[{"id": "a", "quan' });
    const read = await readScenario(db, created.id);
    expect(read?.scenario.lines).toHaveLength(1);
    expect(readRecord(read!)).toBeNull();
  });
});
