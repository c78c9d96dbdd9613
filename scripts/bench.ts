// `npm run bench`: the one evaluation path (evaluateScenario: pinned table, factor index, estimate with
// explanations, whole-life costs) against a bare loop doing the same arithmetic, measured in the same run.
// Reported as ratios; targets are checked here, never as timed assertions in the test suite.
import { applyEdit, evaluateScenario, EvaluationMemo, type Scenario } from '../src/domain';
import { factors, makeScenario, median, table } from './bench-scenario';

// Each unit's size in its dimension's base unit, for the bare loop's own conversion.
const TO_BASE: Record<string, number> = { kg: 1, g: 1e-3, t: 1e3, kWh: 1, MWh: 1e3, GJ: 1e9 / 3.6e6, L: 1, m3: 1e3, EUR: 1, kEUR: 1e3 };
const toBase = (unit: string) => TO_BASE[unit] ?? 1;

interface BareFactor {
  value: number;
  toBase: number;
}

/** The floor: the same line objects, a Map lookup per factor and the formula, nothing else. */
function bareLoop(scenario: Scenario, values: Map<string, BareFactor>) {
  let baseline = 0;
  let alternative = 0;
  for (const line of scenario.lines) {
    const b = values.get(line.baseline.factor)!;
    const a = values.get(line.alternative.factor)!;
    const fb = b.value;
    const fa = a.value;
    const q = (line.quantity * toBase(line.unit)) / b.toBase;
    const s = line.share ?? 1;
    const ratio =
      line.baseline.lifetimeYears !== undefined && line.alternative.lifetimeYears !== undefined
        ? line.baseline.lifetimeYears / line.alternative.lifetimeYears
        : 1;
    baseline += q * fb;
    alternative += q * (1 - s) * fb + q * s * ratio * fa;
  }
  return { baseline, alternative, avoided: baseline - alternative };
}

function bench(lineCount: number, runs: number) {
  const scenario = makeScenario(lineCount, 42);
  const values = new Map([...factors.byId.values()].map((f) => [f.id, { value: f.value, toBase: toBase(f.perUnit) }]));

  const tables = [table];
  const full = evaluateScenario(scenario, tables);
  if (!full.ok) throw new Error('bench scenario does not estimate');
  // Both sides of a pair share a unit, so the floor's single conversion is exact: the two must agree.
  const floor = bareLoop(scenario, values);
  const totals = full.value.estimate.totals;
  if (Math.abs(floor.avoided - totals.avoided) > 1e-6 * Math.abs(floor.baseline))
    throw new Error(`bare loop and engine disagree: ${floor.avoided} vs ${totals.avoided}`);

  const tBare = median(() => bareLoop(scenario, values), runs);
  const tFull = median(() => evaluateScenario(scenario, tables), runs);
  // A keystroke in the editor: one line's quantity changed, evaluated again through the editor's memo.
  const memo = new EvaluationMemo();
  evaluateScenario(scenario, tables, { memo });
  let typed = scenario;
  const line = scenario.lines[Math.floor(lineCount / 2)]!;
  const applied: number[] = [];
  const evaluated: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    let t = performance.now();
    typed = applyEdit(typed, { kind: 'update-line', lineId: line.id, patch: { quantity: i % 2 ? 1 : line.quantity } });
    const a = performance.now() - t;
    t = performance.now();
    evaluateScenario(typed, tables, { memo });
    // The first runs let the JIT settle, as median() does.
    if (i >= 3) {
      applied.push(a);
      evaluated.push(performance.now() - t);
    }
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [tApply, tEdit] = [mid(applied), mid(evaluated)];
  return { lineCount, tBare, tFull, tEdit, tApply };
}

const ms = (t: number) => `${t.toFixed(2)} ms`;
console.log(`Engine benchmark — Node ${process.version}, table ${table.id} ${table.version}, medians\n`);
const big = bench(100_000, 15);
console.log(`100,000 lines, already parsed:`);
console.log(`  bare loop (Map lookups + formula)      ${ms(big.tBare)}   1.00×`);
console.log(
  `  evaluateScenario (with explanations)   ${ms(big.tFull)}   ${(big.tFull / big.tBare).toFixed(2)}× the bare loop   target < 200 ms: ${big.tFull < 200 ? 'met' : 'MISSED'}`,
);
console.log(
  `  one line edited: evaluated again through the editor's memo ${ms(big.tEdit)}   ${(big.tEdit / big.tBare).toFixed(2)}× the bare loop   ` +
    `target: a few ms (< 10), ${big.tEdit < 10 ? 'met' : 'MISSED'} (the edit itself, applyEdit: ${ms(big.tApply)})`,
);
const small = bench(1_000, 101);
console.log(`\n1,000 lines (recomputed on every keystroke in the editor):`);
console.log(`  bare loop                              ${ms(small.tBare)}   1.00×`);
console.log(
  `  evaluateScenario (with explanations)   ${ms(small.tFull)}   ${(small.tFull / small.tBare).toFixed(2)}× the bare loop   target < 16 ms: ${small.tFull < 16 ? 'met' : 'MISSED'}`,
);
