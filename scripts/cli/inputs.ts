// Reading what the subcommands work on: a scenario file, the tables (bundled, our JSON format or an
// ADEME export), the manifest of released versions. Every problem becomes one line,
// `file: JSON path: reason`; nothing here decides what a subcommand prints on success.
import { readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { formatPath, parseReleases, sameTable, type FactorTable, type Releases, type Scenario } from '../../src/domain';
import { parseScenarioOrTemplate, type TextLanguage } from '../../src/domain/template';
import {
  DEFAULT_IMPORT_TABLE_ID,
  decodeCsvBytes,
  describeSize,
  importBaseCarbone,
  MAX_EXPORT_BYTES,
  type BaseCarboneImport,
} from '../../src/data/formats/base-carbone';
import {
  BUNDLED_TABLES_DIR,
  readBundledTables,
  readFactorTableFile,
  readJsonFile,
  type FileProblem,
  type FileResult,
} from '../../src/data/formats/table-files-node';
import { EXIT_BAD_INPUT, type CliIo } from './command';

export type { FileProblem, FileResult };
export { DEFAULT_IMPORT_TABLE_ID };

type Located = Pick<FileProblem, 'file' | 'path' | 'message'>;

/** The one shape of an error line, for every file the command line reads. */
export const formatProblem = (p: Located) => `${p.file}: ${formatPath(p.path)}: ${p.message}`;

const inFile = <P extends { path: FileProblem['path'] }>(file: string, problems: readonly P[]) => problems.map((p) => ({ ...p, file }));

/**
 * Every scenario the command line reads comes through here: a scenario file, or a template file
 * (`carbone-evite/template@1`) as the scenario it opens as, its labels in `language`.
 */
export function readScenarioInput(file: string, language: TextLanguage = 'fr'): FileResult<Scenario> {
  const json = readJsonFile(file);
  if (!json.ok) return json;
  const scenario = parseScenarioOrTemplate(json.value, language);
  return scenario.ok ? scenario : { ok: false, problems: inFile(file, scenario.problems) };
}

/** As the bundled tables are named: relative to where the command runs. */
const shownPath = (file: string) => relative(process.cwd(), file) || file;

export const RELEASES_FILE = `${BUNDLED_TABLES_DIR}releases.json`;

/**
 * The manifest of released versions. Damaged — unreadable, not JSON, not the manifest's shape — it is
 * an error: taken as empty, a diff would quietly lose the replacements of renamed factors.
 */
export function readReleases(file: string = RELEASES_FILE): FileResult<Releases> {
  const shown = file === RELEASES_FILE ? shownPath(file) : file;
  const json = readJsonFile(file);
  if (!json.ok) return { ok: false, problems: inFile(shown, json.problems) };
  const releases = parseReleases(json.value);
  return releases.ok ? releases : { ok: false, problems: inFile(shown, releases.problems) };
}

export type ImportedExport = Extract<BaseCarboneImport, { ok: true }>;
type ExportRead = { ok: true; result: ImportedExport } | { ok: false; lines: string[] };

/** An ADEME export read from disk and imported; a problem of the whole file as `<file>: <message>`. */
export function readExportFile(file: string, tableId?: string, version?: string): ExportRead {
  let bytes: Uint8Array;
  try {
    // Refused before it is read into memory.
    const size = statSync(file).size;
    if (size > MAX_EXPORT_BYTES)
      return { ok: false, lines: [`${file}: the file is ${describeSize(size)}, larger than the ${MAX_EXPORT_BYTES / (1024 * 1024)} MB an export may be`] };
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, lines: [`${file}: Cannot read the file: ${reason}`] };
  }
  const result = importBaseCarbone(decodeCsvBytes(bytes).text, {
    fileName: basename(file),
    ...(tableId !== undefined ? { tableId } : {}),
    ...(version !== undefined ? { version } : {}),
  });
  return result.ok ? { ok: true, result } : { ok: false, lines: result.problems.map((p) => `${file}: ${p.problem.message}`) };
}

const MAX_REJECTED_LINES = 50;

/** Counts, then one line per rejected row (the first 50). */
export function describeImport(file: string, result: ImportedExport): string {
  const { counts, rejected } = result;
  const lines = [
    `${file}: ${counts.rows} data rows: ${counts.accepted} factors accepted, ${counts.rejected} rows rejected, ${counts.skipped} breakdown (Poste) rows skipped`,
    ...rejected.slice(0, MAX_REJECTED_LINES).map((r) => `${file}:${r.row}: ${r.reason}: ${r.detail}`),
  ];
  if (rejected.length > MAX_REJECTED_LINES) lines.push(`… and ${rejected.length - MAX_REJECTED_LINES} more`);
  return lines.join('\n') + '\n';
}

/** Adds a table unless it is already there; the same id and version as another table is a conflict. */
function addTable(tables: FactorTable[], table: FactorTable, file: string): FileProblem | null {
  const known = tables.find((t) => t.id === table.id && t.version === table.version);
  if (!known) tables.push(table);
  else if (!sameTable(known, table))
    return {
      file,
      code: 'table-conflict',
      path: ['version'],
      message: `Table "${table.id}" version "${table.version}" is already known with other content; a released version is never edited, give this one a new version`,
    };
  return null;
}

const isExportFile = (file: string) => file.toLowerCase().endsWith('.csv');
const TABLE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Bundled tables, then those named on the command line; one id and version must mean one table.
 * An export takes the id the scenario is pinned to when no other table has it, else the default id.
 */
export function gatherTables(files: readonly string[], scenario: Scenario | null, io: CliIo, verbose: boolean): { tables: FactorTable[]; problems: string[] } {
  const bundled = readBundledTables();
  const problems: string[] = bundled.ok ? [] : bundled.problems.map(formatProblem);
  const tables = bundled.ok ? [...bundled.value] : [];
  const add = (table: FactorTable, file: string) => {
    const conflict = addTable(tables, table, file);
    if (conflict) problems.push(formatProblem(conflict));
  };
  for (const file of files.filter((f) => !isExportFile(f))) {
    const read = readFactorTableFile(file);
    if (read.ok) add(read.value, file);
    else problems.push(...read.problems.map(formatProblem));
  }
  const pinned = scenario?.factorTable.id;
  const exportId = pinned && TABLE_ID.test(pinned) && !tables.some((t) => t.id === pinned) ? pinned : DEFAULT_IMPORT_TABLE_ID;
  for (const file of files.filter(isExportFile)) {
    const read = readExportFile(file, exportId);
    if (!read.ok) {
      problems.push(...read.lines);
      continue;
    }
    if (verbose) io.err(describeImport(file, read.result));
    add(read.result.table, file);
  }
  return { tables, problems };
}

/** The scenario and every table at hand, or all the problem lines of both at once. */
export function readScenarioAndTables(
  scenarioFile: string,
  factorFiles: readonly string[],
  io: CliIo,
  verbose = false,
  language: TextLanguage = 'fr',
): { ok: true; scenario: Scenario; tables: FactorTable[] } | { ok: false; lines: string[] } {
  const scenario = readScenarioInput(scenarioFile, language);
  const { tables, problems } = gatherTables(factorFiles, scenario.ok ? scenario.value : null, io, verbose);
  if (!scenario.ok) problems.push(...scenario.problems.map(formatProblem));
  if (problems.length || !scenario.ok) return { ok: false, lines: problems };
  return { ok: true, scenario: scenario.value, tables };
}

/** Problems of the domain (no file of their own) as lines naming the file they concern. */
export const describeProblemsIn = (file: string, problems: readonly Omit<Located, 'file'>[]) => problems.map((p) => formatProblem({ ...p, file }));

export function reportLines(io: CliIo, lines: readonly string[]): number {
  io.err(lines.join('\n') + '\n');
  return EXIT_BAD_INPUT;
}
