// The scenario list without its screen: search without accents or case, sorting, rename, duplicate, and
// delete with an undo that brings the same record back; a failed write said, nothing lost.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import type { Scenario } from '../../src/domain';
import { ScenarioListState, type ScenarioListHost } from '../../src/ui/scenarios/scenario-list.svelte';
import { unreadableFile, unreadableName } from '../../src/ui/shared/unreadable-record';
import { scenarioOf } from '../helpers';
import { render, settle } from './state-helpers.svelte';

let db: CarboneEviteDb | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.delete();
});

// The undo actions the list offers in its notices.
const undo: { run: () => void }[] = [];
// The summary the list sorts by: here simply the line count times 1000 kg, so that the order is known.
const host: ScenarioListHost = {
  withPinnedChecksum: (scenario: Scenario) => scenario,
  summarise: (scenario: Scenario) => ({ baselineKgCO2e: 0, avoidedKgCO2e: 1000 * scenario.lines.length, lineCount: scenario.lines.length }),
  notify: (_message, action) => void (action && undo.push(action)),
};
const line = (id: string) => ({ id, quantity: 1, unit: 'meal' as const, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } });

async function listWith(...scenarios: Scenario[]): Promise<ScenarioListState> {
  db = await openDatabase(`list-state-${Date.now()}-${Math.random()}`);
  const list = new ScenarioListState(host, db);
  stop = render(() => list.items);
  for (const s of scenarios) await list.create(s);
  await settle(() => expect(list.all).toHaveLength(scenarios.length));
  return list;
}

describe('ScenarioListState', () => {
  it('lists a stored record it cannot read apart, never hiding it, with its raw content to download', async () => {
    const list = await listWith({ ...scenarioOf([line('a')]), name: 'Cantines' }, { ...scenarioOf([]), name: 'Flotte' });
    const flotte = list.all.find((r) => r.scenario.name === 'Flotte')!;
    // As an older or newer version might have left it: a line whose quantity is text.
    const broken = { ...flotte, scenario: { ...flotte.scenario, lines: [{ ...line('x'), quantity: 'beaucoup' }] } };
    await db!.scenarios.put(broken as never);
    await settle(() => expect(list.unreadable.map((r) => r.id)).toEqual([flotte.id]));
    expect(list.all.map((r) => r.scenario.name)).toEqual(['Cantines']);
    expect(unreadableName(list.unreadable[0]!)).toBe('Flotte');
    const file = unreadableFile(list.unreadable[0]!);
    expect(JSON.parse(file.text)).toEqual(broken);
    expect(file.fileName).toBe(`carbone-evite-scenario-illisible-${flotte.id}.json`);
  });

  it('finds “Électricité” by typing “ELECTRICITE” and sorts by what each avoids', async () => {
    const list = await listWith(
      { ...scenarioOf([line('a')]), name: 'Électricité verte' },
      { ...scenarioOf([line('a'), line('b'), line('c')]), name: 'Cantines' },
      { ...scenarioOf([line('a'), line('b')]), name: 'Parc automobile' },
    );
    list.query = 'ELECTRICITE';
    await settle(() => expect(list.items.map((r) => r.scenario.name)).toEqual(['Électricité verte']));
    list.query = '';
    list.sort = 'avoided';
    await settle(() => expect(list.items.map((r) => r.scenario.name)).toEqual(['Cantines', 'Parc automobile', 'Électricité verte']));
    list.sort = 'name';
    await settle(() => expect(list.items.map((r) => r.scenario.name)).toEqual(['Cantines', 'Électricité verte', 'Parc automobile']));
  });

  it('renames, duplicates, and deletes with an undo that restores the same record', async () => {
    const list = await listWith({ ...scenarioOf([line('a')]), name: 'Achats 2026' });
    const [original] = list.all;
    await list.rename(original!.id, 'Achats 2027');
    const copy = await list.duplicate(original!.id, 'Achats 2027 (copie)');
    await settle(() => expect(list.all.map((r) => r.scenario.name).sort()).toEqual(['Achats 2027', 'Achats 2027 (copie)']));

    await list.remove(copy!.id, 'Supprimé', 'Annuler');
    await settle(() => expect(list.all).toHaveLength(1));
    undo.pop()!.run();
    await settle(() => expect(list.all.map((r) => r.id).sort()).toEqual([original!.id, copy!.id].sort()));
    expect(list.storage.failure).toBeNull();
  });

  it('says when the disk is full and keeps what was stored', async () => {
    const list = await listWith({ ...scenarioOf([line('a')]), name: 'Gardé' });
    db!.scenarios.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await list.create({ ...scenarioOf([line('a')]), name: 'Refusé' })).toBeUndefined();
    expect(list.storage.failure).toBe('quota');
    expect((await db!.scenarios.toArray()).map((r) => r.scenario.name)).toEqual(['Gardé']);
  });
});
