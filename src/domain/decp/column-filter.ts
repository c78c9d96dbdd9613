// Which contracts a dashboard looks at: filters on any grouping's keys, the considerations' classes, the
// kind of contract and whether its amount is a framework ceiling. Several keys of one field are "any of
// them"; several fields are "all of them".
import { CEILING_FLAG, CONCESSION_FLAG, type DecpColumns } from './columns';
import { rowKeys, type DecpColumnGrouping } from './column-keys';
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type ContractKind, type EnvironmentalClass, type SocialClass } from './contract';

export interface DecpFilter {
  /** Per grouping, the keys kept (`2024`, `45`, `452`, a SIRET, `59`, `32`, `40000-90000`, `unknown`…). */
  readonly keys?: Partial<Record<DecpColumnGrouping, readonly string[]>>;
  readonly environmental?: readonly EnvironmentalClass[];
  readonly social?: readonly SocialClass[];
  readonly kinds?: readonly ContractKind[];
  /** Framework agreements' amounts are ceilings, not spend: kept (the default), left out, or alone. */
  readonly ceilings?: 'include' | 'exclude' | 'only';
  readonly amountBandLimitsEur?: readonly number[];
}

/** The rows a filter keeps, in order; every row when the filter is empty. */
export function filterColumns(columns: DecpColumns, filter: DecpFilter): Uint32Array {
  const tests: ((row: number) => boolean)[] = [];
  for (const [by, wanted] of Object.entries(filter.keys ?? {}) as [DecpColumnGrouping, readonly string[] | undefined][]) {
    if (wanted === undefined) continue;
    const keys = rowKeys(columns, by, filter.amountBandLimitsEur);
    const allowed = new Set(wanted.map(keys.indexOf));
    // Keys met later (years, read lazily) extend the table: a mask would be sized too early, a set is not.
    tests.push((row) => allowed.has(keys.of(row)));
  }
  const classMask = (classes: readonly string[], all: readonly string[]) => Uint8Array.from(all, (c) => (classes.includes(c) ? 1 : 0));
  if (filter.environmental) {
    const mask = classMask(filter.environmental, ENVIRONMENTAL_CLASSES);
    tests.push((row) => mask[columns.environmental[row]!] === 1);
  }
  if (filter.social) {
    const mask = classMask(filter.social, SOCIAL_CLASSES);
    tests.push((row) => mask[columns.social[row]!] === 1);
  }
  if (filter.kinds) {
    const marche = filter.kinds.includes('marche');
    const concession = filter.kinds.includes('concession');
    tests.push((row) => ((columns.flags[row]! & CONCESSION_FLAG) !== 0 ? concession : marche));
  }
  if (filter.ceilings === 'exclude') tests.push((row) => (columns.flags[row]! & CEILING_FLAG) === 0);
  if (filter.ceilings === 'only') tests.push((row) => (columns.flags[row]! & CEILING_FLAG) !== 0);
  const kept = new Uint32Array(columns.length);
  let n = 0;
  for (let row = 0; row < columns.length; row++) if (tests.every((test) => test(row))) kept[n++] = row;
  return kept.slice(0, n);
}
