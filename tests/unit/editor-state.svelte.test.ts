// The editor without its screen: edits shown at once and saved in one write, a failed save setting its
// edits aside (shown, said, retried or abandoned by the person) without blocking later edits, an edit the stored scenario refuses dropped, and two tabs keeping each
// other's edits. Figures by hand from the test table (beef meal 6.29, vegetarian 0.51 kgCO2e).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { createScenario, readScenario } from '../../src/data/storage/scenario-store';
import type { FactorTable, Scenario } from '../../src/domain';
import { EditorState, type EditorHost } from '../../src/ui/editor/editor.svelte';
import { loadTestTable, scenarioOf } from '../helpers';
import { render, settle } from './state-helpers.svelte';

let db: CarboneEviteDb | undefined;
const stops: (() => void)[] = [];
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  await db?.delete();
});

const table = loadTestTable();
const host: EditorHost = {
  tables: [table],
  tableFor: (scenario: Scenario): FactorTable | undefined => (scenario.factorTable.id === table.id ? table : undefined),
};
const summarise = (scenario: Scenario) => ({ baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: scenario.lines.length });
const meals = { id: 'm', quantity: 100, unit: 'meal' as const, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } };

async function openEditor(lines = [meals]): Promise<{ editor: EditorState; id: string }> {
  db = await openDatabase(`editor-state-${Date.now()}-${Math.random()}`);
  const { id } = await createScenario(db, scenarioOf(lines), summarise);
  const editor = new EditorState(host, db, id);
  stops.push(render(() => [editor.stored, editor.evaluation]));
  await settle(() => expect(editor.stored).not.toBe('loading'));
  return { editor, id };
}

const quantityEdit = (quantity: number) => ({ kind: 'update-line' as const, lineId: 'm', patch: { quantity } });

describe('EditorState', () => {
  it('shows an edit at once and saves it in one write', async () => {
    const { editor, id } = await openEditor();
    // 100 meals: 100 × (6.29 − 0.51) = 578 kg avoided.
    expect(editor.evaluation.estimate?.totals.avoided).toBeCloseTo(578, 9);
    editor.edit(quantityEdit(300));
    // Before any save: 300 × 5.78 = 1734 kg.
    expect(editor.evaluation.estimate?.totals.avoided).toBeCloseTo(1734, 9);
    expect(editor.hasUnsavedEdits).toBe(true);
    await editor.flush();
    expect(editor.hasUnsavedEdits).toBe(false);
    expect(editor.failure).toBeNull();
    const stored = await readScenario(db!, id);
    expect(stored?.scenario.lines[0]?.quantity).toBe(300);
    expect(stored?.revision).toBe(2);
    expect(editor.savedAt).toBe(stored?.updatedAt);
  });

  it('sets the edits aside when the disk is full, says so, and saves them when the person retries', async () => {
    const { editor, id } = await openEditor();
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db!.scenarios.hook('updating', full);
    editor.edit(quantityEdit(250));
    await editor.flush();
    expect(editor.failure).toBe('quota');
    expect(editor.hasUnsavedEdits).toBe(true);
    expect(editor.unsaved).toEqual([quantityEdit(250)]);
    expect((await readScenario(db!, id))?.scenario.lines[0]?.quantity).toBe(100);
    // Still shown: 250 × 5.78 = 1445 kg.
    expect(editor.evaluation.estimate?.totals.avoided).toBeCloseTo(1445, 9);
    // Not tried again on its own: another flush leaves it aside.
    db!.scenarios.hook('updating').unsubscribe(full);
    await editor.flush();
    expect(editor.unsaved).toHaveLength(1);
    expect((await readScenario(db!, id))?.scenario.lines[0]?.quantity).toBe(100);

    await editor.retryUnsaved();
    expect(editor.failure).toBeNull();
    expect(editor.hasUnsavedEdits).toBe(false);
    expect((await readScenario(db!, id))?.scenario.lines[0]?.quantity).toBe(250);
  });

  it('a write the browser refuses as too large does not block later edits, and can be abandoned', async () => {
    const { editor, id } = await openEditor();
    // Chromium refuses a record above ~133 MB with this error (not reproduced for real: a unit test
    // injects it on the line chunks' store, which only the added lines write).
    const tooLarge = () => {
      throw new DOMException('The serialized keys and/or value are too large (size=140000000 bytes, max=133169152 bytes).', 'UnknownError');
    };
    db!.scenarioLines.hook('creating', tooLarge);
    db!.scenarioLines.hook('updating', tooLarge);
    const added = [1, 2, 3].map((n) => ({ ...meals, id: `n${n}` }));
    editor.edit({ kind: 'add-lines', lines: added });
    await editor.flush();
    expect(editor.failure).toBe('too-large');
    expect(editor.unsaved).toEqual([{ kind: 'add-lines', lines: added }]);
    db!.scenarioLines.hook('creating').unsubscribe(tooLarge);
    db!.scenarioLines.hook('updating').unsubscribe(tooLarge);

    // A later rename is stored at once, without the lines set aside; both stay shown.
    editor.edit({ kind: 'rename', name: 'Cantines 2027' });
    await editor.flush();
    const stored = await readScenario(db!, id);
    expect(stored?.scenario.name).toBe('Cantines 2027');
    expect(stored?.scenario.lines.map((l) => l.id)).toEqual(['m']);
    expect(editor.scenario?.lines.map((l) => l.id)).toEqual(['m', 'n1', 'n2', 'n3']);
    expect(editor.failure).toBe('too-large');

    editor.abandonUnsaved();
    expect(editor.failure).toBeNull();
    expect(editor.hasUnsavedEdits).toBe(false);
    expect(editor.scenario?.lines.map((l) => l.id)).toEqual(['m']);
  });

  it('an edit saved at once right after a flush with nothing to save is stored (a blur, then the ledger’s add)', async () => {
    const { editor, id } = await openEditor();
    void editor.flush();
    editor.edit(quantityEdit(120));
    await editor.flush();
    expect(editor.hasUnsavedEdits).toBe(false);
    expect((await readScenario(db!, id))?.scenario.lines[0]?.quantity).toBe(120);
  });

  it('saves a whole batch of lines at once, or withdraws it and says why when the disk is full', async () => {
    const { editor, id } = await openEditor();
    const more = { ...meals, id: 'n', quantity: 50 };
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db!.scenarios.hook('updating', full);
    expect(await editor.saveNow({ kind: 'add-lines', lines: [more] })).toBe('quota');
    // Withdrawn, not queued to come back later: the screen shows the one stored line, the store holds it.
    expect(editor.hasUnsavedEdits).toBe(false);
    expect(editor.scenario?.lines.map((l) => l.id)).toEqual(['m']);
    expect((await readScenario(db!, id))?.scenario.lines).toHaveLength(1);

    db!.scenarios.hook('updating').unsubscribe(full);
    expect(await editor.saveNow({ kind: 'add-lines', lines: [more] })).toBeNull();
    expect((await readScenario(db!, id))?.scenario.lines.map((l) => l.id)).toEqual(['m', 'n']);
    // 150 meals: 150 × 5.78 = 867 kg avoided.
    await settle(() => expect(editor.evaluation.estimate?.totals.avoided).toBeCloseTo(867, 9));
  });

  it('says a stored record it cannot read is there and unreadable, not missing', async () => {
    const { editor, id } = await openEditor();
    const raw = await db!.scenarios.get(id);
    await db!.scenarios.put({ ...raw!, scenario: { ...raw!.scenario, lines: [{ ...meals, quantity: 'many' }] } } as never);
    await settle(() => expect(editor.unreadable?.id).toBe(id));
    expect(editor.stored).toBeNull();
  });

  it('drops an edit the stored scenario refuses, and says why', async () => {
    const { editor, id } = await openEditor();
    editor.edit(quantityEdit(-5));
    await editor.flush();
    expect(editor.failure).toBe('invalid');
    expect(editor.hasUnsavedEdits).toBe(false);
    expect((await readScenario(db!, id))?.scenario.lines[0]?.quantity).toBe(100);
  });

  it('two tabs on one scenario keep each other’s edits', async () => {
    const { editor: first, id } = await openEditor();
    const second = new EditorState(host, db!, id);
    stops.push(render(() => [second.stored, second.scenario]));
    await settle(() => expect(second.stored).not.toBe('loading'));

    first.edit(quantityEdit(400));
    second.edit({ kind: 'rename', name: 'Cantines 2027' });
    await Promise.all([first.flush(), second.flush()]);
    const stored = await readScenario(db!, id);
    expect(stored?.scenario.name).toBe('Cantines 2027');
    expect(stored?.scenario.lines[0]?.quantity).toBe(400);
    await settle(() => expect(second.scenario?.lines[0]?.quantity).toBe(400));
    await settle(() => expect(first.scenario?.name).toBe('Cantines 2027'));
  });
});

describe('EditorState: flows, period and baseline variants', () => {
  const yearlyMeals = { ...meals, id: 'y', quantity: 50 };

  it('keeps a yearly flow apart until the period is stated, then counts it over the period', async () => {
    const { editor, id } = await openEditor([meals, yearlyMeals]);
    editor.edit({ kind: 'update-line', lineId: 'm', patch: { flow: 'one-off' } });
    editor.edit({ kind: 'update-line', lineId: 'y', patch: { flow: 'yearly' } });
    let estimate = editor.evaluation.estimate!;
    // One-off: 100 × (6.29 − 0.51) = 578 kg; the yearly flow, 50 × 5.78 = 289 kg a year, is shown apart.
    expect(estimate.basis).toBe('one-off');
    expect(estimate.totals.avoided).toBeCloseTo(578, 9);
    expect(estimate.flows.yearly.avoided).toBeCloseTo(289, 9);
    expect(estimate.findings.map((f) => f.code)).toEqual(['yearly-flow-without-period']);
    expect(estimate.lines.find((l) => l.id === 'y')?.counted).toBe(false);

    editor.edit({ kind: 'set-period', periodYears: 3 });
    estimate = editor.evaluation.estimate!;
    // Over 3 years: 578 + 3 × 289 = 1445 kg.
    expect(estimate.basis).toBe('period');
    expect(estimate.periodYears).toBe(3);
    expect(estimate.totals.avoided).toBeCloseTo(1445, 9);
    expect(estimate.findings).toEqual([]);

    await editor.flush();
    const stored = (await readScenario(db!, id))!.scenario;
    expect(stored.periodYears).toBe(3);
    expect(stored.lines.map((l) => l.flow)).toEqual(['one-off', 'yearly']);

    editor.edit({ kind: 'set-period', periodYears: undefined });
    // Without the period again: back to the one-off total.
    expect(editor.evaluation.estimate!.totals.avoided).toBeCloseTo(578, 9);
  });

  it('shows a baseline variant beside the line and leaves the total alone', async () => {
    const { editor, id } = await openEditor();
    editor.edit({ kind: 'add-baseline-variant', lineId: 'm', variant: { factor: 'meal-vegetarian', label: 'menu déjà végétarien' } });
    editor.edit({ kind: 'add-baseline-variant', lineId: 'm', variant: { factor: 'meal-beef' } });
    const line = editor.evaluation.estimate!.lines[0]!;
    // With the vegetarian meal as baseline: 100 × 0.51 = 51 kg on both sides, nothing avoided. The
    // line's own baseline is not added a second time as a variant.
    expect(line.variants.map((v) => [v.label, v.baseline, v.avoided])).toEqual([['menu déjà végétarien', 51, 0]]);
    expect(editor.evaluation.estimate!.totals.avoided).toBeCloseTo(578, 9);

    await editor.flush();
    expect((await readScenario(db!, id))!.scenario.lines[0]!.baselineVariants).toEqual([{ factor: 'meal-vegetarian', label: 'menu déjà végétarien' }]);
    editor.edit({ kind: 'remove-baseline-variant', lineId: 'm', factor: 'meal-vegetarian' });
    expect(editor.evaluation.estimate!.lines[0]!.variants).toEqual([]);
  });
});
