// The emissions embodied in what the contracts buy, as an order of magnitude: each contract's amount times
// the monetary ratio its CPV code maps to (spend-mapping.ts), per CPV division. An inventory of purchases,
// never avoided emissions (rule 8: spend-based only as a last resort): a ratio gives the same emissions to a
// sustainable and a conventional purchase of the same price, which the result says in both languages.
import { conversionMultiplier, parseFactorUnit } from '../units';
import type { Factor } from '../schemas';
import { CEILING_FLAG, type DecpColumns } from './columns';
import { UNKNOWN_KEY } from './column-keys';
import { spendEntryOf, type ResolvedSpendMapping, type SpendEntry } from './spend-mapping';

type Words = { readonly fr: string; readonly en: string };

/** kgCO2e: the central figure and the range the ratios' published uncertainty gives. */
export interface SpendRange {
  readonly central: number;
  readonly low: number;
  readonly high: number;
}

/** The contracts of one division that fall under one mapping entry (the division itself, or one of its groups). */
export interface SpendPart {
  /** The mapping entry's key (`45`, `391`), or the division's key when the mapping has no entry for it. */
  readonly key: string;
  readonly label: Words | null;
  /** Null: unmapped. */
  readonly factor: Pick<Factor, 'id' | 'label' | 'value' | 'unit' | 'uncertainty' | 'basis' | 'sourceId'> | null;
  readonly reason: Words;
  /** Contracts with a usable amount that is not a framework ceiling. */
  readonly contracts: number;
  /** € excl. VAT of those contracts. */
  readonly amountEur: number;
  /** Null when unmapped. */
  readonly kgCO2e: SpendRange | null;
  /** Framework agreements and contracts under one: estimated maxima, apart from the figures above. */
  readonly ceilings: { readonly contracts: number; readonly amountEur: number; readonly kgCO2e: SpendRange | null };
  /** Contracts whose amount is missing or unusable: in no figure. */
  readonly amountUnknown: number;
}

export interface SpendTotals {
  readonly contracts: number;
  readonly amountEur: number;
  readonly mappedAmountEur: number;
  readonly unmappedAmountEur: number;
  readonly kgCO2e: SpendRange;
}

export interface SpendDivision extends SpendTotals {
  /** Two digits, or `unknown` for contracts without a CPV code (concessions have none). */
  readonly division: string;
  readonly label: Words | null;
  readonly ceilings: SpendTotals;
  readonly amountUnknown: number;
  readonly parts: SpendPart[];
}

export interface EmissionsAtStake {
  readonly mapping: { readonly version: string; readonly checksum: string };
  readonly table: { readonly id: string; readonly version: string; readonly checksum: string };
  readonly divisions: SpendDivision[];
  /** Every division together, ceilings left out. */
  readonly total: SpendTotals;
  /** Framework ceilings, never in `total`: what they would weigh if every ceiling were spent. */
  readonly ceilings: SpendTotals;
  readonly amountUnknown: number;
  /** The euro years of the ratios used (amounts are taken as published, not deflated to them). */
  readonly euroYears: number[];
  /** Ratios used without a published uncertainty: their range is zero-width and the range is incomplete (rule 9). */
  readonly withoutUncertainty: string[];
  readonly statement: Words;
}

export const SPEND_STATEMENT: Words = {
  fr:
    'Ordre de grandeur des émissions contenues dans les achats (ratios monétaires SDES/INSEE), pas des émissions évitées. ' +
    'Un ratio monétaire ne distingue pas un achat durable d’un achat conventionnel : à montant égal il leur donne les mêmes émissions, ' +
    'et un produit durable plus cher paraît plus émetteur. Montants hors TVA en euros de l’année du contrat, ratios en euros 2023, sans déflation.',
  en:
    'An order of magnitude of the emissions embodied in the purchases (SDES/INSEE monetary ratios), not avoided emissions. ' +
    'A monetary ratio cannot tell a sustainable purchase from a conventional one: for the same amount it gives them the same emissions, ' +
    'and a pricier sustainable product looks worse. Amounts excl. VAT in euros of the contract’s year, ratios in 2023 euros, not deflated.',
};

const NO_CPV: Words = {
  fr: 'Pas de code CPV (les concessions n’en publient pas) : aucun ratio ne peut être choisi.',
  en: 'No CPV code (concessions publish none): no ratio can be chosen.',
};
const NOT_A_DIVISION: Words = {
  fr: 'Cette division n’existe pas dans le CPV 2008 : aucun ratio ne peut être choisi.',
  en: 'This division does not exist in CPV 2008: no ratio can be chosen.',
};

/** Cents added as they come (exact sums), turned into euros and kgCO2e at the end. */
interface Tally {
  division: string;
  entry: SpendEntry | null;
  contracts: number;
  cents: number;
  ceilingContracts: number;
  ceilingCents: number;
  amountUnknown: number;
}

// To the gram: a figure of tonnes read by people and programs, without 1757.3999999999996 for 1,757.4.
const toGram = (kg: number) => Math.round(kg * 1000) / 1000;
const rangeToGram = (r: SpendRange): SpendRange => ({ central: toGram(r.central), low: toGram(r.low), high: toGram(r.high) });

/** kgCO2e of an amount under a ratio, with the range of its uncertainty (none published: zero width). */
export function spendKg(amountEur: number, factor: Pick<Factor, 'value' | 'unit' | 'uncertainty'>): SpendRange {
  const per = parseFactorUnit(factor.unit);
  const multiplier = per === null ? null : conversionMultiplier('EUR', per);
  if (multiplier === null) throw new Error(`${factor.unit} is not per money unit`);
  const central = amountEur * multiplier * factor.value;
  const u = factor.uncertainty ?? 0;
  return rangeToGram({ central, low: central - central * Math.min(1, u), high: central + central * u });
}

const ZERO: SpendRange = { central: 0, low: 0, high: 0 };
const addRanges = (a: SpendRange, b: SpendRange | null): SpendRange =>
  b === null ? a : rangeToGram({ central: a.central + b.central, low: a.low + b.low, high: a.high + b.high });

function partOf(t: Tally): SpendPart {
  const factor = t.entry?.factor ?? null;
  const amountEur = t.cents / 100;
  const ceilingEur = t.ceilingCents / 100;
  return {
    key: t.entry?.key ?? t.division,
    label: t.entry?.label ?? null,
    factor: factor && {
      id: factor.id,
      label: factor.label,
      value: factor.value,
      unit: factor.unit,
      ...(factor.uncertainty !== undefined ? { uncertainty: factor.uncertainty } : {}),
      ...(factor.basis ? { basis: factor.basis } : {}),
      ...(factor.sourceId ? { sourceId: factor.sourceId } : {}),
    },
    reason: t.entry?.reason ?? (t.division === UNKNOWN_KEY ? NO_CPV : NOT_A_DIVISION),
    contracts: t.contracts,
    amountEur,
    kgCO2e: factor && spendKg(amountEur, factor),
    ceilings: { contracts: t.ceilingContracts, amountEur: ceilingEur, kgCO2e: factor && spendKg(ceilingEur, factor) },
    amountUnknown: t.amountUnknown,
  };
}

function totalsOf(parts: readonly SpendPart[], ceilings: boolean): SpendTotals {
  let contracts = 0;
  let mapped = 0;
  let unmapped = 0;
  let kg = ZERO;
  for (const p of parts) {
    const side = ceilings ? p.ceilings : p;
    contracts += side.contracts;
    if (p.factor) mapped += side.amountEur;
    else unmapped += side.amountEur;
    kg = addRanges(kg, side.kgCO2e);
  }
  return { contracts, amountEur: mapped + unmapped, mappedAmountEur: mapped, unmappedAmountEur: unmapped, kgCO2e: kg };
}

/** Each row's tally, one per (division, mapping entry); the entry of each CPV code looked up once. */
function tallyRows(columns: DecpColumns, selection: Uint32Array | undefined, resolved: ResolvedSpendMapping): Tally[] {
  const tallies = new Map<string, Tally>();
  const byCode: (Tally | undefined)[] = new Array<Tally | undefined>(columns.cpv.values.length);
  const tallyOf = (code: number): Tally => {
    let t = byCode[code];
    if (t) return t;
    const cpv = columns.cpv.values[code] ?? '';
    const division = cpv === '' ? UNKNOWN_KEY : cpv.slice(0, 2);
    const entry = cpv === '' ? null : spendEntryOf(resolved, cpv);
    const key = `${division}|${entry?.key ?? ''}`;
    t = tallies.get(key);
    if (!t) tallies.set(key, (t = { division, entry, contracts: 0, cents: 0, ceilingContracts: 0, ceilingCents: 0, amountUnknown: 0 }));
    return (byCode[code] = t);
  };
  const visit = (row: number) => {
    const t = tallyOf(columns.cpv.codes[row]!);
    const cents = columns.amountCents[row]!;
    if (Number.isNaN(cents)) t.amountUnknown += 1;
    else if ((columns.flags[row]! & CEILING_FLAG) !== 0) {
      t.ceilingContracts += 1;
      t.ceilingCents += cents;
    } else {
      t.contracts += 1;
      t.cents += cents;
    }
  };
  if (selection) for (let i = 0; i < selection.length; i++) visit(selection[i]!);
  else for (let row = 0; row < columns.length; row++) visit(row);
  return [...tallies.values()];
}

const byKey = (a: string, b: string) => (a === UNKNOWN_KEY ? 1 : b === UNKNOWN_KEY ? -1 : a < b ? -1 : a > b ? 1 : 0);

/**
 * The emissions at stake in every contract, or in a selection (rows from filterColumns), per CPV division:
 * amounts that are framework ceilings are shown apart and never added (a ceiling is a maximum over years,
 * not spend), amounts unknown are counted, unmapped amounts said.
 */
export function emissionsAtStake(columns: DecpColumns, resolved: ResolvedSpendMapping, selection?: Uint32Array): EmissionsAtStake {
  const parts = new Map<string, SpendPart[]>();
  for (const t of tallyRows(columns, selection, resolved)) {
    const list = parts.get(t.division) ?? [];
    list.push(partOf(t));
    parts.set(t.division, list);
  }
  const divisions = [...parts.entries()]
    .sort(([a], [b]) => byKey(a, b))
    .map(([division, list]): SpendDivision => {
      list.sort((a, b) => byKey(a.key, b.key));
      return {
        division,
        label: resolved.entries.get(division)?.label ?? null,
        ...totalsOf(list, false),
        ceilings: totalsOf(list, true),
        amountUnknown: list.reduce((n, p) => n + p.amountUnknown, 0),
        parts: list,
      };
    });
  const all = divisions.flatMap((d) => d.parts);
  const used = all.flatMap((p) => (p.factor && (p.contracts > 0 || p.ceilings.contracts > 0) ? [p.factor] : []));
  const { mapping, checksum, table } = resolved;
  return {
    mapping: { version: mapping.version, checksum },
    table: { id: table.id, version: table.version, checksum: mapping.table.checksum },
    divisions,
    total: totalsOf(all, false),
    ceilings: totalsOf(all, true),
    amountUnknown: all.reduce((n, p) => n + p.amountUnknown, 0),
    euroYears: [...new Set(used.flatMap((f) => (f.basis?.euroYear ? [f.basis.euroYear] : [])))].sort(),
    withoutUncertainty: [...new Set(used.filter((f) => f.uncertainty === undefined).map((f) => f.id))].sort(),
    statement: SPEND_STATEMENT,
  };
}
