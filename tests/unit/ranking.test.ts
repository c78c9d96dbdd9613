import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankedByAvoided } from '../../src/ui/results/ranking';

describe('rankedByAvoided', () => {
  it('gives the first lines of a stable sort, most avoided first, ties in the scenario order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (values, limit) => {
        const lines = values.map((avoided, i) => ({ id: i, avoided }));
        const expected = [...lines].sort((a, b) => b.avoided - a.avoided).slice(0, limit);
        expect(rankedByAvoided(lines, limit)).toEqual(expected);
      }),
    );
  });

  it('ranks by hand', () => {
    const lines = [
      { id: 'a', avoided: 1 },
      { id: 'b', avoided: 3 },
      { id: 'c', avoided: 3 },
      { id: 'd', avoided: -2 },
      { id: 'e', avoided: 2 },
    ];
    expect(rankedByAvoided(lines, 3).map((l) => l.id)).toEqual(['b', 'c', 'e']);
    expect(rankedByAvoided(lines).map((l) => l.id)).toEqual(['b', 'c', 'e', 'a', 'd']);
  });
});
