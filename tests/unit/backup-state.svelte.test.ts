// Backup and restore without the panel: the file saved, a broken one refused, a merge that keeps what
// changed since as a copy, a replace that says what it erases, clearing everything, a failure said.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_CHARS } from '../../src/data/storage/backup';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { createScenario, saveEdits } from '../../src/data/storage/scenario-store';
import { storeImportedTable } from '../../src/data/storage/table-store';
import { BackupState } from '../../src/ui/backup/backup.svelte';
import { loadTestTable, scenarioOf } from '../helpers';
import { french } from './state-helpers.svelte';

let dbs: CarboneEviteDb[] = [];
let counter = 0;
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

const summarise = () => ({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 0 });

/** A backup panel on a database holding one scenario and one imported table; the files it saves are kept. */
async function openPanel() {
  const db = await openDatabase(`backup-state-${Date.now()}-${counter++}`);
  dbs.push(db);
  await storeImportedTable(db, loadTestTable(), { fileName: 'mine.json', encoding: 'utf-8', rows: 12, rejected: 0 });
  const canteens = await createScenario(db, { ...scenarioOf([]), name: 'Cantines' }, summarise);
  const notices: string[] = [];
  const saved: { text: string; fileName: string; type: string }[] = [];
  const panel = new BackupState({ notify: (m) => notices.push(m), bundledTables: [loadTestTable()] }, french, db, (text, fileName, type) =>
    saved.push({ text, fileName, type }),
  );
  return { db, panel, notices, saved, canteens };
}

const names = async (db: CarboneEviteDb) => (await db.scenarios.toArray()).map((r) => r.scenario.name).sort();

describe('BackupState', () => {
  it('saves every store as one dated JSON file', async () => {
    const { panel, saved } = await openPanel();
    expect(await panel.exportAll()).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toMatch(/^carbone-evite-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved[0]!.type).toBe('application/json');
    const backup = JSON.parse(saved[0]!.text);
    expect(backup.format).toBe('carbone-evite/backup@1');
    expect(backup.stores.scenarios.map((r: { scenario: { name: string } }) => r.scenario.name)).toEqual(['Cantines']);
    expect(backup.stores.factorTables).toHaveLength(1);
  });

  it('refuses a broken file, planning and writing nothing', async () => {
    const { db, panel } = await openPanel();
    await panel.choose(new File(['{"format": "carbone-evite/backup@1"'], 'cut.json'));
    expect(panel.problems.length).toBeGreaterThan(0);
    expect(panel.backup).toBeNull();
    expect(panel.plan).toBeNull();
    expect(await names(db)).toEqual(['Cantines']);
  });

  it('says it is reading a file while it reads, refuses one over the limit unread and says one that cannot be read', async () => {
    const { db, panel } = await openPanel();
    let release!: (text: string) => void;
    const reading = panel.choose({ name: 'grande.json', size: 1000, text: () => new Promise<string>((r) => (release = r)) });
    expect(panel.working).toBe('reading');
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    release('{"format": "carbone-evite/backup@1"');
    await reading;
    expect(panel.working).toBeNull();
    expect(panel.problems.length).toBeGreaterThan(0);

    const text = vi.fn(async () => '{}');
    await panel.choose({ name: 'enorme.json', size: MAX_BACKUP_CHARS + 1, text });
    expect(text).not.toHaveBeenCalled();
    expect(panel.problems.map((p) => [p.file, p.problem.code, p.problem.params?.size])).toEqual([['enorme.json', 'file-too-large', MAX_BACKUP_CHARS + 1]]);

    await panel.choose({ name: 'casse.json', size: 10, text: () => Promise.reject(new DOMException('could not be read', 'NotReadableError')) });
    expect(panel.problems.map((p) => [p.file, p.problem.code])).toEqual([['casse.json', 'unreadable-file']]);
    expect(await names(db)).toEqual(['Cantines']);
  });

  it('merges, keeping a scenario changed since and adding the backup’s as a copy; then replaces', async () => {
    const { db, panel, notices, saved, canteens } = await openPanel();
    await panel.exportAll();
    const file = new File([saved[0]!.text], 'backup.json');
    await saveEdits(db, canteens.id, [{ kind: 'rename', name: 'Cantines 2027' }], summarise);
    await createScenario(db, { ...scenarioOf([]), name: 'Flotte' }, summarise);

    await panel.choose(file);
    expect(panel.plan?.mode).toBe('merge');
    expect(panel.plan?.scenarios.copied.map((c) => c.storedName)).toEqual(['Cantines 2027']);
    expect(panel.plan?.scenarios.added).toEqual([]);
    expect(await panel.restore()).toBeDefined();
    expect(notices).toEqual(['Sauvegarde restaurée : 1 scénario(s) ajouté(s), dont 1 en copie.']);
    expect(panel.backup).toBeNull();
    expect(await names(db)).toEqual([expect.stringMatching(/^Cantines \(sauvegarde du \d{4}-\d{2}-\d{2}\)$/), 'Cantines 2027', 'Flotte']);

    // Replace: the three scenarios and the table stored now give way to the backup's one scenario and table.
    await panel.choose(file);
    await panel.setMode('replace');
    expect(panel.plan?.mode).toBe('replace');
    expect(panel.plan?.scenarios.removed).toHaveLength(3);
    expect(panel.plan?.factorTables.removed).toHaveLength(1);
    await panel.restore();
    expect(notices[1]).toBe('Sauvegarde restaurée : 1 scénario(s) ajouté(s), dont 0 en copie.');
    expect(await names(db)).toEqual(['Cantines']);
  });

  it('saves an unreadable stored scenario as it is, and its restore lists it before and after, restoring the rest', async () => {
    const { db, panel, saved, canteens } = await openPanel();
    // A record this version cannot read: a line whose quantity is text.
    // An id after any UUID: the backup lists records by id, and the assertions below name its place (2nd).
    const broken = { ...canteens, id: 'zz-broken', scenario: { ...canteens.scenario, name: 'Ancien', lines: [{ quantity: 'beaucoup' }] } };
    await db.scenarios.add(broken as never);
    expect(await panel.exportAll()).toBe(true);
    const text = saved[0]!.text;
    expect(JSON.parse(text).stores.scenarios.find((r: { id: string }) => r.id === 'zz-broken')).toEqual(broken);

    await panel.choose(new File([text], 'sauvegarde.json'));
    await panel.setMode('replace');
    expect(panel.problems).toEqual([]);
    expect(panel.rejected.map((r) => [r.store, r.index, r.label])).toEqual([['scenarios', 1, 'Ancien']]);
    expect(panel.plan?.scenarios.added.map((s) => s.name)).toEqual(['Cantines']);
    // What is stored now is named even when it cannot be read.
    expect(panel.plan?.scenarios.removed.map((s) => s.name).sort()).toEqual(['Ancien', 'Cantines']);
    await panel.restore();
    expect(panel.done?.rejected.map((r) => r.label)).toEqual(['Ancien']);
    expect(panel.done?.fileName).toBe('sauvegarde.json');
    expect(await names(db)).toEqual(['Cantines']);
  });

  it('clears all data only once confirmed', async () => {
    const { db, panel, notices } = await openPanel();
    panel.askReset();
    expect(panel.confirmingReset).toBe(true);
    panel.cancelReset();
    expect(await db.scenarios.count()).toBe(1);

    panel.askReset();
    expect(await panel.reset()).toBe(true);
    expect(panel.confirmingReset).toBe(false);
    expect(notices).toEqual(['Toutes les données locales ont été effacées.']);
    expect([await db.scenarios.count(), await db.factorTables.count()]).toEqual([0, 0]);
  });

  it('says a storage failure by its reason, and keeps the confirmation open to try again', async () => {
    const { db, panel, notices, saved } = await openPanel();
    db.close();
    expect(await panel.exportAll()).toBe(false);
    expect(saved).toEqual([]);
    expect(panel.storage.failure).toBe('unavailable');
    panel.askReset();
    expect(await panel.reset()).toBe(false);
    expect(panel.confirmingReset).toBe(true);
    expect(notices).toEqual([]);
  });
});
