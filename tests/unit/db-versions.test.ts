// Databases written by each schema version open in the current app with every record intact.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openDatabase, SCHEMA_VERSIONS } from '../../src/data/storage/db';
import { LINES_PER_CHUNK, type LineChunk, type ScenarioHeader, type ScenarioRecord } from '../../src/data/storage/scenario-chunks';
import { readAllScenarios, readRecord } from '../../src/data/storage/scenario-store';
import { fixture } from '../helpers';

interface VersionFixture {
  stores: Record<string, unknown[]>;
  /**
   * The records after the upgrade, where the upgrade changes them; else the records as written. Scenarios
   * are compared as the app reads them, whole (since schema 4 they are stored as headers and line chunks).
   */
  expected?: Record<string, unknown[]>;
}

const fixtureFile = (version: number) => fixture(`db/v${version}.json`);

describe('database schema versions', () => {
  it('every schema version has a fixture of the records it stored', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(existsSync(fixtureFile(version)), `tests/fixtures/db/v${version}.json`).toBe(true);
  });

  it('versions are numbered 1, 2, 3… and only ever appended', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version, v.stores] as const))(
    'a database written by schema version %i opens with every record intact',
    async (version, stores) => {
      const data = JSON.parse(readFileSync(fixtureFile(version), 'utf8')) as VersionFixture;
      const name = `db-v${version}-${Date.now()}`;
      // Written by that version: its own stores, nothing of the app's code.
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, records] of Object.entries(data.stores)) await old.table(table).bulkAdd(records);
      });
      old.close();

      const db = await openDatabase(name);
      const expected = data.expected ?? data.stores;
      for (const [table, records] of Object.entries(expected))
        expect(table === 'scenarios' ? await readAllScenarios(db) : await db.table(table).toArray(), table).toEqual(records);
      // And the app reads each scenario back as valid.
      for (const record of await readAllScenarios(db)) expect(readRecord(record), record.id).not.toBeNull();
      await db.delete();
    },
  );
});

describe('schema version 4: lines move into chunks', () => {
  it('moves every line of a version 3 scenario into chunks of at most LINES_PER_CHUNK, in order', async () => {
    const data = JSON.parse(readFileSync(fixtureFile(3), 'utf8')) as VersionFixture;
    const [canteens, other] = data.stores.scenarios as ScenarioRecord[];
    // 2,500 lines: two full chunks and one of 500, by hand (LINES_PER_CHUNK is 1,000).
    expect(LINES_PER_CHUNK).toBe(1000);
    const template = canteens!.scenario.lines[0]!;
    const lines = Array.from({ length: 2500 }, (_, i) => ({ ...template, id: `l${i}`, quantity: i + 1 }));
    const big: ScenarioRecord = { ...canteens!, id: 'big', scenario: { ...canteens!.scenario, lines } };
    const name = `db-v3-v4-${Date.now()}`;
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_VERSIONS[2]!.stores);
    await old.open();
    await old.table('scenarios').bulkAdd([big, other]);
    old.close();

    const db = await openDatabase(name);
    const header = (await db.scenarios.get('big')) as ScenarioHeader;
    expect(header).not.toHaveProperty('scenario.lines');
    expect(header).toMatchObject({ lineCount: 2500, lineChunks: [0, 1, 2], revision: big.revision, summary: big.summary });
    const chunks = (await db.scenarioLines.where('scenarioId').equals('big').sortBy('slot')) as LineChunk[];
    expect(chunks.map((c) => c.lines.length)).toEqual([1000, 1000, 500]);
    expect(chunks[1]!.lines[0]).toEqual({ ...template, id: 'l1000', quantity: 1001 });
    expect(chunks[2]!.lines[499]).toEqual({ ...template, id: 'l2499', quantity: 2500 });
    // The one-line scenario: one chunk; and both read back whole, as written by version 3.
    expect((await db.scenarios.get(other!.id))?.lineChunks).toEqual([0]);
    expect(await readAllScenarios(db)).toEqual([big, other!].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await db.delete();
  });
});
