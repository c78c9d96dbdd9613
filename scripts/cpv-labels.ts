// Writes src/data/bundled/cpv-labels.json: the French and English labels of the CPV 2008 divisions (2 digits)
// and groups (3 digits), the two levels the contracts dashboard groups by. The whole nomenclature (9,454 codes,
// 1.2 MB) is more than a screen needs; these 318 labels are ~40 kB.
//
//   npx tsx scripts/cpv-labels.ts [cpv_2008_fr_en.csv]
//
// Default (relative to the repository root): ../shared/reference/cpv/cpv_2008_fr_en.csv. Source: the EU
// Common Procurement Vocabulary, Regulation (EC) No 213/2008, reusable with acknowledgement of the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = resolve(process.cwd(), process.argv[2] ?? resolve(repoRoot, '../shared/reference/cpv/cpv_2008_fr_en.csv'));
const outPath = resolve(repoRoot, 'src/data/bundled/cpv-labels.json');

interface CpvRow {
  readonly division: string;
  readonly group: string;
  readonly level: string;
  readonly label_fr: string;
  readonly label_en: string;
}

const { data, errors } = Papa.parse<CpvRow>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true });
if (errors.length > 0) throw new Error(`${csvPath}: ${errors[0]?.message ?? 'unreadable'}`);
const labels: Record<string, [string, string]> = {};
for (const row of data) {
  if (row.level === 'division') labels[row.division] = [row.label_fr, row.label_en];
  else if (row.level === 'group') labels[row.group] = [row.label_fr, row.label_en];
}
const codes = Object.keys(labels).sort();
const file = {
  source: 'CPV 2008, Regulation (EC) No 213/2008 (cpv_2008_fr_en.csv): divisions and groups',
  labels: Object.fromEntries(codes.map((code) => [code, labels[code]])),
};
writeFileSync(outPath, `${JSON.stringify(file, null, 1)}\n`);
console.log(`${outPath}: ${codes.length} codes`);
