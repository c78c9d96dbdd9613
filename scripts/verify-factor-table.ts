// Checks a factor table against the ADEME Base Carbone export it cites.
//
//   npx tsx scripts/verify-factor-table.ts [table.json] [export.csv]
//
// Defaults (relative to the repository root): emission-factors/ademe-selection/2025.1.json and
// ../shared/reference/base-carbone/base-carbone-v23.6.csv.
//
// For every factor whose sourceId is a Base Carbone element id (digits only), the element must exist
// as a non-archived `Elément` row, its `Total poste non décomposé` must equal the factor's value
// exactly, and `Incertitude` / 100 must equal the factor's uncertainty (or both be absent).
// Prints one line per mismatch and a summary; exits with status 1 on any mismatch.
// Node built-ins only. The export is `;`-separated with decimal commas; quoted fields may hold `;`,
// doubled quotes and line breaks. UTF-8 is expected; a file that is not valid UTF-8 is read as
// Windows-1252 (the encoding of ADEME's own download).

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tablePath = resolve(process.cwd(), process.argv[2] ?? resolve(repoRoot, 'emission-factors/ademe-selection/2025.1.json'));
const exportPath = resolve(process.cwd(), process.argv[3] ?? resolve(repoRoot, '../shared/reference/base-carbone/base-carbone-v23.6.csv'));

function decode(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** RFC 4180-style parser with a configurable separator. */
function parseCsv(text: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      inQuotes = true;
    } else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A decimal-comma number ("0,0519", "1 833"), or null when the cell is empty or not a number. */
function parseDecimal(cell: string | undefined): number | null {
  const s = (cell ?? '')
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (s === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  return Number(s);
}

interface Element {
  total: number | null;
  uncertaintyPct: number | null;
  status: string;
}

const rows = parseCsv(decode(readFileSync(exportPath)));
const header = (rows[0] ?? []).map((h) => h.trim());
const col = (name: string): number => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`Column not found in export: ${name}`);
  return i;
};
const cType = col('Type Ligne');
const cId = col("Identifiant de l'élément");
const cStatus = col("Statut de l'élément");
const cTotal = col('Total poste non décomposé');
const cUnc = col('Incertitude');

// Non-archived Elément rows by id; archived ones kept apart to explain a miss.
const elements = new Map<string, Element[]>();
const archived = new Set<string>();
for (const r of rows.slice(1)) {
  if (r.length < header.length) continue; // blank or truncated line
  const cell = (i: number): string => (r[i] ?? '').trim();
  if (cell(cType) !== 'Elément') continue;
  const id = cell(cId);
  const status = cell(cStatus);
  if (status === 'Archivé') {
    archived.add(id);
    continue;
  }
  const list = elements.get(id) ?? [];
  list.push({ total: parseDecimal(r[cTotal]), uncertaintyPct: parseDecimal(r[cUnc]), status });
  elements.set(id, list);
}

interface TableFactor {
  id: string;
  value: number;
  uncertainty?: number;
  sourceId?: string;
}
const table = JSON.parse(readFileSync(tablePath, 'utf8')) as { factors: TableFactor[] };

const EPS = 1e-12;
let checked = 0;
const mismatches: string[] = [];
for (const f of table.factors) {
  if (!f.sourceId || !/^\d+$/.test(f.sourceId)) continue;
  checked++;
  const found = elements.get(f.sourceId);
  if (!found) {
    mismatches.push(`${f.id}: element ${f.sourceId} ${archived.has(f.sourceId) ? 'is archived' : 'not found as an Elément row'} in the export`);
    continue;
  }
  if (found.length > 1) {
    mismatches.push(`${f.id}: element ${f.sourceId} has ${found.length} non-archived Elément rows`);
    continue;
  }
  const e = found[0]!;
  if (e.total === null || e.total !== f.value) {
    mismatches.push(`${f.id}: value ${f.value} ≠ export total ${e.total ?? '(empty)'} (element ${f.sourceId})`);
  }
  const expected = e.uncertaintyPct === null ? undefined : e.uncertaintyPct / 100;
  const ok = expected === undefined ? f.uncertainty === undefined : f.uncertainty !== undefined && Math.abs(f.uncertainty - expected) <= EPS;
  if (!ok) {
    mismatches.push(`${f.id}: uncertainty ${f.uncertainty ?? '(absent)'} ≠ export Incertitude/100 ${expected ?? '(absent)'} (element ${f.sourceId})`);
  }
}

for (const m of mismatches) console.log(m);
console.log(`${checked} factors checked, ${mismatches.length} mismatches`);
process.exit(mismatches.length > 0 ? 1 : 0);
