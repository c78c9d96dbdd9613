// Avoided emissions told in things a room pictures: kilometres by car, beef meals, kilometres by TGV.
// Each comes from a factor of the scenario's own table, cited by its identifier.
import type { FactorTable } from './schemas';

export interface Equivalence {
  readonly kind: 'car-km' | 'beef-meals' | 'tgv-km';
  /** How many: avoided kgCO2e / factor value. */
  readonly amount: number;
  readonly factorId: string;
  readonly factorValue: number;
  readonly factorUnit: string;
  readonly sourceId: string | undefined;
  readonly source: string;
}

const CANDIDATES: readonly { kind: Equivalence['kind']; ids: readonly string[] }[] = [
  { kind: 'car-km', ids: ['car-average-2023'] },
  { kind: 'beef-meals', ids: ['meal-beef'] },
  { kind: 'tgv-km', ids: ['train-tgv-2022', 'train-tgv-2021'] },
];

/** The equivalences the table can back; none for an increase or nothing avoided. */
export function equivalences(avoidedKgCO2e: number, table: FactorTable): Equivalence[] {
  if (!(avoidedKgCO2e > 0)) return [];
  return CANDIDATES.flatMap(({ kind, ids }) => {
    const factor = ids.map((id) => table.factors.find((f) => f.id === id)).find((f) => f && f.value > 0);
    return factor
      ? [
          {
            kind,
            amount: avoidedKgCO2e / factor.value,
            factorId: factor.id,
            factorValue: factor.value,
            factorUnit: factor.unit,
            sourceId: factor.sourceId,
            source: factor.source,
          },
        ]
      : [];
  });
}
