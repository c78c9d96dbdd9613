// The line check's fast lane (plain-line.ts) held to zod's verdict: whatever it accepts, LineSchema accepts
// too and returns the very same object, key order included; the plain lines files are made of do take it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/domain/categories';
import { acceptPlainLine } from '../../src/domain/plain-line';
import { FLOWS, LineSchema, REFERENCE_KINDS } from '../../src/domain/schemas';
import { UNIT_IDS } from '../../src/domain/units';

/** Equal values with their keys in the same order, all the way down (-0 is not 0, as Object.is says). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const text = fc.oneof(fc.constantFrom('', ' ', '  a ', 'meal-beef', 'Repas', '\u00a0x\u00a0', '\t'), fc.string({ maxLength: 6 }));
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, -1, 1e12, 1e12 + 1, 1e6, 1e6 + 1, 1000, 1001, Number.NaN, Infinity, -Infinity, 1e-300),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 2000 }),
);
// Any JSON-like value, for a field given the wrong kind of thing.
const odd = fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant([]), fc.constant({}), text, number);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: odd }), { nil: undefined, freq: 3 });
const localized = fc.record({ fr: text, en: text, extra: maybe(text) }, { requiredKeys: [] });
const reference = fc.record({ kind: fc.oneof(fc.constantFrom(...REFERENCE_KINDS), text), note: maybe(text), notes: maybe(localized) }, { requiredKeys: [] });

/** The plain lines files are made of: always valid. */
const plainLine = fc
  .record(
    {
      id: fc.stringMatching(/^ ?[a-z0-9-]{1,8} ?$/),
      label: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      quantity: fc.double({ min: 0, max: 1e12, noNaN: true }),
      unit: fc.constantFrom(...UNIT_IDS),
      baseline: fc.record({
        factor: fc.constantFrom('meal-beef', ' laptop-new'),
        lifetimeYears: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
      }),
      alternative: fc.record({
        factor: fc.constantFrom('meal-vegetarian'),
        quantityRatio: fc.option(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { nil: undefined }),
      }),
      share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      flow: fc.option(fc.constantFrom(...FLOWS), { nil: undefined }),
    },
    { requiredKeys: ['id', 'quantity', 'unit', 'baseline', 'alternative'] },
  )
  .map((line) => JSON.parse(JSON.stringify(line)) as unknown);

/** Every field a plain line may hold, valid, for the near lines below to spoil. */
const word = fc.stringMatching(/^ ?[a-zé0-9-]{1,6} ?$/);
const validLocalized = fc.record({ fr: word, en: word });
const fullLine = fc.record({
  id: word,
  label: fc.string({ maxLength: 6 }),
  labels: validLocalized,
  category: fc.constantFrom(...CATEGORY_IDS),
  quantity: fc.double({ min: 0, max: 1e12, noNaN: true }),
  unit: fc.constantFrom(...UNIT_IDS),
  baseline: fc.record({
    factor: word,
    lifetimeYears: fc.double({ min: 0.1, max: 1000, noNaN: true }),
    reference: fc.record({ kind: fc.constantFrom(...REFERENCE_KINDS), note: fc.string({ maxLength: 4 }), notes: validLocalized }, { requiredKeys: ['kind'] }),
  }),
  alternative: fc.record({ factor: word, lifetimeYears: fc.integer({ min: 1, max: 1000 }), quantityRatio: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  flow: fc.constantFrom(...FLOWS),
});
const PATHS = [
  'id',
  'label',
  'labels',
  'labels.fr',
  'category',
  'quantity',
  'unit',
  'baseline',
  'baseline.factor',
  'baseline.lifetimeYears',
  'baseline.reference',
  'baseline.reference.kind',
  'alternative',
  'alternative.factor',
  'alternative.quantityRatio',
  'share',
  'flow',
  'costs',
  'assumptions',
  'baselineVariants',
  'extra',
];

/** Near the schema: a full line with up to three fields (or parts of fields) spoilt, dropped or set to `undefined`. */
const nearLine = fc
  .tuple(fullLine, fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.oneof(odd, localized, reference, fc.constant('drop'))), { maxLength: 3 }))
  .map(([line, spoils]) => {
    const out = structuredClone(line) as Record<string, unknown>;
    for (const [path, value] of spoils) {
      const keys = path.split('.');
      let at = out;
      for (const key of keys.slice(0, -1)) {
        if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
        at = at[key] as Record<string, unknown>;
      }
      const last = keys.at(-1) as string;
      if (value === 'drop') delete at[last];
      else at[last] = value;
    }
    return out;
  });

describe('the line check’s fast lane', () => {
  it('accepts only what LineSchema accepts, and returns what it returns, key order included', () => {
    let taken = 0;
    fc.assert(
      fc.property(nearLine, (input) => {
        const fast = acceptPlainLine(input);
        if (fast === null) return;
        taken++;
        const parsed = LineSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(same(fast, parsed.data)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // Spoilt lines that still pass (a dropped label, a valid value put back) must be common, or this proves little.
    expect(taken).toBeGreaterThan(2_000);
  });

  it('takes the plain lines files are made of, as zod returns them', () => {
    fc.assert(
      fc.property(plainLine, (input) => {
        const fast = acceptPlainLine(input);
        expect(fast).not.toBeNull();
        expect(same(fast, LineSchema.parse(input))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('trims ids and factors as the schema does', () => {
    const line = { id: ' l1 ', quantity: 3, unit: 'kg', baseline: { factor: ' a ' }, alternative: { factor: 'b' } };
    expect(acceptPlainLine(line)).toEqual({ id: 'l1', quantity: 3, unit: 'kg', baseline: { factor: 'a' }, alternative: { factor: 'b' } });
  });

  it('leaves to zod every line with a key it does not read, so that a field the schema gains is never dropped', () => {
    const plain = { id: 'l1', quantity: 3, unit: 'kg', baseline: { factor: 'a' }, alternative: { factor: 'b' } };
    const lineKeys = Object.keys(LineSchema.shape);
    for (const key of lineKeys.filter((k) => !(k in plain) && !['label', 'labels', 'category', 'share', 'flow'].includes(k)))
      expect(acceptPlainLine({ ...plain, [key]: {} }), key).toBeNull();
    expect(acceptPlainLine({ ...plain, colour: 'red' })).toBeNull();
    expect(acceptPlainLine({ ...plain, baseline: { factor: 'a', colour: 'red' } })).toBeNull();
  });

  it('leaves to zod the lines it does not read whole, and the lines it would have to refuse', () => {
    const plain = { id: 'l1', quantity: 3, unit: 'kg', baseline: { factor: 'a' }, alternative: { factor: 'b' } };
    expect(acceptPlainLine({ ...plain, costs: { baseline: { purchase: 2 } } })).toBeNull();
    expect(acceptPlainLine({ ...plain, baselineVariants: [] })).toBeNull();
    expect(acceptPlainLine({ ...plain, assumptions: {} })).toBeNull();
    expect(acceptPlainLine({ ...plain, quantity: 1e12 + 1 })).toBeNull();
    expect(acceptPlainLine({ ...plain, share: 1.5 })).toBeNull();
    expect(acceptPlainLine({ ...plain, label: undefined })).toBeNull();
    expect(acceptPlainLine({ ...plain, id: '   ' })).toBeNull();
  });
});
