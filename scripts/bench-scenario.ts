// What the benchmarks measure: the bundled table, and the same generated scenario on every run.
import { performance } from 'node:perf_hooks';
import { compatibleUnits, indexFactors, type FactorIndex, type FactorTable, type Line, type Scenario } from '../src/domain';
import { readBundledTables } from '../src/data/formats/table-files-node';
import { random } from './bench-random';

const bundled = readBundledTables();
if (!bundled.ok) throw new Error('bundled tables do not parse');
export const table: FactorTable =
  bundled.value.filter((t) => t.id === 'ademe-selection').sort((a, b) => b.version.localeCompare(a.version))[0] ?? bundled.value[0]!;
const indexed = indexFactors(table);
if (!indexed.ok) throw new Error('table does not index');
export const factors: FactorIndex = indexed.value;

/** The table's pairs; one line in ten in another unit of the same dimension, 30 % with lifetimes, half with a share. */
export function makeScenario(lineCount: number, seed: number): Scenario {
  const next = random(seed);
  const pairs = table.pairs ?? [];
  const lines: Line[] = [];
  for (let i = 0; i < lineCount; i++) {
    const pair = pairs[Math.floor(next() * pairs.length)]!;
    const perUnit = factors.byId.get(pair.baseline)!.perUnit;
    const units = compatibleUnits(perUnit);
    const unit = next() < 0.1 ? units[Math.floor(next() * units.length)]! : perUnit;
    const withLifetimes = next() < 0.3;
    lines.push({
      id: `l${i}`,
      label: `Line ${i}`,
      quantity: Math.round(next() * 10000),
      unit,
      share: next() < 0.5 ? Math.round(next() * 100) / 100 : undefined,
      baseline: { factor: pair.baseline, lifetimeYears: withLifetimes ? 4 : undefined },
      alternative: { factor: pair.alternative, lifetimeYears: withLifetimes ? 6 : undefined },
    });
  }
  return { format: 'carbone-evite/scenario@1', name: 'bench', factorTable: { id: table.id, version: table.version }, customFactors: [], lines };
}

/** Median time of `runs` calls, after a few warm-up calls that let the JIT settle. */
export function median(fn: () => unknown, runs: number, warmUp = 3): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
