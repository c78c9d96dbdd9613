// `npx tsx scripts/bench-intervals.ts`: the Monte Carlo propagation of factor uncertainty against the
// single-pass estimate, on a 1,000-line scenario built from the bundled table's pairs. Reported as
// medians and a ratio; the target (10,000 draws in < 1 s) is checked here, never as a timed test.
import { evaluateScenario, scenarioAssumptions, simulateEstimate, type Scenario } from '../src/domain';
import { makeScenario, median, table } from './bench-scenario';

const LINES = 1_000;
const DRAWS = 10_000;
const scenario = makeScenario(LINES, 42);
const evaluated = evaluateScenario(scenario, [table]);
if (!evaluated.ok) throw new Error('bench scenario does not estimate');
const estimate = evaluated.value.estimate;

// The app draws the intervals in a worker from the evaluation's estimate; the command line calls
// evaluateWithIntervals, which runs this same function on it.
const tEstimate = median(() => evaluateScenario(scenario, [table]), 51, 5);
const tSimulate = median(() => simulateEstimate(estimate, { draws: DRAWS }), 7);

const result = simulateEstimate(estimate, { draws: DRAWS });
const used = new Set(estimate.lines.flatMap((l) => [l.explanation.baseline.factor.id, l.explanation.alternative.factor.id]));
const t = (kg: number) => `${(kg / 1000).toFixed(1)} t`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

console.log(`Uncertainty benchmark — Node ${process.version}, table ${table.id} ${table.version}, medians\n`);
console.log(`${LINES.toLocaleString('en')} lines, ${used.size} distinct factors (${result.factorsWithoutUncertainty.length} without uncertainty):`);
console.log(`  evaluateScenario (single pass)          ${ms(tEstimate)}   1×`);
console.log(
  `  simulateEstimate (${DRAWS.toLocaleString('en')} draws)         ${ms(tSimulate)}   ${(tSimulate / tEstimate).toFixed(0)}× the single pass   target < 1 s: ${tSimulate < 1000 ? 'met' : 'MISSED'}`,
);

// The buyer's assumption ranges make a line a product of draws (q·s·Fb), drawn apart from the linear path:
// one line in ten with a quantity and a share range, then every line.
const withRanges = (every: number): Scenario => ({
  ...scenario,
  lines: scenario.lines.map((l, i) =>
    i % every === 0
      ? { ...l, assumptions: { quantity: { low: l.quantity * 0.8, high: l.quantity * 1.3 }, share: { low: (l.share ?? 1) * 0.5, high: l.share ?? 1 } } }
      : l,
  ),
});
for (const [every, what] of [
  [10, 'one line in ten'],
  [1, 'every line'],
] as const) {
  const ranged = withRanges(every);
  const assumptions = scenarioAssumptions(ranged);
  const tRanged = median(() => simulateEstimate(estimate, { draws: DRAWS, assumptions }), 7);
  console.log(`  with quantity and share ranges on ${what.padEnd(16)} ${ms(tRanged)}   ${(tRanged / tSimulate).toFixed(2)}× the factors-only draws`);
}
const a = result.totals.avoided;
console.log(`\nTotal avoided: point ${t(estimate.totals.avoided)}, mean ${t(a.mean)}, median ${t(a.p50)}, 95 % interval [${t(a.p2_5)}, ${t(a.p97_5)}]`);
