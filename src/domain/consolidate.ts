// Many buyers' scenarios put together: by category, by organisation and by year. Scenarios computed with
// different table versions are kept in separate groups, never added up together; a scenario given twice
// (the same file loaded twice, or two files with the same content) is counted once (rule 6).
import type { CategoryId } from './categories';
import type { Amounts, Estimate, TotalsBasis } from './estimate';
import type { TableRef } from './factor-index';
import type { Finding } from './findings/finding';
import type { Scenario } from './schemas';
import { contentChecksum } from './table-checksum';

export interface ConsolidationInput {
  readonly source: string;
  readonly scenario: Scenario;
  readonly estimate: Estimate;
}

/** A file left out of the sums because an earlier file of the group holds the same scenario. */
export interface DuplicateScenario {
  readonly source: string;
  /** The earlier file, the one counted. */
  readonly sameAs: string;
}

export interface ConsolidationGroup {
  readonly table: TableRef;
  /** What every scenario of the group counts (see Estimate): per-year and one-off totals are never added. */
  readonly basis: TotalsBasis;
  readonly periodYears: number | null;
  /** The files counted, each scenario once. */
  readonly sources: string[];
  /** Their scenarios, in the same order: what a merged export holds. */
  readonly scenarios: Scenario[];
  readonly duplicates: DuplicateScenario[];
  /** Rule 6: one finding per file left out as a duplicate, naming both files. */
  readonly findings: Finding[];
  readonly totals: Amounts;
  readonly byCategory: { readonly key: CategoryId; readonly amounts: Amounts }[];
  readonly byOrganisation: { readonly key: string; readonly amounts: Amounts }[];
  readonly byYear: { readonly key: string; readonly amounts: Amounts }[];
}

const add = (into: Amounts, a: Amounts) => {
  into.baseline += a.baseline;
  into.alternative += a.alternative;
  into.avoided += a.avoided;
};
const zero = (): Amounts => ({ baseline: 0, alternative: 0, avoided: 0 });

function sumBy<K extends string>(entries: Iterable<[K, Amounts]>): { key: K; amounts: Amounts }[] {
  const sums = new Map<K, Amounts>();
  for (const [key, amounts] of entries) {
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = zero()));
    add(sum, amounts);
  }
  return [...sums].map(([key, amounts]) => ({ key, amounts }));
}

/**
 * The scenario's content, whatever the file's name, layout or key order: two files with the same
 * fingerprint hold the same purchases, and adding both would count them twice.
 */
export function scenarioFingerprint(scenario: Scenario): string {
  return contentChecksum(scenario);
}

function duplicateFinding({ source, sameAs }: DuplicateScenario): Finding {
  const sameFile = source === sameAs;
  return {
    rule: 6,
    code: 'duplicate-scenario',
    severity: 'error',
    message: sameFile
      ? {
          fr: `Le fichier « ${source} » est chargé deux fois : son scénario n’est compté qu’une fois.`,
          en: `The file “${source}” is loaded twice: its scenario is counted once.`,
        }
      : {
          fr: `« ${source} » a le même contenu que « ${sameAs} » : c’est le même scénario, compté une seule fois (celui de « ${sameAs} »).`,
          en: `“${source}” has the same content as “${sameAs}”: it is the same scenario, counted once (as “${sameAs}”).`,
        },
  };
}

/**
 * One group per table version and per basis of the totals (one-off, per year, over N years, as entered):
 * a yearly flow is never added to a one-off purchase, nor a year to a period. `''` stands for a scenario
 * without organisation or year.
 */
export function consolidate(inputs: readonly ConsolidationInput[]): ConsolidationGroup[] {
  const groups = new Map<string, ConsolidationInput[]>();
  for (const input of inputs) {
    const { table, basis, periodYears } = input.estimate;
    const key = [table.id, table.version, basis, basis === 'period' ? periodYears : ''].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  return [...groups.values()].map((all) => {
    // The table is part of the content, so the same scenario always falls in the same group.
    const firstSource = new Map<string, string>();
    const members: ConsolidationInput[] = [];
    const duplicates: DuplicateScenario[] = [];
    for (const input of all) {
      const fingerprint = scenarioFingerprint(input.scenario);
      const sameAs = firstSource.get(fingerprint);
      if (sameAs === undefined) {
        firstSource.set(fingerprint, input.source);
        members.push(input);
      } else duplicates.push({ source: input.source, sameAs });
    }
    const totals = zero();
    for (const m of members) add(totals, m.estimate.totals);
    return {
      table: all[0]!.estimate.table,
      basis: all[0]!.estimate.basis,
      periodYears: all[0]!.estimate.basis === 'period' ? all[0]!.estimate.periodYears : null,
      sources: members.map((m) => m.source),
      scenarios: members.map((m) => m.scenario),
      duplicates,
      findings: duplicates.map(duplicateFinding),
      totals,
      byCategory: sumBy(members.flatMap((m) => m.estimate.categories.map((c) => [c.category, c] as [CategoryId, Amounts]))),
      byOrganisation: sumBy(members.map((m) => [m.scenario.organisation?.trim() ?? '', m.estimate.totals] as [string, Amounts])),
      byYear: sumBy(members.map((m) => [m.scenario.year === undefined ? '' : String(m.scenario.year), m.estimate.totals] as [string, Amounts])),
    };
  });
}

/**
 * The scenarios of one group as one scenario, to export like any other: lines and own factors keep their
 * content, their ids prefixed by the scenario's place in the list so that none collide.
 */
export function mergeScenarios(scenarios: readonly Scenario[], name: string): Scenario {
  const first = scenarios[0];
  if (!first) throw new Error('nothing to merge');
  return {
    format: first.format,
    name,
    factorTable: first.factorTable,
    customFactors: scenarios.flatMap((s, i) => s.customFactors.map((f) => ({ ...f, id: `s${i + 1}-${f.id}` }))),
    lines: scenarios.flatMap((s, i) => {
      const own = new Set(s.customFactors.map((f) => f.id));
      const rename = (id: string) => (own.has(id) ? `s${i + 1}-${id}` : id);
      const prefix = [s.organisation, s.year, s.name].filter((x) => x !== undefined && x !== '').join(' · ');
      return s.lines.map((l) => ({
        ...l,
        id: `s${i + 1}-${l.id}`,
        label: l.label ? `${prefix} — ${l.label}` : prefix,
        baseline: { ...l.baseline, factor: rename(l.baseline.factor) },
        alternative: { ...l.alternative, factor: rename(l.alternative.factor) },
      }));
    }),
  };
}
