// A scenario stored as a header and line chunks of at most LINES_PER_CHUNK (1,000): an edit writes the
// chunks it changes and the header, nothing else. Writes are counted with Dexie's hooks on the chunks'
// store: `creating` for a new key, `updating` for a chunk rewritten in place, `deleting` for one removed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarboneEviteDb, type LineChunk, type ScenarioSummary } from '../../src/data/storage/db';
import { LINES_PER_CHUNK } from '../../src/data/storage/scenario-chunks';
import { createScenario, deleteScenario, readScenario, saveEdits } from '../../src/data/storage/scenario-store';
import type { Line, Scenario, ScenarioEdit } from '../../src/domain';
import { scenarioOf } from '../helpers';

let db: CarboneEviteDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const summarise = (s: Scenario): ScenarioSummary => ({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: s.lines.length });
const line = (n: number): Line => ({
  id: `l${n}`,
  quantity: n + 1,
  unit: 'meal',
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});
const lines = (from: number, count: number) => Array.from({ length: count }, (_, i) => line(from + i));

/** A stored scenario of `count` lines, and a log of every chunk write from then on. */
async function stored(count: number) {
  db = await openDatabase(`chunks-${Date.now()}-${Math.random()}`);
  const { id } = await createScenario(db, scenarioOf(lines(0, count)), summarise);
  const writes: string[] = [];
  db.scenarioLines.hook('creating', (key: [string, number]) => void writes.push(`create ${key[1]}`));
  db.scenarioLines.hook('updating', (_mods: object, key: [string, number]) => void writes.push(`update ${key[1]}`));
  db.scenarioLines.hook('deleting', (key: [string, number]) => void writes.push(`delete ${key[1]}`));
  const chunks = async () => ((await db!.scenarioLines.where('scenarioId').equals(id).sortBy('slot')) as LineChunk[]).map((c) => [c.slot, c.lines.length]);
  const header = async () => (await db!.scenarios.get(id))!;
  const edit = (...edits: ScenarioEdit[]) => saveEdits(db!, id, edits, summarise);
  return { id, writes, chunks, header, edit };
}

describe('scenario line chunks', () => {
  it('stores 2,500 lines as chunks of 1,000, 1,000 and 500 and a header without lines', async () => {
    expect(LINES_PER_CHUNK).toBe(1000);
    const { id, chunks, header } = await stored(2500);
    expect(await chunks()).toEqual([
      [0, 1000],
      [1, 1000],
      [2, 500],
    ]);
    const h = await header();
    expect(h.lineChunks).toEqual([0, 1, 2]);
    expect(h.lineCount).toBe(2500);
    expect(h.scenario).not.toHaveProperty('lines');
    expect((await readScenario(db!, id))?.scenario.lines).toEqual(lines(0, 2500));
  });

  it('an edit to one line rewrites that line’s chunk only, in place', async () => {
    const { id, writes, chunks, edit } = await stored(2500);
    const before = await db!.scenarioLines.bulkGet([
      [id, 0],
      [id, 2],
    ]);
    // Line 1500 is the 501st line of the second chunk (slot 1).
    await edit({ kind: 'update-line', lineId: 'l1500', patch: { quantity: 7 } });
    expect(writes).toEqual(['update 1']);
    expect(await chunks()).toEqual([
      [0, 1000],
      [1, 1000],
      [2, 500],
    ]);
    expect(
      await db!.scenarioLines.bulkGet([
        [id, 0],
        [id, 2],
      ]),
    ).toEqual(before);
    const read = (await readScenario(db!, id))!.scenario.lines;
    expect(read[1500]).toEqual({ ...line(1500), quantity: 7 });
    expect(read.filter((l, i) => i !== 1500)).toEqual(lines(0, 2500).filter((l, i) => i !== 1500));
  });

  it('a rename writes the header only', async () => {
    const { id, writes, edit } = await stored(2500);
    await edit({ kind: 'rename', name: 'Cantines 2027' });
    expect(writes).toEqual([]);
    expect((await readScenario(db!, id))?.scenario.name).toBe('Cantines 2027');
  });

  it('a line added at the end goes into the last chunk while it has room', async () => {
    const { id, writes, chunks, edit } = await stored(2500);
    await edit({ kind: 'add-line', line: line(2500) });
    expect(writes).toEqual(['update 2']);
    expect(await chunks()).toEqual([
      [0, 1000],
      [1, 1000],
      [2, 501],
    ]);
    expect((await readScenario(db!, id))?.scenario.lines).toEqual(lines(0, 2501));
  });

  it('1,500 lines added fill the last chunk to 1,000 and make one new chunk of 1,000', async () => {
    const { id, writes, chunks, header, edit } = await stored(2500);
    await edit({ kind: 'add-lines', lines: lines(2500, 1500) });
    // 500 stored + 1,500 added = 2,000 lines after the two full chunks: slot 2 rewritten, slot 3 new.
    expect(writes).toEqual(['update 2', 'create 3']);
    expect(await chunks()).toEqual([
      [0, 1000],
      [1, 1000],
      [2, 1000],
      [3, 1000],
    ]);
    expect((await header()).lineChunks).toEqual([0, 1, 2, 3]);
    expect((await readScenario(db!, id))?.scenario.lines).toEqual(lines(0, 4000));
  });

  it('a line removed from the first chunk rewrites that chunk only', async () => {
    const { id, writes, chunks, edit } = await stored(2500);
    await edit({ kind: 'remove-line', lineId: 'l10' });
    expect(writes).toEqual(['update 0']);
    expect(await chunks()).toEqual([
      [0, 999],
      [1, 1000],
      [2, 500],
    ]);
    expect((await readScenario(db!, id))?.scenario.lines).toEqual(lines(0, 2500).filter((l) => l.id !== 'l10'));
  });

  it('a line moved from the last chunk to the front leaves the chunks it passes untouched', async () => {
    const { id, writes, chunks, header, edit } = await stored(2500);
    await edit({ kind: 'move-line', lineId: 'l2400', toIndex: 0 });
    // The moved line, alone in front, takes the slot of the chunk it left (2); that chunk's other 499
    // lines go to a new slot (3); chunks 0 and 1 are not written.
    expect(writes).toEqual(['update 2', 'create 3']);
    expect((await header()).lineChunks).toEqual([2, 0, 1, 3]);
    expect(await chunks()).toEqual([
      [0, 1000],
      [1, 1000],
      [2, 1],
      [3, 499],
    ]);
    const read = (await readScenario(db!, id))!.scenario.lines;
    expect(read.map((l) => l.id).slice(0, 3)).toEqual(['l2400', 'l0', 'l1']);
    expect(read).toHaveLength(2500);
  });

  it('deleting a scenario deletes its chunks', async () => {
    const { id } = await stored(2500);
    await deleteScenario(db!, id);
    expect(await db!.scenarioLines.count()).toBe(0);
    expect(await db!.scenarios.count()).toBe(0);
  });
});
