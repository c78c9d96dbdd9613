import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits, type Line, type Scenario } from '../../src/domain';
import { scenarioOf } from '../helpers';

const line = (id: string, quantity = 1): Line => ({
  id,
  quantity,
  unit: 'meal',
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});

const base: Scenario = scenarioOf([line('a'), line('b'), line('c')]);
const ids = (s: Scenario) => s.lines.map((l) => l.id);

describe('scenario edits', () => {
  it('adds, removes and moves lines', () => {
    expect(ids(applyEdit(base, { kind: 'add-line', line: line('d') }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(applyEdit(base, { kind: 'remove-line', lineId: 'b' }))).toEqual(['a', 'c']);
    expect(ids(applyEdit(base, { kind: 'move-line', lineId: 'c', toIndex: 0 }))).toEqual(['c', 'a', 'b']);
    expect(ids(applyEdit(base, { kind: 'move-line', lineId: 'a', toIndex: 99 }))).toEqual(['b', 'c', 'a']);
  });

  it('patches one field of a line and merges side patches', () => {
    const s = applyEdits(base, [
      { kind: 'update-line', lineId: 'b', patch: { quantity: 42 } },
      { kind: 'update-line', lineId: 'b', patch: { baseline: { lifetimeYears: 4 } } },
      { kind: 'update-line', lineId: 'b', patch: { share: 0.3 } },
    ]);
    expect(s.lines[1]).toEqual({ ...line('b', 42), share: 0.3, baseline: { factor: 'meal-beef', lifetimeYears: 4 } });
    expect(base.lines[1]).toEqual(line('b')); // the original is untouched
  });

  it('states, changes and withdraws the uncertainty a buyer assumes for a factor', () => {
    const once = applyEdit(base, { kind: 'set-assumed-uncertainty', factor: 'beef-kg', uncertainty: 0.3 });
    expect(once.assumedUncertainties).toEqual([{ factor: 'beef-kg', uncertainty: 0.3 }]);
    const noted: Scenario = { ...base, assumedUncertainties: [{ factor: 'beef-kg', uncertainty: 0.3, note: 'supplier' }] };
    expect(applyEdit(noted, { kind: 'set-assumed-uncertainty', factor: 'beef-kg', uncertainty: 0.5 }).assumedUncertainties).toEqual([
      { factor: 'beef-kg', uncertainty: 0.5, note: 'supplier' },
    ]);
    const withdrawn = applyEdit(once, { kind: 'set-assumed-uncertainty', factor: 'beef-kg', uncertainty: undefined });
    expect(Object.keys(withdrawn)).not.toContain('assumedUncertainties');
  });

  it('clears an optional field instead of storing it empty', () => {
    const s = applyEdits(base, [
      { kind: 'update-line', lineId: 'a', patch: { share: 0.5, alternative: { lifetimeYears: 3 } } },
      { kind: 'update-line', lineId: 'a', patch: { share: undefined, alternative: { lifetimeYears: undefined } } },
    ]);
    expect(s.lines[0]).toEqual(line('a'));
    expect(Object.keys(s.lines[0]!)).not.toContain('share');
  });

  it('merges edits made in two tabs on different fields of the same line', () => {
    // Tab 1 changed the quantity, tab 2 the share; each applies its edits to the latest stored scenario.
    const afterTab1 = applyEdit(base, { kind: 'update-line', lineId: 'a', patch: { quantity: 10 } });
    const afterTab2 = applyEdit(afterTab1, { kind: 'update-line', lineId: 'a', patch: { share: 0.2 } });
    expect(afterTab2.lines[0]).toMatchObject({ quantity: 10, share: 0.2 });
  });

  it('ignores edits to a line removed meanwhile, and a line added twice', () => {
    const removed = applyEdit(base, { kind: 'remove-line', lineId: 'a' });
    expect(applyEdit(removed, { kind: 'update-line', lineId: 'a', patch: { quantity: 5 } })).toEqual(removed);
    expect(applyEdit(removed, { kind: 'move-line', lineId: 'a', toIndex: 0 })).toEqual(removed);
    expect(applyEdit(base, { kind: 'add-line', line: line('a', 9) })).toEqual(base);
  });

  it('sets, replaces and removes scenario factors', () => {
    const factor = {
      id: 'epd',
      category: 'it' as const,
      label: { fr: 'x', en: 'x' },
      value: 40,
      unit: 'kgCO2e/unit',
      source: 'EPD',
      year: 2025,
      dataKind: 'supplier-specific' as const,
    };
    const once = applyEdit(base, { kind: 'set-custom-factor', factor });
    const twice = applyEdit(once, { kind: 'set-custom-factor', factor: { ...factor, value: 35 } });
    expect(twice.customFactors).toEqual([{ ...factor, value: 35 }]);
    expect(applyEdit(twice, { kind: 'remove-custom-factor', factorId: 'epd' }).customFactors).toEqual([]);
  });
});

describe('buyer and year', () => {
  it('sets and clears the organisation and the year', () => {
    const set = applyEdit(base, { kind: 'set-buyer', organisation: 'Ville de Lille', year: 2026 });
    expect(set).toMatchObject({ organisation: 'Ville de Lille', year: 2026 });
    const cleared = applyEdits(set, [
      { kind: 'set-buyer', organisation: '  ' },
      { kind: 'set-buyer', year: undefined },
    ]);
    expect(Object.keys(cleared)).not.toContain('organisation');
    expect(Object.keys(cleared)).not.toContain('year');
    // Setting one leaves the other alone.
    expect(applyEdit(set, { kind: 'set-buyer', year: 2027 })).toMatchObject({ organisation: 'Ville de Lille', year: 2027 });
  });
});

describe('lines from a ledger', () => {
  it('appends many lines in one edit, skipping ids already there', () => {
    const next = applyEdit(base, { kind: 'add-lines', lines: [line('a', 9), line('x'), line('y')] });
    expect(ids(next)).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect(next.lines[0]?.quantity).toBe(1);
  });
});

describe('flows, period and baseline variants', () => {
  it('states a line one-off or yearly, and clears it back to unstated', () => {
    const yearly = applyEdit(base, { kind: 'update-line', lineId: 'b', patch: { flow: 'yearly' } });
    expect(yearly.lines[1]).toEqual({ ...line('b'), flow: 'yearly' });
    const oneOff = applyEdit(yearly, { kind: 'update-line', lineId: 'b', patch: { flow: 'one-off' } });
    expect(oneOff.lines[1]?.flow).toBe('one-off');
    const unstated = applyEdit(oneOff, { kind: 'update-line', lineId: 'b', patch: { flow: undefined } });
    expect(unstated.lines[1]).toEqual(line('b'));
    expect(Object.keys(unstated.lines[1]!)).not.toContain('flow');
  });

  it('sets the period and clears it', () => {
    const set = applyEdit(base, { kind: 'set-period', periodYears: 4 });
    expect(set.periodYears).toBe(4);
    const cleared = applyEdit(set, { kind: 'set-period', periodYears: undefined });
    expect(Object.keys(cleared)).not.toContain('periodYears');
    expect(cleared).toEqual(base);
  });

  it('adds, labels and removes baseline variants, one per factor and never the line’s own baseline', () => {
    const added = applyEdits(base, [
      { kind: 'add-baseline-variant', lineId: 'a', variant: { factor: 'beef-kg' } },
      { kind: 'add-baseline-variant', lineId: 'a', variant: { factor: 'laptop-new', label: 'x' } },
      // Already there, and the line's own baseline: both change nothing.
      { kind: 'add-baseline-variant', lineId: 'a', variant: { factor: 'beef-kg', label: 'again' } },
      { kind: 'add-baseline-variant', lineId: 'a', variant: { factor: 'meal-beef' } },
    ]);
    expect(added.lines[0]?.baselineVariants).toEqual([{ factor: 'beef-kg' }, { factor: 'laptop-new', label: 'x' }]);

    const labelled = applyEdit(added, { kind: 'label-baseline-variant', lineId: 'a', factor: 'beef-kg', label: 'Beef' });
    expect(labelled.lines[0]?.baselineVariants?.[0]).toEqual({ factor: 'beef-kg', label: 'Beef' });
    const unlabelled = applyEdit(labelled, { kind: 'label-baseline-variant', lineId: 'a', factor: 'beef-kg', label: ' ' });
    expect(unlabelled.lines[0]?.baselineVariants?.[0]).toEqual({ factor: 'beef-kg' });

    const removed = applyEdits(unlabelled, [
      { kind: 'remove-baseline-variant', lineId: 'a', factor: 'laptop-new' },
      { kind: 'remove-baseline-variant', lineId: 'a', factor: 'beef-kg' },
    ]);
    // The last one gone, the line reads as it did before: no empty list stored.
    expect(removed.lines[0]).toEqual(line('a'));
    expect(removed.lines.slice(1)).toEqual(base.lines.slice(1));
  });

  it('ignores variant edits for a line removed meanwhile', () => {
    const removed = applyEdit(base, { kind: 'remove-line', lineId: 'a' });
    expect(applyEdit(removed, { kind: 'add-baseline-variant', lineId: 'a', variant: { factor: 'beef-kg' } })).toEqual(removed);
    expect(applyEdit(removed, { kind: 'label-baseline-variant', lineId: 'a', factor: 'beef-kg', label: 'x' })).toEqual(removed);
  });
});
