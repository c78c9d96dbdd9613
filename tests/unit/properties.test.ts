// Properties that hold for any input, over random scenarios built on the test table's factors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compatibleUnits, conversionMultiplier, estimateScenario, UNIT_IDS, type Estimate, type UnitId } from '../../src/domain';
import { loadTestTable, scenarioOf, testIndex } from '../helpers';

const table = loadTestTable();
const index = testIndex();
const byUnit = new Map<string, string[]>();
for (const f of table.factors) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f.id]);

// A baseline and an alternative that share a unit, and a quantity unit of the same dimension.
const linePart = fc.constantFrom(...byUnit.entries()).chain(([unit, ids]) =>
  fc.record({
    baseline: fc.constantFrom(...ids),
    alternative: fc.constantFrom(...ids),
    unit: fc.constantFrom(...compatibleUnits(unit.slice('kgCO2e/'.length) as UnitId)),
  }),
);

const lineArb = fc.record({
  part: linePart,
  quantity: fc.double({ min: 0, max: 1e6, noNaN: true }),
  share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  lb: fc.option(fc.double({ min: 0.25, max: 40, noNaN: true }), { nil: undefined }),
  la: fc.option(fc.double({ min: 0.25, max: 40, noNaN: true }), { nil: undefined }),
});
type LineArb = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

function toLine(l: LineArb, i: number, quantityScale = 1) {
  return {
    id: `l${i}`,
    quantity: l.quantity * quantityScale,
    unit: l.part.unit,
    baseline: { factor: l.part.baseline, lifetimeYears: l.lb },
    alternative: { factor: l.part.alternative, lifetimeYears: l.la },
    share: l.share,
  };
}

function run(lines: LineArb[], quantityScale = 1): Estimate {
  const result = estimateScenario(scenarioOf(lines.map((l, i) => toLine(l, i, quantityScale))), index);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

// Equal up to floating-point rounding, relative to the size of the figures being added up.
const close = (a: number, b: number, scale = 0) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale);

describe('estimate properties', () => {
  it('avoided = baseline − alternative, per line, category and total', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), (lines) => {
        const e = run(lines);
        for (const x of [...e.lines, ...e.categories, e.totals])
          expect(close(x.avoided, x.baseline - x.alternative, Math.max(x.baseline, x.alternative))).toBe(true);
      }),
    );
  });

  it('is linear in the quantity', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 10 }), fc.double({ min: 0.001, max: 1000, noNaN: true }), (lines, k) => {
        const once = run(lines);
        const scaled = run(lines, k);
        expect(close(scaled.totals.baseline, k * once.totals.baseline)).toBe(true);
        expect(close(scaled.totals.alternative, k * once.totals.alternative)).toBe(true);
      }),
    );
  });

  it('a share of 0 avoids nothing', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 10 }), (lines) => {
        const e = run(lines.map((l) => ({ ...l, share: 0 })));
        for (const line of e.lines) expect(line.avoided).toBe(0);
      }),
    );
  });

  it('the same factor and lifetime on both sides avoids nothing', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 10 }), (lines) => {
        const same = lines.map((l) => ({ ...l, part: { ...l.part, alternative: l.part.baseline }, la: l.lb }));
        for (const line of run(same).lines) expect(close(line.avoided, 0, line.baseline)).toBe(true);
      }),
    );
  });

  it('category sums equal the total', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), (lines) => {
        const e = run(lines);
        const sum = (k: 'baseline' | 'alternative' | 'avoided') => e.categories.reduce((s, c) => s + c[k], 0);
        for (const k of ['baseline', 'alternative', 'avoided'] as const)
          expect(close(sum(k), e.totals[k], Math.max(e.totals.baseline, e.totals.alternative))).toBe(true);
        expect(e.categories.reduce((s, c) => s + c.lineCount, 0)).toBe(lines.length);
      }),
    );
  });

  it('unit conversions round-trip within a dimension', () => {
    const pairs = UNIT_IDS.flatMap((a) => compatibleUnits(a).map((b) => [a, b] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: -1e9, max: 1e9, noNaN: true }), ([a, b], x) => {
        const there = conversionMultiplier(a, b) as number;
        const back = conversionMultiplier(b, a) as number;
        expect(close(x * there * back, x)).toBe(true);
      }),
    );
  });
});
