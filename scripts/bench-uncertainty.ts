// `npx tsx scripts/bench-uncertainty.ts`: the Monte Carlo propagation of factor uncertainty against the
// single-pass estimate, on a 1,000-line scenario built from the bundled table's pairs. Reported as
// medians and a ratio; the target (10,000 draws in < 1 s) is checked here, never as a timed test.
import { performance } from 'node:perf_hooks';
import { compatibleUnits, estimateScenario, indexFactors, simulateEstimate, type FactorIndex, type Line, type Scenario } from '../src/domain';
import { readBundledTables } from '../src/data/table-files-node';

const bundled = readBundledTables();
if (!bundled.ok) throw new Error('bundled tables do not parse');
const table = bundled.value.find((t) => t.id === 'ademe-selection') ?? bundled.value[0]!;
const indexed = indexFactors(table);
if (!indexed.ok) throw new Error('table does not index');
const factors: FactorIndex = indexed.value;

// Deterministic pseudo-random numbers (mulberry32), so every run measures the same scenario.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** As scripts/bench.ts: the table's pairs, one line in ten in another unit, 30 % with lifetimes, half with a share. */
function makeScenario(lineCount: number, seed: number): Scenario {
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

function median(fn: () => unknown, runs: number, warmUp = 2): number {
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

const LINES = 1_000;
const DRAWS = 10_000;
const scenario = makeScenario(LINES, 42);
const estimated = estimateScenario(scenario, factors);
if (!estimated.ok) throw new Error('bench scenario does not estimate');
const estimate = estimated.value;

const tEstimate = median(() => estimateScenario(scenario, factors), 51, 5);
const tSimulate = median(() => simulateEstimate(estimate, { draws: DRAWS }), 7);

const result = simulateEstimate(estimate, { draws: DRAWS });
const used = new Set(estimate.lines.flatMap((l) => [l.explanation.baseline.factor.id, l.explanation.alternative.factor.id]));
const t = (kg: number) => `${(kg / 1000).toFixed(1)} t`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

console.log(`Uncertainty benchmark — Node ${process.version}, table ${table.id} ${table.version}, medians\n`);
console.log(`${LINES.toLocaleString('en')} lines, ${used.size} distinct factors (${result.factorsWithoutUncertainty.length} without uncertainty):`);
console.log(`  estimateScenario (single pass)          ${ms(tEstimate)}   1×`);
console.log(`  simulateEstimate (${DRAWS.toLocaleString('en')} draws)         ${ms(tSimulate)}   ${(tSimulate / tEstimate).toFixed(0)}× the single pass   target < 1 s: ${tSimulate < 1000 ? 'met' : 'MISSED'}`);
const a = result.totals.avoided;
console.log(`\nTotal avoided: point ${t(estimate.totals.avoided)}, mean ${t(a.mean)}, median ${t(a.p50)}, 95 % interval [${t(a.p2_5)}, ${t(a.p97_5)}]`);
