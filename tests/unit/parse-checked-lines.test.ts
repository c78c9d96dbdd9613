// A scenario checked again after an edit checks the edited lines only, and says where they are.
import { describe, expect, it } from 'vitest';
import { parseLine, parseScenario, type Scenario } from '../../src/domain';
import { scenarioOf } from '../helpers';

const meal = (id: string, quantity: number) => ({
  id,
  quantity,
  unit: 'meal' as const,
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});

describe('parseScenario after an edit', () => {
  const checked = scenarioOf([meal('a', 1), meal('b', 2), meal('c', 3), meal('d', 4)]);

  it('returns the lines it had already checked as they were, and a fresh copy of the others', () => {
    const edited = { ...checked, lines: checked.lines.map((l) => (l.id === 'c' ? { ...l, quantity: 30 } : l)) };
    const again = parseScenario(edited);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.value.lines.map((l) => l.quantity)).toEqual([1, 2, 30, 4]);
    expect(again.value.lines[0]).toBe(checked.lines[0]);
    expect(again.value.lines[3]).toBe(checked.lines[3]);
    expect(again.value.lines[2]).not.toBe(edited.lines[2]);
  });

  it('names the edited line by its place in the scenario', () => {
    const edited = { ...checked, lines: checked.lines.map((l) => (l.id === 'c' ? { ...l, quantity: -1 } : l)) };
    const again = parseScenario(edited);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.problems.map((p) => p.path)).toEqual([['lines', 2, 'quantity']]);
  });

  it('still finds an id used by an edited line and an unchanged one', () => {
    const edited = { ...checked, lines: checked.lines.map((l) => (l.id === 'd' ? { ...l, id: 'a' } : l)) };
    const again = parseScenario(edited);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.problems.map((p) => [p.code, p.path])).toEqual([['duplicate-id', ['lines', 3, 'id']]]);
  });

  it('checks a line copied from a checked one (as a file or a store gives it back)', () => {
    const copied: Scenario = JSON.parse(JSON.stringify(checked));
    const broken = { ...copied, lines: copied.lines.map((l, i) => (i === 1 ? { ...l, unit: 'furlong' } : l)) };
    const again = parseScenario(broken);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.problems[0]?.path.slice(0, 2)).toEqual(['lines', 1]);
  });

  it('takes a line checked on its own (a ledger row) as it is, and refuses a row that is no line', () => {
    const row = parseLine(meal('z', 5));
    expect(row).not.toBeNull();
    const again = parseScenario({ ...checked, lines: [...checked.lines, row] });
    expect(again.ok && again.value.lines[4]).toBe(row);
    expect(parseLine({ ...meal('y', 5), quantity: 'five' })).toBeNull();
  });
});
