// The canonical form is written by JSON.stringify from a key-sorted copy where it can be; it must be, value for
// value, the form the rule gives: keys sorted, no spaces, undefined values left out, each part written by
// JSON.stringify. The rule is written out here, part by part, as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestTableChecksum } from '../../src/data/storage/table-digest';
import { canonicalJson, tableChecksum } from '../../src/domain';
import { loadTestTable } from '../helpers';

function byTheRule(value: unknown): string | undefined {
  if (Array.isArray(value)) return `[${value.map(byTheRule).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${byTheRule((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonical JSON', () => {
  it('is the rule’s form for any value, odd ones included (holes, undefined items, index-like keys, __proto__, class instances)', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        expect(canonicalJson(value)).toBe(byTheRule(value));
      }),
      { numRuns: 3000 },
    );
    const parsedJson = fc.json().map((text) => JSON.parse(text) as unknown);
    fc.assert(
      fc.property(parsedJson, (value) => {
        expect(canonicalJson(value)).toBe(byTheRule(value));
      }),
      { numRuns: 3000 },
    );
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"b":{},"10":1,"9":2}'))).toBe('{"10":1,"9":2,"__proto__":{"x":1},"b":{}}');
  });

  it('is the rule’s form for a whole table', () => {
    const table = loadTestTable();
    expect(canonicalJson(table)).toBe(byTheRule(table));
  });

  it('hashes to the same checksum with the platform’s SHA-256 as in JavaScript', async () => {
    const table = loadTestTable();
    expect(await digestTableChecksum(structuredClone(table))).toBe(tableChecksum(table));
    // An empty object's canonical form is `{}`; `printf '{}' | sha256sum` gives this digest.
    expect(await digestTableChecksum({} as never)).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
