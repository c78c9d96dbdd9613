// Evaluating again with a memo after each edit gives exactly what a fresh evaluation gives, while the lines
// an edit left alone keep their estimate (the same object): an editor of 100,000 lines pays for one line.
import { describe, expect, it } from 'vitest';
import { applyEdit, EvaluationMemo, evaluateScenario, type Scenario, type ScenarioEdit } from '../../src/domain';
import { loadTestTable, scenarioOf } from '../helpers';

const tables = [loadTestTable()];
const meals = (id: string, quantity: number, flow?: 'one-off' | 'yearly') => ({
  id,
  quantity,
  unit: 'meal' as const,
  ...(flow && { flow }),
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});
const trains = (id: string, quantity: number) => ({
  id,
  quantity,
  unit: 'pkm' as const,
  baseline: { factor: 'plane-500-1000' },
  alternative: { factor: 'train-tgv' },
});

function evaluate(scenario: Scenario, memo?: EvaluationMemo) {
  const result = evaluateScenario(scenario, tables, { partial: true, memo });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('EvaluationMemo', () => {
  const start = scenarioOf([
    meals('a', 1000, 'one-off'),
    trains('b', 10_000),
    meals('c', 200, 'yearly'),
    { ...trains('d', 5), baseline: { factor: 'nowhere' } },
  ]);

  it('gives what a fresh evaluation gives, edit after edit', () => {
    const memo = new EvaluationMemo();
    const edits: ScenarioEdit[] = [
      { kind: 'update-line', lineId: 'a', patch: { quantity: 2000 } },
      { kind: 'move-line', lineId: 'c', toIndex: 0 },
      { kind: 'set-period', periodYears: 3 },
      { kind: 'update-line', lineId: 'd', patch: { baseline: { factor: 'plane-500-1000' } } },
      { kind: 'add-lines', lines: [meals('e', 50, 'yearly')] as Scenario['lines'] },
      { kind: 'set-period', periodYears: undefined },
      { kind: 'remove-line', lineId: 'b' },
      { kind: 'update-line', lineId: 'e', patch: { alternative: { factor: 'laptop-new' } } },
    ];
    let scenario = start;
    expect(evaluate(scenario, memo)).toEqual(evaluate(scenario));
    for (const edit of edits) {
      scenario = applyEdit(scenario, edit);
      expect(evaluate(scenario, memo), edit.kind).toEqual(evaluate(scenario));
    }
  });

  it('recomputes the edited line only, and the totals follow it', () => {
    const memo = new EvaluationMemo();
    const before = evaluate(start, memo);
    const after = evaluate(applyEdit(start, { kind: 'update-line', lineId: 'a', patch: { quantity: 2000 } }), memo);
    // 1000 more meals × (6.29 − 0.51) kg = 5780 kg more avoided.
    expect(after.estimate.totals.avoided - before.estimate.totals.avoided).toBeCloseTo(5780, 6);
    const byId = (e: typeof before, id: string) => e.estimate.lines.find((l) => l.id === id);
    expect(byId(after, 'a')).not.toBe(byId(before, 'a'));
    expect(byId(after, 'b')).toBe(byId(before, 'b'));
    expect(byId(after, 'c')).toBe(byId(before, 'c'));
  });

  it('starts again when the scenario brings other factors of its own', () => {
    const memo = new EvaluationMemo();
    const before = evaluate(start, memo);
    const [factor] = scenarioOf([], {
      customFactors: [
        { id: 'my-meal', category: 'food', label: { fr: 'Repas maison', en: 'Home meal' }, value: 1, unit: 'kgCO2e/meal', source: 'Fournisseur', year: 2025 },
      ],
    }).customFactors;
    const custom = applyEdit(start, { kind: 'set-custom-factor', factor: factor! });
    const after = evaluate(custom, memo);
    expect(after).toEqual(evaluate(custom));
    expect(after.estimate.lines.find((l) => l.id === 'b')).not.toBe(before.estimate.lines.find((l) => l.id === 'b'));
  });
});

describe('EvaluationMemo and a scenario read back', () => {
  it('keeps the estimates when the same scenario factors come back as a copy (a save checked again)', () => {
    const own = scenarioOf([meals('a', 10)], {
      customFactors: [
        { id: 'my-meal', category: 'food', label: { fr: 'Repas maison', en: 'Home meal' }, value: 1, unit: 'kgCO2e/meal', source: 'Fournisseur', year: 2025 },
      ],
    });
    const memo = new EvaluationMemo();
    const before = evaluate(own, memo);
    const copy = { ...own, customFactors: JSON.parse(JSON.stringify(own.customFactors)) };
    const after = evaluate(copy, memo);
    expect(after.estimate.lines[0]).toBe(before.estimate.lines[0]);
    expect(after).toEqual(evaluate(copy));
  });
});

describe('EvaluationMemo over many blocks of lines', () => {
  // 3,000 lines: three blocks of 1,024 and the rest; figures varied so that the order of sums would show.
  const many = scenarioOf(
    Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? meals(`m${i}`, 1 + ((i * 7919) % 997) / 7, i % 2 ? 'yearly' : 'one-off') : trains(`t${i}`, 10 + ((i * 104729) % 1009) / 3),
    ),
  );

  it('gives, bit for bit, what a fresh evaluation gives, edits in any block', () => {
    const memo = new EvaluationMemo();
    const edits: ScenarioEdit[] = [
      { kind: 'update-line', lineId: 'm1500', patch: { quantity: 12345.678 } },
      { kind: 'update-line', lineId: 't2999', patch: { quantity: 0.1 } },
      { kind: 'set-period', periodYears: 4 },
      { kind: 'remove-line', lineId: 't1' },
      { kind: 'move-line', lineId: 'm2997', toIndex: 0 },
      { kind: 'add-lines', lines: [meals('new', 3)] as Scenario['lines'] },
      { kind: 'update-line', lineId: 't4', patch: { alternative: { factor: 'laptop-new' } } },
    ];
    let scenario = many;
    expect(evaluate(scenario, memo)).toEqual(evaluate(scenario));
    for (const edit of edits) {
      scenario = applyEdit(scenario, edit);
      const [again, fresh] = [evaluate(scenario, memo), evaluate(scenario)];
      expect(again.estimate.totals, edit.kind).toStrictEqual(fresh.estimate.totals);
      expect(again, edit.kind).toEqual(fresh);
    }
  });

  it('keeps every other line’s estimate when a line is removed or added and the rest shift by a place', () => {
    const memo = new EvaluationMemo();
    const before = evaluate(many, memo).estimate.lines;
    const removed = evaluate(applyEdit(many, { kind: 'remove-line', lineId: 't1' }), memo).estimate.lines;
    // Every line after t1 moved one place back, across all three block boundaries: each its same estimate.
    expect(removed).toHaveLength(2999);
    removed.forEach((line, i) => expect(line).toBe(before[i < 1 ? i : i + 1]));
    // A line moved from the last block to the top shifts every line before its old place one place on.
    const moved = evaluate(applyEdit(applyEdit(many, { kind: 'remove-line', lineId: 't1' }), { kind: 'move-line', lineId: 'm2997', toIndex: 0 }), memo).estimate
      .lines;
    expect(moved[0]?.id).toBe('m2997');
    const byId = new Map(removed.map((line) => [line.id, line]));
    moved.slice(1).forEach((line) => expect(line).toBe(byId.get(line.id)));
  });

  it('adds the edited line’s difference to the totals', () => {
    const memo = new EvaluationMemo();
    const before = evaluate(many, memo).estimate.totals.avoided;
    const line = many.lines[1501]!;
    const after = evaluate(applyEdit(many, { kind: 'update-line', lineId: line.id, patch: { quantity: line.quantity + 100 } }), memo).estimate.totals.avoided;
    // t1501 is a train line: 100 pkm more × (0.225 − 0.00293) kg avoided per pkm = 22.207 kg.
    expect(line.id).toBe('t1501');
    expect(after - before).toBeCloseTo(22.207, 6);
  });
});
