import { describe, expect, it } from 'vitest';
import { formatPath, parseFactorTable, parseJsonText, parseScenario } from '../../src/domain';
import { loadTestTable } from '../helpers';

const line = { id: 'l1', quantity: 1, unit: 'meal', baseline: { factor: 'a' }, alternative: { factor: 'b' } };
const scenario = (over: object) => ({
  format: 'carbone-evite/scenario@1',
  name: 'S',
  factorTable: { id: 't', version: '1' },
  lines: [line],
  ...over,
});

describe('parseScenario', () => {
  it('fills the defaults', () => {
    const r = parseScenario(scenario({}));
    expect(r.ok && r.value.customFactors).toEqual([]);
  });

  it('returns every problem with its JSON path', () => {
    const r = parseScenario(
      scenario({
        lines: [
          { ...line, quantity: -1, share: 1.5, baseline: { factor: 'a', lifetimeYears: 0 }, unit: 'furlong' },
          { ...line, quantity: Number.POSITIVE_INFINITY },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => formatPath(p.path)).sort()).toEqual(
        ['lines[0].baseline.lifetimeYears', 'lines[0].quantity', 'lines[0].share', 'lines[0].unit', 'lines[1].quantity'].sort(),
      );
  });

  it('refuses the wrong format and duplicate line ids', () => {
    const wrong = parseScenario(scenario({ format: 'carbone-evite/scenario@2' }));
    expect(!wrong.ok && wrong.problems[0]?.path).toEqual(['format']);
    const dup = parseScenario(scenario({ lines: [line, line] }));
    expect(!dup.ok && dup.problems[0]).toMatchObject({ code: 'duplicate-id', path: ['lines', 1, 'id'] });
  });

  it('requires a source on scenario factors', () => {
    const r = parseScenario(scenario({ customFactors: [{ id: 'x', category: 'it', label: { fr: 'x', en: 'x' }, value: 1, unit: 'kgCO2e/unit', year: 2025 }] }));
    expect(!r.ok && r.problems.map((p) => formatPath(p.path))).toEqual(['customFactors[0].source']);
  });
});

describe('parseFactorTable', () => {
  it('refuses duplicate factor ids, unknown units and pairs naming missing factors', () => {
    const table = loadTestTable();
    const first = table.factors[0]!;
    const r = parseFactorTable({
      ...table,
      factors: [...table.factors, { ...first }, { ...first, id: 'odd', unit: 'kgCO2e/furlong' }],
    });
    expect(!r.ok && r.problems.map((p) => formatPath(p.path))).toEqual([`factors[${table.factors.length + 1}].unit`]);
    const r2 = parseFactorTable({ ...table, factors: [...table.factors, { ...first }], pairs: [{ baseline: 'meal-beef', alternative: 'nope' }] });
    expect(!r2.ok && r2.problems.map((p) => [p.code, formatPath(p.path)])).toEqual([
      ['duplicate-id', `factors[${table.factors.length}].id`],
      ['unknown-pair-factor', 'pairs[0].alternative'],
    ]);
  });

  it('refuses an uncertainty outside (0, 4]', () => {
    const table = loadTestTable();
    const r = parseFactorTable({ ...table, factors: [{ ...table.factors[0]!, uncertainty: 0 }] });
    expect(r.ok).toBe(false);
  });
});

describe('parseJsonText', () => {
  it('says where the syntax error is', () => {
    const r = parseJsonText('{\n  "a": 1,\n  }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/line 3, column 3/);
  });
  it('accepts a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
