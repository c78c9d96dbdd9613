// The figures of aggregate.ts (contracts and € per class of considerations, unknown amounts, ceilings),
// computed over columns: overall or per group, for every row or a filtered selection, and the shares a
// dashboard plots. Tallies are kept in whole cents in typed arrays, one slot per group and class.
import type { DecpFigures, DecpGroup } from './aggregate';
import { CEILING_FLAG, type DecpColumns } from './columns';
import { DECP_AMOUNT_BAND_LIMITS_EUR, rowKeys, UNKNOWN_KEY, type DecpColumnGrouping } from './column-keys';
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type EnvironmentalClass, type SocialClass } from './contract';

// One collator for every sort of names: localeCompare builds one per call.
const KEY_ORDER = new Intl.Collator('en');
const E = ENVIRONMENTAL_CLASSES.length;
const S = SOCIAL_CLASSES.length;

// One group's tallies side by side in one array (contracts, counts and cents per class, unknown amounts,
// ceilings): a row touches a few adjacent cache lines, not eight arrays, which matters with 50,000 buyers.
const CONTRACTS = 0;
const ENV_COUNT = 1;
const SOC_COUNT = ENV_COUNT + E;
const ENV_CENTS = SOC_COUNT + S;
const SOC_CENTS = ENV_CENTS + E;
const UNKNOWN = SOC_CENTS + S;
const CEILING_COUNT = UNKNOWN + 1;
const CEILING_CENTS = CEILING_COUNT + 1;
const WIDTH = CEILING_CENTS + 1;

class Tallies {
  readonly slots: Float64Array;

  constructor(readonly groups: number) {
    this.slots = new Float64Array(groups * WIDTH);
  }

  add(c: DecpColumns, row: number, g: number): void {
    const t = this.slots;
    const at = g * WIDTH;
    const e = c.environmental[row]!;
    const s = c.social[row]!;
    const cents = c.amountCents[row]!;
    t[at + CONTRACTS]! += 1;
    t[at + ENV_COUNT + e]! += 1;
    t[at + SOC_COUNT + s]! += 1;
    const known = cents === cents; // not NaN
    if (known) {
      t[at + ENV_CENTS + e]! += cents;
      t[at + SOC_CENTS + s]! += cents;
    } else t[at + UNKNOWN]! += 1;
    if ((c.flags[row]! & CEILING_FLAG) !== 0) {
      t[at + CEILING_COUNT]! += 1;
      if (known) t[at + CEILING_CENTS]! += cents;
    }
  }

  contracts(g: number): number {
    return this.slots[g * WIDTH + CONTRACTS]!;
  }

  figures(g: number): DecpFigures {
    const t = this.slots;
    const at = g * WIDTH;
    const per = <K extends string>(classes: readonly K[], from: number, scale: number) => {
      const out = {} as Record<K, number>;
      for (let i = 0; i < classes.length; i++) out[classes[i]!] = t[at + from + i]! / scale;
      return out;
    };
    return {
      contracts: t[at + CONTRACTS]!,
      environmental: per(ENVIRONMENTAL_CLASSES, ENV_COUNT, 1),
      social: per(SOCIAL_CLASSES, SOC_COUNT, 1),
      environmentalAmounts: per(ENVIRONMENTAL_CLASSES, ENV_CENTS, 100),
      socialAmounts: per(SOCIAL_CLASSES, SOC_CENTS, 100),
      amountUnknown: t[at + UNKNOWN]!,
      ceilings: { contracts: t[at + CEILING_COUNT]!, amount: t[at + CEILING_CENTS]! / 100 },
    };
  }

  /** The same tallies with room for more groups. */
  grown(groups: number): Tallies {
    const bigger = new Tallies(groups);
    bigger.slots.set(this.slots);
    return bigger;
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
    if (g >= t.groups) t = t.grown(g + 16);
    t.add(columns, row, g);
  });
  const order = keys.keys.map((key, g) => ({ key, g })).filter(({ g }) => g < t.groups && t.contracts(g) > 0);
  // Codes (years, CPV, SIRET, INSEE) sort as text; names of procedures and natures in language order.
  const compare = by === 'procedure' || by === 'nature' ? KEY_ORDER.compare : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  if (by !== 'amount-band') order.sort((a, b) => (a.key === UNKNOWN_KEY ? 1 : b.key === UNKNOWN_KEY ? -1 : compare(a.key, b.key)));
  const names = by === 'buyer' ? new Map(columns.buyer.values.map((siret, code) => [siret, columns.buyerNames[code] ?? ''])) : null;
  return order.map(({ key, g }) => {
    const name = names?.get(key) ?? '';
    return { key, ...(name ? { name } : {}), ...t.figures(g) };
  });
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
