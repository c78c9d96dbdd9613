// `npx tsx scripts/bench-intervals.ts`: the Monte Carlo propagation of factor uncertainty against the
// single-pass estimate, on a 1,000-line scenario built from the bundled table's pairs. Reported as
// medians and a ratio; the target (10,000 draws in < 1 s) is checked here, never as a timed test.
import { evaluateScenario, simulateEstimate } from '../src/domain';
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
const a = result.totals.avoided;
console.log(`\nTotal avoided: point ${t(estimate.totals.avoided)}, mean ${t(a.mean)}, median ${t(a.p50)}, 95 % interval [${t(a.p2_5)}, ${t(a.p97_5)}]`);
