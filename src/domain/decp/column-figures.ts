// The figures of aggregate.ts (contracts and € per class of considerations, unknown amounts, ceilings),
// computed over columns: overall or per group, for every row or a filtered selection, and the shares a
// dashboard plots. Tallies are kept in whole cents in typed arrays, one slot per group and class.
import type { DecpFigures, DecpGroup } from './aggregate';
import { CEILING_FLAG, type DecpColumns } from './columns';
import { DECP_AMOUNT_BAND_LIMITS_EUR, rowKeys, UNKNOWN_KEY, type DecpColumnGrouping } from './column-keys';
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type EnvironmentalClass, type SocialClass } from './contract';

// One collator for every sort: localeCompare builds one per call, 60 ms for 5,000 buyers.
const KEY_ORDER = new Intl.Collator('en');
const E = ENVIRONMENTAL_CLASSES.length;
const S = SOCIAL_CLASSES.length;

class Tallies {
  readonly contracts: Float64Array;
  readonly environmental: Float64Array;
  readonly social: Float64Array;
  readonly environmentalCents: Float64Array;
  readonly socialCents: Float64Array;
  readonly amountUnknown: Float64Array;
  readonly ceilingContracts: Float64Array;
  readonly ceilingCents: Float64Array;

  constructor(readonly groups: number) {
    this.contracts = new Float64Array(groups);
    this.environmental = new Float64Array(groups * E);
    this.social = new Float64Array(groups * S);
    this.environmentalCents = new Float64Array(groups * E);
    this.socialCents = new Float64Array(groups * S);
    this.amountUnknown = new Float64Array(groups);
    this.ceilingContracts = new Float64Array(groups);
    this.ceilingCents = new Float64Array(groups);
  }

  add(c: DecpColumns, row: number, g: number): void {
    const e = g * E + c.environmental[row]!;
    const s = g * S + c.social[row]!;
    const cents = c.amountCents[row]!;
    this.contracts[g]! += 1;
    this.environmental[e]! += 1;
    this.social[s]! += 1;
    const known = !Number.isNaN(cents);
    if (known) {
      this.environmentalCents[e]! += cents;
      this.socialCents[s]! += cents;
    } else this.amountUnknown[g]! += 1;
    if ((c.flags[row]! & CEILING_FLAG) !== 0) {
      this.ceilingContracts[g]! += 1;
      if (known) this.ceilingCents[g]! += cents;
    }
  }

  figures(g: number): DecpFigures {
    const per = <K extends string>(classes: readonly K[], tally: Float64Array, width: number, scale: number) =>
      Object.fromEntries(classes.map((k, i) => [k, tally[g * width + i]! / scale])) as Record<K, number>;
    return {
      contracts: this.contracts[g]!,
      environmental: per(ENVIRONMENTAL_CLASSES, this.environmental, E, 1),
      social: per(SOCIAL_CLASSES, this.social, S, 1),
      environmentalAmounts: per(ENVIRONMENTAL_CLASSES, this.environmentalCents, E, 100),
      socialAmounts: per(SOCIAL_CLASSES, this.socialCents, S, 100),
      amountUnknown: this.amountUnknown[g]!,
      ceilings: { contracts: this.ceilingContracts[g]!, amount: this.ceilingCents[g]! / 100 },
    };
  }
}

/** Every row, or the rows of a selection (from filterColumns). */
function forRows(columns: DecpColumns, selection: Uint32Array | undefined, visit: (row: number) => void): void {
  if (selection) for (let i = 0; i < selection.length; i++) visit(selection[i]!);
  else for (let row = 0; row < columns.length; row++) visit(row);
}

/** The figures of all the rows (or of a selection) together. */
export function figuresOfColumns(columns: DecpColumns, selection?: Uint32Array): DecpFigures {
  const t = new Tallies(1);
  forRows(columns, selection, (row) => t.add(columns, row, 0));
  return t.figures(0);
}

export interface DecpGroupOptions {
  readonly selection?: Uint32Array;
  readonly amountBandLimitsEur?: readonly number[];
}

/**
 * The figures per group: years, CPV divisions and groups, buyers (with their name), procedures, natures,
 * departments and regions in the order of their keys, amount bands in the order of amounts; `unknown` last.
 */
export function groupColumns(columns: DecpColumns, by: DecpColumnGrouping, options: DecpGroupOptions = {}): DecpGroup[] {
  const limits = options.amountBandLimitsEur ?? DECP_AMOUNT_BAND_LIMITS_EUR;
  const keys = rowKeys(columns, by, limits);
  // Enough slots for every key a text column can give; years are few and added as met.
  let t = new Tallies(Math.max(keys.keys.length, 16));
  forRows(columns, options.selection, (row) => {
    const g = keys.of(row);
    if (g >= t.groups) t = grow(t, g + 16);
    t.add(columns, row, g);
  });
  const order = keys.keys.map((key, g) => ({ key, g })).filter(({ g }) => g < t.groups && t.contracts[g]! > 0);
  if (by !== 'amount-band') order.sort((a, b) => (a.key === UNKNOWN_KEY ? 1 : b.key === UNKNOWN_KEY ? -1 : KEY_ORDER.compare(a.key, b.key)));
  const names = by === 'buyer' ? new Map(columns.buyer.values.map((siret, code) => [siret, columns.buyerNames[code] ?? ''])) : null;
  return order.map(({ key, g }) => {
    const name = names?.get(key) ?? '';
    return { key, ...(name ? { name } : {}), ...t.figures(g) };
  });
}

function grow(t: Tallies, groups: number): Tallies {
  const bigger = new Tallies(groups);
  for (const name of [
    'contracts',
    'environmental',
    'social',
    'environmentalCents',
    'socialCents',
    'amountUnknown',
    'ceilingContracts',
    'ceilingCents',
  ] as const)
    bigger[name].set(t[name]);
  return bigger;
}

export interface DecpClassShares<K extends string> {
  /** Share of the contracts in each class, 0 to 1. */
  readonly contracts: Record<K, number>;
  /** Share of the known amounts in each class, 0 to 1. */
  readonly amounts: Record<K, number>;
  /** Shares of the contracts and of the amounts with any consideration (a clause, a criterion, both, or reserved). */
  readonly any: { readonly contracts: number; readonly amount: number };
}

const ANY_ENVIRONMENTAL: readonly EnvironmentalClass[] = ['clause', 'criterion', 'both'];
const ANY_SOCIAL: readonly SocialClass[] = ['clause', 'criterion', 'both', 'reserved'];

function sharesOf<K extends string>(counts: Record<K, number>, amounts: Record<K, number>, any: readonly K[]): DecpClassShares<K> {
  const total = (r: Record<K, number>) => (Object.values(r) as number[]).reduce((a, b) => a + b, 0);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const n = total(counts);
  const amount = total(amounts);
  const each = (r: Record<K, number>, whole: number) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, share(v as number, whole)])) as Record<K, number>;
  return {
    contracts: each(counts, n),
    amounts: each(amounts, amount),
    any: {
      contracts: share(
        any.reduce((a, k) => a + counts[k], 0),
        n,
      ),
      amount: share(
        any.reduce((a, k) => a + amounts[k], 0),
        amount,
      ),
    },
  };
}

/** Shares of contracts and of amounts per class, environmental and social; `notStated` is a class like any other. */
export function classShares(f: DecpFigures): { environmental: DecpClassShares<EnvironmentalClass>; social: DecpClassShares<SocialClass> } {
  return {
    environmental: sharesOf(f.environmental, f.environmentalAmounts, ANY_ENVIRONMENTAL),
    social: sharesOf(f.social, f.socialAmounts, ANY_SOCIAL),
  };
}
