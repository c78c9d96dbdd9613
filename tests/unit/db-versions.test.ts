// Databases written by each schema version open in the current app with every record intact.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openDatabase, SCHEMA_VERSIONS } from '../../src/data/storage/db';
import { readRecord } from '../../src/data/storage/scenario-store';
import { fixture } from '../helpers';

interface VersionFixture {
  stores: Record<string, unknown[]>;
  /** The records after the upgrade, where the upgrade changes them; else the records as written. */
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
      for (const [table, records] of Object.entries(expected)) expect(await db.table(table).toArray(), table).toEqual(records);
      // And the app reads each scenario back as valid.
      for (const record of await db.scenarios.toArray()) expect(readRecord(record), record.id).not.toBeNull();
      await db.delete();
    },
  );
});
