// One definition of "the same table": same id, same version, same checksum of the content.
import { describe, expect, it } from 'vitest';
import { sameTable, type FactorTable } from '../../src/domain';
import { loadTestTable } from '../helpers';

// The same content with every object's keys in reverse order.
const reverseKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reverseKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reverseKeys(x)]),
        )
      : v;

describe('sameTable', () => {
  const table = loadTestTable();
  const withFirstValue = (value: number): FactorTable => ({ ...table, factors: table.factors.map((f, i) => (i === 0 ? { ...f, value } : f)) });

  const cases: [string, FactorTable, boolean][] = [
    ['the same object', table, true],
    ['a copy', structuredClone(table), true],
    ['the same content, keys in another order', reverseKeys(table) as FactorTable, true],
    ['one factor value changed (6.29 → 6.3)', withFirstValue(6.3), false],
    ['another version, same factors', { ...table, version: '2' }, false],
    ['another id, same factors', { ...table, id: 'other-table' }, false],
  ];

  it.each(cases)('%s → %s', (_name, other, expected) => {
    expect(sameTable(table, other)).toBe(expected);
    expect(sameTable(other, table)).toBe(expected);
  });
});
