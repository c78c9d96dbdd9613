// "Start a scenario from these contracts": a selection of published contracts becomes a scenario whose lines
// hold each contract's object, amount, CPV code and a spend-based baseline (its monetary ratio). Nothing is
// claimed avoided: the alternative is not known yet, so each line switches nothing (share 0) and carries
// `fromContracts`, which the method turns into `activity-data-needed` (rule 8, error) until the buyer states
// what was bought with activity factors. The scenario evaluates like any other, its totals empty.
import { MAX_CONTRACT_IDS } from '../bounds';
import { SCENARIO_FORMAT, type Factor, type Line, type Scenario } from '../schemas';
import { CEILING_FLAG, type DecpColumns } from './columns';
import { spendEntryOf, type ResolvedSpendMapping, type SpendEntry } from './spend-mapping';

/** Past this many contracts, one line per mapping entry (CPV division or group) rather than one per contract. */
export const MAX_CONTRACT_LINES = 200;

export interface ContractScenarioOptions {
  readonly name: string;
  /** The language of the labels and notes written into the scenario. */
  readonly language: 'fr' | 'en';
  readonly maxLines?: number;
}

export interface ContractScenario {
  readonly scenario: Scenario;
  /** `contract`: one line per contract; `cpv`: one line per CPV division or group, the selection being larger than `maxLines`. */
  readonly lineBy: 'contract' | 'cpv';
  /** Contracts that make no line: an amount missing or unusable, or a CPV code with no credible ratio. */
  readonly leftOut: { readonly amountUnknown: number; readonly unmapped: { readonly contracts: number; readonly amountEur: number } };
}

interface Usable {
  readonly row: number;
  readonly entry: SpendEntry & { readonly factor: Factor };
  readonly cents: number;
}

const WORDS = {
  fr: {
    contract: (id: string) => `Marché ${id}`,
    contracts: (n: number) => `${n} marché${n > 1 ? 's' : ''}`,
    ceiling: ' (plafond d’accord-cadre)',
    one: (buyer: string, id: string, cpv: string) => `acheteur ${buyer}, marché ${id}, CPV ${cpv}`,
    note: (what: string) =>
      `Marché publié (DECP), ${what} : montant hors TVA × ratio monétaire, un ordre de grandeur. Indiquez ce qui est acheté et l’alternative avec des facteurs d’activité.`,
  },
  en: {
    contract: (id: string) => `Contract ${id}`,
    contracts: (n: number) => `${n} contract${n > 1 ? 's' : ''}`,
    ceiling: ' (framework ceiling)',
    one: (buyer: string, id: string, cpv: string) => `buyer ${buyer}, contract ${id}, CPV ${cpv}`,
    note: (what: string) =>
      `Published contract (DECP), ${what}: amount excl. VAT × monetary ratio, an order of magnitude. State what is bought and the alternative with activity factors.`,
  },
} as const;

function spendLine(
  id: string,
  label: string,
  entry: Usable['entry'],
  cents: number,
  fromContracts: Line['fromContracts'],
  note: { fr: string; en: string },
  language: 'fr' | 'en',
): Line {
  return {
    id,
    label,
    category: entry.factor.category,
    quantity: cents / 100,
    unit: 'EUR',
    flow: 'one-off',
    baseline: { factor: entry.factor.id, reference: { kind: 'previous-contract', note: note[language], notes: note } },
    // Not known yet: the same ratio, nothing switched, so the line can say nothing is avoided.
    alternative: { factor: entry.factor.id },
    share: 0,
    fromContracts,
  };
}

function contractLine(columns: DecpColumns, u: Usable, n: number, language: 'fr' | 'en'): Line {
  const id = columns.id.values[columns.id.codes[u.row]!] ?? '';
  const buyer = columns.buyer.values[columns.buyer.codes[u.row]!] ?? '';
  const object = columns.object.values[columns.object.codes[u.row]!] ?? '';
  const cpv = columns.cpv.values[columns.cpv.codes[u.row]!]!;
  const ceiling = (columns.flags[u.row]! & CEILING_FLAG) !== 0;
  const label = (object.trim() || WORDS[language].contract(id)) + (ceiling ? WORDS[language].ceiling : '');
  return spendLine(
    `c${n}`,
    label,
    u.entry,
    u.cents,
    { cpv, contracts: 1, amountEur: u.cents / 100, ids: [{ buyer, id }], ...(ceiling ? { ceiling } : {}) },
    { fr: WORDS.fr.note(WORDS.fr.one(buyer, id, cpv)), en: WORDS.en.note(WORDS.en.one(buyer, id, cpv)) },
    language,
  );
}

function groupLines(columns: DecpColumns, usable: readonly Usable[], language: 'fr' | 'en'): Line[] {
  const groups = new Map<string, Usable[]>();
  for (const u of usable) {
    const list = groups.get(u.entry.key);
    if (list) list.push(u);
    else groups.set(u.entry.key, [u]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, list], i) => {
      const entry = list[0]!.entry;
      const cents = list.reduce((s, u) => s + u.cents, 0);
      const ceiling = list.some((u) => (columns.flags[u.row]! & CEILING_FLAG) !== 0);
      const ids = list.slice(0, MAX_CONTRACT_IDS).map((u) => ({
        buyer: columns.buyer.values[columns.buyer.codes[u.row]!] ?? '',
        id: columns.id.values[columns.id.codes[u.row]!] ?? '',
      }));
      const label = `CPV ${key} — ${entry.label[language]} (${WORDS[language].contracts(list.length)})`;
      const what = (lang: 'fr' | 'en') => `CPV ${key}, ${WORDS[lang].contracts(list.length)}`;
      return spendLine(
        `g${i + 1}`,
        label,
        entry,
        cents,
        { cpv: key, contracts: list.length, amountEur: cents / 100, ids, ...(ceiling ? { ceiling } : {}) },
        { fr: WORDS.fr.note(what('fr')), en: WORDS.en.note(what('en')) },
        language,
      );
    });
}

/** A scenario pinned to the mapping's table, from the rows of a selection (from filterColumns), in the selection's order. */
export function scenarioFromContracts(
  columns: DecpColumns,
  selection: Uint32Array,
  resolved: ResolvedSpendMapping,
  options: ContractScenarioOptions,
): ContractScenario {
  const usable: Usable[] = [];
  let amountUnknown = 0;
  let unmapped = 0;
  let unmappedCents = 0;
  for (const row of selection) {
    const cents = columns.amountCents[row]!;
    if (Number.isNaN(cents)) {
      amountUnknown += 1;
      continue;
    }
    const cpv = columns.cpv.values[columns.cpv.codes[row]!] ?? '';
    const entry = cpv === '' ? null : spendEntryOf(resolved, cpv);
    if (entry?.factor) usable.push({ row, entry: entry as Usable['entry'], cents });
    else {
      unmapped += 1;
      unmappedCents += cents;
    }
  }
  const byContract = usable.length <= (options.maxLines ?? MAX_CONTRACT_LINES);
  const { table } = resolved;
  return {
    scenario: {
      format: SCENARIO_FORMAT,
      name: options.name,
      factorTable: { id: table.id, version: table.version, checksum: resolved.mapping.table.checksum },
      customFactors: [],
      lines: byContract ? usable.map((u, i) => contractLine(columns, u, i + 1, options.language)) : groupLines(columns, usable, options.language),
    },
    lineBy: byContract ? 'contract' : 'cpv',
    leftOut: { amountUnknown, unmapped: { contracts: unmapped, amountEur: unmappedCents / 100 } },
  };
}
