// A scenario file written in parts (for a Blob) is, joined, the very text written whole.
import { describe, expect, it } from 'vitest';
import { scenarioJsonParts, scenarioToJson } from '../../src/data/formats/scenario-file';
import { scenarioOf } from '../helpers';

const meal = (i: number) => ({
  id: `m${i}`,
  label: `Repas "${i}"\n`,
  quantity: i,
  unit: 'meal' as const,
  baseline: { factor: 'meal-beef', reference: { kind: 'previous-contract' as const, note: 'marché 2024' } },
  alternative: { factor: 'meal-vegetarian' },
});

describe('scenarioJsonParts', () => {
  it('joins into the text of scenarioToJson, whatever the number of lines', () => {
    for (const count of [0, 1, 2, 10_000, 10_001, 25_003]) {
      const scenario = scenarioOf(
        Array.from({ length: count }, (_, i) => meal(i)),
        { periodYears: 3 },
      );
      const parts = scenarioJsonParts(scenario);
      expect(parts.join(''), `${count} lines`).toBe(scenarioToJson(scenario));
      // One part before the lines, one per 10,000 lines, one after.
      expect(parts.length).toBe(count === 0 ? 1 : 2 + Math.ceil(count / 10_000));
    }
  });
});
