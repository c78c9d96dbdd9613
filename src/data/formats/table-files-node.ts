// Reading scenario and table files from disk (command line, tests, benchmarks). Node only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFactorTable, parseJsonText, type FactorTable, type Problem } from '../../domain';

export interface FileProblem extends Problem {
  readonly file: string;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

const inFile = (file: string, problems: readonly Problem[]): FileProblem[] => problems.map((p) => ({ ...p, file }));

export function readJsonFile(file: string): FileResult<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, problems: [{ file, code: 'invalid-json', path: [], message: `Cannot read the file: ${reason}` }] };
  }
  const json = parseJsonText(text);
  return json.ok ? json : { ok: false, problems: inFile(file, json.problems) };
}

export function readFactorTableFile(file: string): FileResult<FactorTable> {
  const json = readJsonFile(file);
  if (!json.ok) return json;
  const table = parseFactorTable(json.value);
  return table.ok ? table : { ok: false, problems: inFile(file, table.problems) };
}

/** Every table file, `<id>/<version>.json`, under `dir`, in a stable order. */
export function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json') && name.includes('/'))
    .map((name) => join(dir, name))
    .sort();
}

export const BUNDLED_TABLES_DIR = new URL('../../../emission-factors/', import.meta.url).pathname;

export function readBundledTables(dir: string = BUNDLED_TABLES_DIR): FileResult<FactorTable[]> {
  const tables: FactorTable[] = [];
  const problems: FileProblem[] = [];
  for (const file of listJsonFiles(dir)) {
    const table = readFactorTableFile(file);
    if (table.ok) tables.push(table.value);
    else problems.push(...table.problems.map((p) => ({ ...p, file: relative(process.cwd(), p.file) || p.file })));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: tables };
}
