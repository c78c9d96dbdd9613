// Files, links and backups written before the word was "checksum" carry `hash`: they read as before,
// with `checksum`.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, problemLine, restoreBackup } from '../../src/data/storage/backup';
import { openDatabase } from '../../src/data/storage/db';
import { readAllScenarios } from '../../src/data/storage/scenario-store';
import { readScenarioFile, scenarioToJson } from '../../src/data/formats/scenario-file';
import { decodeShareLink, encodeShareLink } from '../../src/data/formats/share-link';
import { normaliseScenario, tableChecksum, type Scenario } from '../../src/domain';
import { estimateWithTables, loadTestTable } from '../helpers';

const table = loadTestTable();
const checksum = tableChecksum(table);
// As an earlier version wrote it: the pinned table's checksum under `hash`.
const oldScenario = {
  format: 'carbone-evite/scenario@1',
  name: 'Cantines 2026',
  factorTable: { id: table.id, version: table.version, hash: checksum },
  customFactors: [],
  lines: [
    { id: 'l1', quantity: 12000, unit: 'meal', share: 0.25, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
    { id: 'l2', quantity: 120, unit: 'unit', baseline: { factor: 'laptop-new', lifetimeYears: 4 }, alternative: { factor: 'laptop-new', lifetimeYears: 6 } },
  ],
};

describe('a scenario written with `hash`', () => {
  it('reads from a file with `checksum`, and gives the same figures', () => {
    const read = readScenarioFile(JSON.stringify(oldScenario, null, 2), 'old.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario.factorTable).toEqual({ id: table.id, version: table.version, checksum });
    const current = { ...oldScenario, factorTable: { id: table.id, version: table.version, checksum } };
    const again = readScenarioFile(JSON.stringify(current), 'new.json');
    if (!again.ok) throw new Error(again.problems.map(problemLine).join('\n'));
    const before = estimateWithTables(again.scenario, [table]);
    const after = estimateWithTables(read.scenario, [table]);
    expect(after.ok && after.value.totals).toEqual(before.ok && before.value.totals);
    // food 12000 × 0.25 × (6.29 − 0.51) = 17340, it 120 × 156 × (1 − 4/6) = 6240
    expect(after.ok && after.value.totals.avoided).toBeCloseTo(23580, 6);
    // Written back, it says `checksum` only.
    expect(scenarioToJson(read.scenario)).not.toContain('"hash"');
  });

  it('reads from a share link with `checksum`', () => {
    const decoded = decodeShareLink(encodeShareLink(oldScenario as unknown as Scenario));
    expect(decoded.ok && decoded.scenario.factorTable).toEqual({ id: table.id, version: table.version, checksum });
  });

  it('keeps `checksum` when both are there', () => {
    const both = { ...oldScenario.factorTable, checksum: 'sha256:new' };
    expect(normaliseScenario({ ...oldScenario, factorTable: both })).toEqual({
      ...oldScenario,
      factorTable: { id: table.id, version: table.version, checksum: 'sha256:new' },
    });
  });

  it('leaves what is not a scenario to the schema', () => {
    for (const input of [null, 3, 'x', [], {}, { factorTable: null }]) expect(normaliseScenario(input)).toBe(input);
  });
});

describe('a backup written with `hash`', () => {
  const oldBackup = {
    format: 'carbone-evite/backup@1',
    app: 'carbone-evite',
    schemaVersion: 2,
    exportedAt: '2026-03-05T09:12:44.120Z',
    stores: {
      scenarios: [
        {
          id: 's1',
          createdAt: 1764000000000,
          updatedAt: 1764000000000,
          revision: 1,
          scenario: oldScenario,
          summary: { baselineKgCO2e: 1, avoidedKgCO2e: 1, lineCount: 2 },
        },
      ],
      factorTables: [
        {
          id: table.id,
          version: table.version,
          hash: checksum,
          importedAt: 1764000000000,
          table,
          origin: { fileName: 'export.csv', encoding: 'utf-8', rows: 3, rejected: 0 },
        },
      ],
      meta: [],
    },
  };

  it('reads and restores, the table record and the scenario with `checksum`', async () => {
    const parsed = parseBackup(JSON.stringify(oldBackup), 'backup.json');
    if (!parsed.ok) throw new Error(parsed.problems.map(problemLine).join('\n'));
    const db = await openDatabase(`legacy-hash-${Date.now()}`);
    try {
      await restoreBackup(db, parsed.backup, 'replace', []);
      const [record] = await db.factorTables.toArray();
      expect(record).toMatchObject({ id: table.id, version: table.version, checksum });
      expect(record).not.toHaveProperty('hash');
      const [stored] = await readAllScenarios(db);
      expect(stored?.scenario.factorTable).toEqual({ id: table.id, version: table.version, checksum });
    } finally {
      await db.delete();
    }
  });

  it('still finds a table altered after it was imported', () => {
    const altered = { ...table, factors: table.factors.map((f, i) => (i === 0 ? { ...f, value: 0.01 } : f)) };
    const parsed = parseBackup(
      JSON.stringify({ ...oldBackup, stores: { ...oldBackup.stores, factorTables: [{ ...oldBackup.stores.factorTables[0], table: altered }] } }),
      'backup.json',
    );
    // Listed and left out; the rest of the backup is restored without it.
    if (!parsed.ok) throw new Error(parsed.problems.map(problemLine).join('\n'));
    expect(parsed.backup.stores.factorTables).toEqual([]);
    expect(parsed.rejected.flatMap((r) => r.problems.map((problem) => problemLine({ file: 'backup.json', problem })))).toEqual([
      `backup.json: stores.factorTables[0].checksum: The table's content does not match its checksum: it was altered after it was imported (stored ${checksum}, content gives ${tableChecksum(altered)}).`,
    ]);
  });
});
