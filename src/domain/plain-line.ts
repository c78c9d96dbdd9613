// The line check's fast lane. Without `eval` (the app's CSP forbids it) zod checks a line field by field
// through its generic code: ~6 µs a line, 0.6 s for a 100,000-line file, most of an import. Nearly every line
// is plain — an id, a quantity, a unit, two factors, a share, a flow, labels — and such a line is checked here
// by hand, returned in the very shape and key order zod returns. Anything else (costs, assumptions, baseline
// variants, a key it does not read, a value out of bounds, a key holding `undefined`) returns null and goes to zod, which alone
// words the problems: this lane only ever accepts, never explains. A property test holds it to zod's verdict.
import { MAX_LIFETIME_YEARS, MAX_QUANTITY, MAX_QUANTITY_RATIO } from './bounds';
import { CATEGORY_IDS } from './categories';
import { REFERENCE_KINDS, FLOWS, type Line } from './schemas';
import { UNIT_IDS } from './units';

const CATEGORIES: ReadonlySet<unknown> = new Set(CATEGORY_IDS);
const UNITS: ReadonlySet<unknown> = new Set(UNIT_IDS);
const REFERENCES: ReadonlySet<unknown> = new Set(REFERENCE_KINDS);
const FLOW_SET: ReadonlySet<unknown> = new Set(FLOWS);

/**
 * A line's keys this lane reads. A line with any other key goes to zod, whether the schema knows it (costs,
 * assumptions, a field added later) or drops it: the lane never has to know which.
 */
const LINE_KEYS: ReadonlySet<string> = new Set(['id', 'label', 'labels', 'category', 'quantity', 'unit', 'baseline', 'alternative', 'share', 'flow']);

type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const within = (value: unknown, low: number, high: number, lowOpen = false): value is number =>
  typeof value === 'number' && Number.isFinite(value) && (lowOpen ? value > low : value >= low) && value <= high;

/** A non-empty string once trimmed, trimmed (zod's `nonEmpty`), or null. */
function trimmed(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length ? text : null;
}

/** Whether every key of `record` is among `keys` and none holds `undefined` (zod would keep such a key). */
function knownKeys(record: Rec, keys: ReadonlySet<string>): boolean {
  for (const key in record) if (record[key] === undefined || !keys.has(key)) return false;
  return true;
}

const LOCALIZED_KEYS: ReadonlySet<string> = new Set(['fr', 'en']);

function localized(value: unknown): { fr: string; en: string } | null {
  if (!isRecord(value) || !knownKeys(value, LOCALIZED_KEYS)) return null;
  const fr = trimmed(value.fr);
  const en = trimmed(value.en);
  return fr !== null && en !== null ? { fr, en } : null;
}

const REFERENCE_KEYS: ReadonlySet<string> = new Set(['kind', 'note', 'notes']);

function reference(value: unknown): NonNullable<Line['baseline']['reference']> | null {
  if (!isRecord(value) || !knownKeys(value, REFERENCE_KEYS) || !REFERENCES.has(value.kind)) return null;
  const out: Rec = { kind: value.kind };
  if (value.note !== undefined) {
    if (typeof value.note !== 'string') return null;
    out.note = value.note;
  }
  if (value.notes !== undefined) {
    const notes = localized(value.notes);
    if (!notes) return null;
    out.notes = notes;
  }
  return out as NonNullable<Line['baseline']['reference']>;
}

const BASELINE_KEYS: ReadonlySet<string> = new Set(['factor', 'lifetimeYears', 'reference']);
const ALTERNATIVE_KEYS: ReadonlySet<string> = new Set(['factor', 'lifetimeYears', 'quantityRatio']);

/** A side's factor and lifetime, then its own key (reference or quantity ratio), in the schema's order. */
function side(value: unknown, keys: ReadonlySet<string>, own: 'reference' | 'quantityRatio'): Rec | null {
  if (!isRecord(value) || !knownKeys(value, keys)) return null;
  const factor = trimmed(value.factor);
  if (factor === null) return null;
  const out: Rec = { factor };
  if (value.lifetimeYears !== undefined) {
    if (!within(value.lifetimeYears, 0, MAX_LIFETIME_YEARS, true)) return null;
    out.lifetimeYears = value.lifetimeYears;
  }
  const extra = value[own];
  if (extra !== undefined) {
    const read = own === 'reference' ? reference(extra) : within(extra, 0, MAX_QUANTITY_RATIO, true) ? extra : null;
    if (read === null) return null;
    out[own] = read;
  }
  return out;
}

/**
 * The line as LineSchema would return it when it is plain and valid; null when it is not plain (zod then
 * checks it) or not valid (zod then says why).
 */
export function acceptPlainLine(input: unknown): Line | null {
  if (!isRecord(input)) return null;
  if (!knownKeys(input, LINE_KEYS)) return null;
  const id = trimmed(input.id);
  if (id === null) return null;
  // Built in the schema's key order, so that a line written back out reads the same whichever lane checked it.
  const out: Rec = { id };
  if (input.label !== undefined) {
    if (typeof input.label !== 'string') return null;
    out.label = input.label;
  }
  if (input.labels !== undefined) {
    const labels = localized(input.labels);
    if (!labels) return null;
    out.labels = labels;
  }
  if (input.category !== undefined) {
    if (!CATEGORIES.has(input.category)) return null;
    out.category = input.category;
  }
  if (!within(input.quantity, 0, MAX_QUANTITY) || !UNITS.has(input.unit)) return null;
  out.quantity = input.quantity;
  out.unit = input.unit;
  const baseline = side(input.baseline, BASELINE_KEYS, 'reference');
  const alternative = side(input.alternative, ALTERNATIVE_KEYS, 'quantityRatio');
  if (!baseline || !alternative) return null;
  out.baseline = baseline;
  out.alternative = alternative;
  if (input.share !== undefined) {
    if (!within(input.share, 0, 1)) return null;
    out.share = input.share;
  }
  if (input.flow !== undefined) {
    if (!FLOW_SET.has(input.flow)) return null;
    out.flow = input.flow;
  }
  return out as Line;
}
