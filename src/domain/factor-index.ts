// Factors a scenario can use: its pinned table's, plus its own (supplier data), looked up by id.
import type { CustomFactor, DataKind, Factor, FactorPair, FactorTable } from './schemas';
import { fail, ok, type Problem, type Result } from './result';
import { dimensionOf, parseFactorUnit, type UnitId } from './units';

export type FactorOrigin = { readonly kind: 'table'; readonly tableId: string; readonly tableVersion: string } | { readonly kind: 'scenario' };

export interface ResolvedFactor extends Factor {
  readonly perUnit: UnitId;
  readonly licence: string;
  readonly dataKind: DataKind;
  readonly origin: FactorOrigin;
}

export interface TableRef {
  readonly id: string;
  readonly version: string;
}

export interface FactorIndex {
  readonly table: TableRef;
  readonly byId: ReadonlyMap<string, ResolvedFactor>;
  /** The table's pairs, by `pairKey(baseline, alternative)`. */
  readonly pairs: ReadonlyMap<string, FactorPair>;
}

export const pairKey = (baseline: string, alternative: string): string => `${baseline}\u0000${alternative}`;

function resolve(factor: Factor, origin: FactorOrigin, defaultLicence: string, dataKind: DataKind): ResolvedFactor {
  // Schemas have already checked the unit, so it parses.
  const perUnit = parseFactorUnit(factor.unit) as UnitId;
  return {
    ...factor,
    perUnit,
    licence: factor.licence ?? defaultLicence,
    dataKind: dimensionOf(perUnit) === 'money' ? 'spend-based' : dataKind,
    origin,
  };
}

export function indexFactors(table: FactorTable, customFactors: readonly CustomFactor[] = []): Result<FactorIndex> {
  const index = new Map<string, ResolvedFactor>();
  const origin: FactorOrigin = { kind: 'table', tableId: table.id, tableVersion: table.version };
  for (const factor of table.factors) index.set(factor.id, resolve(factor, origin, table.licence, 'average'));

  const problems: Problem[] = [];
  customFactors.forEach((factor, i) => {
    if (index.has(factor.id)) {
      problems.push({
        code: 'duplicate-id',
        path: ['customFactors', i, 'id'],
        message: `Scenario factor id "${factor.id}" is already a factor of table ${table.id} ${table.version}; give it another id`,
        params: { id: factor.id },
      });
      return;
    }
    // A scenario factor without a licence is the buyer's own data (e.g. a supplier's declaration).
    index.set(factor.id, resolve(factor, { kind: 'scenario' }, factor.licence ?? '—', factor.dataKind));
  });
  const pairs = new Map((table.pairs ?? []).map((pair) => [pairKey(pair.baseline, pair.alternative), pair]));
  return problems.length ? fail(problems) : ok({ table: { id: table.id, version: table.version }, byId: index, pairs });
}
