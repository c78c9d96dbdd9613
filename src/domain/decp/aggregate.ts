// The figures an analyst reads off DECP contracts: how many contracts, and how many euros excl. VAT, fall
// in each class of environmental and social considerations — overall, or split by year of notification,
// CPV division or buyer. Pure, so the dashboard can group the same way as the command line.
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type DecpContract, type EnvironmentalClass, type SocialClass } from './contract';

export type EnvironmentalCounts = Record<EnvironmentalClass, number>;
export type SocialCounts = Record<SocialClass, number>;

export interface DecpFigures {
  readonly contracts: number;
  readonly environmental: EnvironmentalCounts;
  readonly social: SocialCounts;
  /** € excl. VAT per class; contracts whose amount is unusable add nothing (see `amountUnknown`). */
  readonly environmentalAmounts: EnvironmentalCounts;
  readonly socialAmounts: SocialCounts;
  /** Contracts counted above whose amount is missing, not positive or absurd. */
  readonly amountUnknown: number;
  /** Framework agreements and contracts under them: their amounts, included above, are ceilings, not spend. */
  readonly ceilings: { readonly contracts: number; readonly amount: number };
}

export type DecpGrouping = 'year' | 'cpv' | 'buyer';

export interface DecpGroup extends DecpFigures {
  /** The year (`2024`), the CPV division (`45`) or the buyer's SIRET; `unknown` when the contract does not say. */
  readonly key: string;
  /** The buyer's name when a contract of that buyer gives one. */
  readonly name?: string;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

// Sums in cents: adding thousands of amounts with cents in floating point drifts by a few cents.
interface Tally {
  contracts: number;
  environmental: EnvironmentalCounts;
  social: SocialCounts;
  environmentalCents: EnvironmentalCounts;
  socialCents: SocialCounts;
  amountUnknown: number;
  ceilingContracts: number;
  ceilingCents: number;
  name?: string;
}

const newTally = (): Tally => ({
  contracts: 0,
  environmental: zeros(ENVIRONMENTAL_CLASSES),
  social: zeros(SOCIAL_CLASSES),
  environmentalCents: zeros(ENVIRONMENTAL_CLASSES),
  socialCents: zeros(SOCIAL_CLASSES),
  amountUnknown: 0,
  ceilingContracts: 0,
  ceilingCents: 0,
});

function add(t: Tally, c: DecpContract): void {
  t.contracts += 1;
  t.environmental[c.environmental.class] += 1;
  t.social[c.social.class] += 1;
  const cents = c.amount.value === null ? null : Math.round(c.amount.value * 100);
  if (cents === null) t.amountUnknown += 1;
  else {
    t.environmentalCents[c.environmental.class] += cents;
    t.socialCents[c.social.class] += cents;
  }
  if (c.amountIsCeiling) {
    t.ceilingContracts += 1;
    t.ceilingCents += cents ?? 0;
  }
  if (t.name === undefined && c.buyerName.value !== null) t.name = c.buyerName.value;
}

const euros = <K extends string>(cents: Record<K, number>) =>
  Object.fromEntries(Object.entries(cents).map(([k, v]) => [k, (v as number) / 100])) as Record<K, number>;

function figures(t: Tally): DecpFigures {
  return {
    contracts: t.contracts,
    environmental: t.environmental,
    social: t.social,
    environmentalAmounts: euros(t.environmentalCents),
    socialAmounts: euros(t.socialCents),
    amountUnknown: t.amountUnknown,
    ceilings: { contracts: t.ceilingContracts, amount: t.ceilingCents / 100 },
  };
}

/** The figures of all the contracts together. */
export function aggregateContracts(contracts: Iterable<DecpContract>): DecpFigures {
  const t = newTally();
  for (const c of contracts) add(t, c);
  return figures(t);
}

const GROUP_KEY: Readonly<Record<DecpGrouping, (c: DecpContract) => string | null>> = {
  year: (c) => c.notificationDate.value?.slice(0, 4) ?? null,
  cpv: (c) => c.cpv.value?.slice(0, 2) ?? null,
  buyer: (c) => c.buyerId.value,
};

/** The same figures per group, groups in the order of their keys (`unknown` last). */
export function groupContracts(contracts: Iterable<DecpContract>, by: DecpGrouping): DecpGroup[] {
  const tallies = new Map<string, Tally>();
  for (const c of contracts) {
    const key = GROUP_KEY[by](c) ?? 'unknown';
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = newTally()));
    add(t, c);
  }
  const keys = [...tallies.keys()].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b)));
  return keys.map((key) => {
    const t = tallies.get(key)!;
    return { key, ...(by === 'buyer' && t.name !== undefined ? { name: t.name } : {}), ...figures(t) };
  });
}
