// Imports a whole ADEME Base Carbone® export with the app's reader and checks a few known values.
//
//   npx tsx scripts/import-base-carbone-check.ts [export.csv]
//
// Default: ../shared/reference/base-carbone/base-carbone-v23.6.csv, relative to the repository root.
// Prints the counts, the rejected rows per reason, the encoding and the time taken; exits 1 when a
// known value is not read as expected, 2 when the file cannot be imported at all.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCsvBytes, importBaseCarbone, type RejectReason } from '../src/data/formats/base-carbone';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.cwd(), process.argv[2] ?? resolve(repoRoot, '../shared/reference/base-carbone/base-carbone-v23.6.csv'));

// Read in the V23.6 export (element id, value, unit, category).
const EXPECTED: ReadonlyArray<{ id: string; value: number; unit: string; category: string }> = [
  { id: '20683', value: 0.51, unit: 'kgCO2e/meal', category: 'food' },
  { id: '43642', value: 0.0519, unit: 'kgCO2e/kWh', category: 'energy' },
  { id: '26739', value: 297, unit: 'kgCO2e/t', category: 'paper' },
  { id: '43420', value: 216, unit: 'kgCO2e/kEUR', category: 'it' },
];

const started = performance.now();
const { text, encoding } = decodeCsvBytes(readFileSync(file));
let progressCalls = 0;
const result = importBaseCarbone(text, { fileName: basename(file), onProgress: () => progressCalls++ });
const elapsedMs = performance.now() - started;

if (!result.ok) {
  for (const { problem } of result.problems) console.error(`${file}: ${problem.message}`);
  process.exit(2);
}

const byReason = new Map<RejectReason, number>();
for (const row of result.rejected) byReason.set(row.reason, (byReason.get(row.reason) ?? 0) + 1);
const unmappedUnits = new Map<string, number>();
for (const row of result.rejected)
  if (row.reason === 'unit') {
    const unit = /^Unit "(.*)" has/.exec(row.detail)?.[1] ?? row.detail;
    unmappedUnits.set(unit, (unmappedUnits.get(unit) ?? 0) + 1);
  }
const ecoinvent = result.rejected.filter((r) => r.detail.includes('ecoinvent')).length;
const byCategory = new Map<string, number>();
for (const f of result.table.factors) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);

console.log(`file: ${file}`);
console.log(`encoding: ${encoding}`);
console.log(`elapsed: ${Math.round(elapsedMs)} ms (decode + import), progress reported ${progressCalls} times`);
const { counts } = result;
console.log(`rows: ${counts.rows}; accepted: ${counts.accepted}; rejected: ${counts.rejected}; skipped (Poste): ${counts.skipped}`);
console.log(`rejected per reason: ${[...byReason].map(([reason, n]) => `${reason} ${n}`).join(', ')}`);
console.log(`ecoinvent rows rejected: ${ecoinvent}`);
console.log(
  `units not mapped: ${[...unmappedUnits]
    .sort((a, b) => b[1] - a[1])
    .map(([u, n]) => `${u} (${n})`)
    .join(', ')}`,
);
console.log(
  `factors per category: ${[...byCategory]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`,
);
console.log(`table: ${result.table.id} version ${result.table.version}, published ${result.table.publishedOn}`);

let mismatches = 0;
for (const want of EXPECTED) {
  const got = result.table.factors.find((f) => f.sourceId === want.id);
  const ok = got !== undefined && got.value === want.value && got.unit === want.unit && got.category === want.category;
  if (!ok) mismatches++;
  console.log(
    `${ok ? 'ok      ' : 'MISMATCH'} ${want.id}: expected ${want.value} ${want.unit} (${want.category}), got ${
      got ? `${got.value} ${got.unit} (${got.category}) — ${got.label.fr}` : 'no factor'
    }`,
  );
}
process.exit(mismatches ? 1 : 0);
