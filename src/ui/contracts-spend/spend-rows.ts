// The rows of the emissions-at-stake table: one per CPV division, and under a division whose contracts fall
// under more than one mapping entry (a mixed division: some groups mapped, others not), one per entry, so
// that every amount without a ratio shows the reason it has none.
import type { EmissionsAtStake, SpendPart, SpendRange } from '../../domain/decp/emissions-at-stake';

export interface SpendRow {
  /** Unique in the table: `45`, `39/391`. */
  readonly id: string;
  readonly level: 'division' | 'part';
  /** The CPV division or group, or `unknown` for contracts without a CPV code. */
  readonly code: string;
  /** Null: a code the nomenclature does not have, or no CPV code at all. */
  readonly label: { readonly fr: string; readonly en: string } | null;
  /** The ratio of a row that stands for one mapping entry; null on a division row over several, or when unmapped. */
  readonly factor: SpendPart['factor'];
  /** Why the entry has no ratio; null when it has one or on a division row over several. */
  readonly reason: { readonly fr: string; readonly en: string } | null;
  readonly unmapped: boolean;
  readonly contracts: number;
  readonly amountEur: number;
  readonly kgCO2e: SpendRange | null;
  readonly ceilingAmountEur: number;
}

const partRow = (division: string, p: SpendPart, level: SpendRow['level']): SpendRow => ({
  id: level === 'division' ? division : `${division}/${p.key}`,
  level,
  code: level === 'division' ? division : p.key,
  label: p.label,
  factor: p.factor,
  reason: p.factor ? null : p.reason,
  unmapped: p.factor === null,
  contracts: p.contracts,
  amountEur: p.amountEur,
  kgCO2e: p.kgCO2e,
  ceilingAmountEur: p.ceilings.amountEur,
});

export function spendRows(e: EmissionsAtStake): SpendRow[] {
  return e.divisions.flatMap((d): SpendRow[] => {
    const only = d.parts.length === 1 && d.parts[0]!.key === d.division ? d.parts[0]! : null;
    if (only) return [partRow(d.division, only, 'division')];
    const division: SpendRow = {
      id: d.division,
      level: 'division',
      code: d.division,
      label: d.label,
      factor: null,
      reason: null,
      unmapped: d.mappedAmountEur === 0 && d.ceilings.mappedAmountEur === 0,
      contracts: d.contracts,
      amountEur: d.amountEur,
      kgCO2e: d.mappedAmountEur > 0 || d.ceilings.mappedAmountEur > 0 ? d.kgCO2e : null,
      ceilingAmountEur: d.ceilings.amountEur,
    };
    return [division, ...d.parts.map((p) => partRow(d.division, p, 'part'))];
  });
}
