// What the contracts dashboard shows of grouped figures: per group the contracts and euros of each class of
// one kind of considerations with their shares, and how far each group is from a target share of contracts
// with a consideration. Pure: the screen, its exports and the tests read the same rows.
import type { DecpFigures, DecpGroup } from './aggregate';
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type EnvironmentalClass, type SocialClass } from './contract';

export type DecpConsideration = 'environmental' | 'social';
export type DecpClass = EnvironmentalClass | SocialClass;

/** The classes of a kind of considerations, in the order a dashboard stacks them. */
export const classesOf = (consideration: DecpConsideration): readonly DecpClass[] =>
  consideration === 'environmental' ? ENVIRONMENTAL_CLASSES : SOCIAL_CLASSES;

/** The classes that count as "with a consideration": a clause, a criterion, both, or (social) a reserved contract. */
export const WITH_CONSIDERATION: Readonly<Record<DecpConsideration, readonly DecpClass[]>> = {
  environmental: ['clause', 'criterion', 'both'],
  social: ['clause', 'criterion', 'both', 'reserved'],
};

export interface DecpClassCell {
  readonly contracts: number;
  /** € excl. VAT of the contracts whose amount is known. */
  readonly amount: number;
  /** Of the group's contracts, 0 to 1. */
  readonly contractShare: number;
  /** Of the group's known amounts, 0 to 1. */
  readonly amountShare: number;
}

export interface DecpShareRow {
  /** The group's key (`2024`, `45`, a SIRET…), or `all` for the row of every contract shown. */
  readonly key: string;
  readonly name?: string;
  readonly contracts: number;
  /** € excl. VAT, known amounts only. */
  readonly amount: number;
  readonly amountUnknown: number;
  readonly ceilings: { readonly contracts: number; readonly amount: number };
  readonly cells: Readonly<Record<DecpClass, DecpClassCell>>;
  /** Shares with any consideration (see WITH_CONSIDERATION). */
  readonly withConsideration: { readonly contracts: number; readonly amount: number };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** One row of figures: a group's, or the whole selection's under the key `all`. */
export function shareRow(figures: DecpFigures & { key?: string; name?: string }, consideration: DecpConsideration): DecpShareRow {
  const counts = figures[consideration] as Record<DecpClass, number>;
  const amounts = (consideration === 'environmental' ? figures.environmentalAmounts : figures.socialAmounts) as Record<DecpClass, number>;
  const classes = classesOf(consideration);
  const amount = classes.reduce((sum, c) => sum + amounts[c], 0);
  const cells = Object.fromEntries(
    classes.map((c) => [
      c,
      { contracts: counts[c], amount: amounts[c], contractShare: ratio(counts[c], figures.contracts), amountShare: ratio(amounts[c], amount) },
    ]),
  ) as Record<DecpClass, DecpClassCell>;
  const any = WITH_CONSIDERATION[consideration];
  return {
    key: figures.key ?? 'all',
    ...(figures.name ? { name: figures.name } : {}),
    contracts: figures.contracts,
    amount,
    amountUnknown: figures.amountUnknown,
    ceilings: figures.ceilings,
    cells,
    withConsideration: {
      contracts: ratio(
        any.reduce((n, c) => n + counts[c], 0),
        figures.contracts,
      ),
      amount: ratio(
        any.reduce((n, c) => n + amounts[c], 0),
        amount,
      ),
    },
  };
}

export const shareRows = (groups: readonly DecpGroup[], consideration: DecpConsideration): DecpShareRow[] => groups.map((g) => shareRow(g, consideration));

export interface DecpTargetGap {
  readonly key: string;
  readonly name?: string;
  readonly contracts: number;
  /** Share of the group's contracts with a consideration, 0 to 1. */
  readonly share: number;
  /** Target minus share, 0 when the target is met. */
  readonly gap: number;
  /** Contracts that would need a consideration for the group to reach the target (rounded up). */
  readonly missing: number;
}

/**
 * Each group's distance from a target share of contracts with a consideration, furthest first (then the
 * groups with more contracts first: a buyer of 200 contracts at 0 % matters more than one of 1).
 */
export function targetGaps(groups: readonly DecpGroup[], consideration: DecpConsideration, target: number): DecpTargetGap[] {
  const any = WITH_CONSIDERATION[consideration];
  return groups
    .map((g) => {
      const counts = g[consideration] as Record<DecpClass, number>;
      const withIt = any.reduce((n, c) => n + counts[c], 0);
      const share = ratio(withIt, g.contracts);
      // A tolerance of a millionth, so that 3 of 3 at a 100 % target is no gap of 1e-16.
      const gap = Math.max(0, target - share) < 1e-9 ? 0 : target - share;
      return {
        key: g.key,
        ...(g.name ? { name: g.name } : {}),
        contracts: g.contracts,
        share,
        gap,
        missing: gap === 0 ? 0 : Math.ceil(target * g.contracts - withIt - 1e-9),
      };
    })
    .sort((a, b) => b.gap - a.gap || b.contracts - a.contracts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
