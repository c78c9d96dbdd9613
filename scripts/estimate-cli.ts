// `npm run estimate -- <scenario.json> [--factors <table.json|export.csv>]... [--format json|csv] [--verbose]`
// `npm run estimate -- import-table <export.csv> [--id <table-id>] [--version <v>]`
// Exit codes: 0 done; 2 bad input or usage, one line per problem naming the file and the JSON path.
// A `--factors` file ending in `.csv` is an ADEME Base Carbone® export, read as the app reads it.
import { runDiffCli } from './diff-cli';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { evaluateScenario, formatPath, parseScenario, type FactorTable, type Scenario } from '../src/domain';
import {
  DEFAULT_IMPORT_TABLE_ID,
  decodeCsvBytes,
  describeSize,
  importBaseCarbone,
  MAX_EXPORT_BYTES,
  type BaseCarboneImport,
} from '../src/data/formats/base-carbone-import';
import { INTERNATIONAL_CSV } from '../src/data/formats/csv-writer';
import { estimateLinesCsv } from '../src/data/formats/estimate-csv';
import { readBundledTables, readFactorTableFile, readJsonFile, type FileProblem } from '../src/data/formats/table-files-node';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = [
  'usage: npm run estimate -- <scenario.json> [--factors <table.json|export.csv>]... [--format json|csv] [--verbose]',
  '       npm run estimate -- import-table <export.csv> [--id <table-id>] [--version <v>]',
  '       npm run estimate -- diff <scenario.json> --to <version> [--factors …]... [--replace <old-id>=<new-id>]... [--format json|text]',
].join('\n');

interface Options {
  scenario: string;
  factorFiles: string[];
  format: 'json' | 'csv';
  verbose: boolean;
}

function parseArgs(args: readonly string[]): Options | string {
  const factorFiles: string[] = [];
  let format: Options['format'] = 'json';
  let scenario: string | undefined;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--verbose') {
      verbose = true;
    } else if (arg === '--factors' || arg === '--format') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--factors') factorFiles.push(value);
      else if (value === 'json' || value === 'csv') format = value;
      else return `--format must be json or csv, not "${value}"`;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (scenario === undefined) {
      scenario = arg;
    } else {
      return `one scenario file at a time (got "${scenario}" and "${arg}")`;
    }
  }
  return scenario === undefined ? 'no scenario file given' : { scenario, factorFiles, format, verbose };
}

export const describe = (p: FileProblem) => `${p.file}: ${formatPath(p.path)}: ${p.message}`;

const isExportFile = (file: string) => file.toLowerCase().endsWith('.csv');

type ExportRead = { ok: true; result: Extract<BaseCarboneImport, { ok: true }> } | { ok: false; lines: string[] };

/** An ADEME export read from disk and imported; a problem of the whole file as `<file>: <message>`. */
function readExportFile(file: string, tableId?: string, version?: string): ExportRead {
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
  return result.ok ? { ok: true, result } : { ok: false, lines: result.problems.map((p) => `${file}: ${p}`) };
}

const MAX_REJECTED_LINES = 50;

/** Counts, then one line per rejected row (the first 50). */
function describeImport(file: string, result: Extract<BaseCarboneImport, { ok: true }>): string {
  const { counts, rejected } = result;
  const lines = [
    `${file}: ${counts.rows} data rows: ${counts.accepted} factors accepted, ${counts.rejected} rows rejected, ${counts.skipped} breakdown (Poste) rows skipped`,
    ...rejected.slice(0, MAX_REJECTED_LINES).map((r) => `${file}:${r.row}: ${r.reason}: ${r.detail}`),
  ];
  if (rejected.length > MAX_REJECTED_LINES) lines.push(`… and ${rejected.length - MAX_REJECTED_LINES} more`);
  return lines.join('\n') + '\n';
}

/** Adds a table unless the same id and version is already there; the same content is no conflict. */
function addTable(tables: FactorTable[], table: FactorTable, file: string): FileProblem | null {
  const same = tables.find((t) => t.id === table.id && t.version === table.version);
  if (!same) tables.push(table);
  else if (JSON.stringify(same) !== JSON.stringify(table))
    return {
      file,
      code: 'table-conflict',
      path: ['version'],
      message: `Table "${table.id}" version "${table.version}" is already known with other content; a released version is never edited, give this one a new version`,
    };
  return null;
}

const TABLE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Bundled tables, then those named on the command line; one id and version must mean one content.
 * An export takes the id the scenario is pinned to when no other table has it, else the default id.
 */
export function gatherTables(
  files: readonly string[],
  scenario: Scenario | null,
  io: CliIo,
  verbose: boolean,
): { tables: FactorTable[]; problems: string[] } {
  const bundled = readBundledTables();
  const problems: string[] = bundled.ok ? [] : bundled.problems.map(describe);
  const tables = bundled.ok ? [...bundled.value] : [];
  for (const file of files.filter((f) => !isExportFile(f))) {
    const read = readFactorTableFile(file);
    if (!read.ok) {
      problems.push(...read.problems.map(describe));
      continue;
    }
    const conflict = addTable(tables, read.value, file);
    if (conflict) problems.push(describe(conflict));
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
    const conflict = addTable(tables, read.result.table, file);
    if (conflict) problems.push(describe(conflict));
  }
  return { tables, problems };
}

export const IMPORT_USAGE = 'usage: npm run estimate -- import-table <export.csv> [--id <table-id>] [--version <v>]';

/** `import-table`: the table as JSON on stdout, the counts and rejected rows on stderr. */
function runImportTable(args: readonly string[], io: CliIo): number {
  let file: string | undefined;
  let id: string | undefined;
  let version: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    let problem: string | undefined;
    if (arg === '--id' || arg === '--version') {
      const value = args[++i];
      if (value === undefined) problem = `${arg} needs a value`;
      else if (arg === '--id') id = value;
      else version = value;
    } else if (arg.startsWith('--')) problem = `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else problem = `one export file at a time (got "${file}" and "${arg}")`;
    if (problem) {
      io.err(`${problem}\n${IMPORT_USAGE}\n`);
      return 2;
    }
  }
  if (file === undefined) {
    io.err(`no export file given\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const read = readExportFile(file, id, version);
  if (!read.ok) {
    io.err(read.lines.join('\n') + '\n');
    return 2;
  }
  io.err(describeImport(file, read.result));
  io.out(JSON.stringify(read.result.table, null, 2) + '\n');
  return read.result.counts.accepted > 0 ? 0 : 2;
}

export function runEstimateCli(args: readonly string[], io: CliIo): number {
  if (args[0] === 'import-table') return runImportTable(args.slice(1), io);
  if (args[0] === 'diff') return runDiffCli(args.slice(1), io);
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${USAGE}\n`);
    return 2;
  }
  const json = readJsonFile(options.scenario);
  const scenario = json.ok ? parseScenario(json.value) : null;
  const { tables, problems } = gatherTables(options.factorFiles, scenario?.ok ? scenario.value : null, io, options.verbose);
  if (!json.ok) problems.push(...json.problems.map(describe));
  if (scenario && !scenario.ok) problems.push(...scenario.problems.map((p) => describe({ ...p, file: options.scenario })));
  if (problems.length || !scenario?.ok) {
    io.err(problems.join('\n') + '\n');
    return 2;
  }

  // With its 95 % ranges by Monte Carlo (10,000 draws, fixed seed: the same file gives the same figures).
  const evaluation = evaluateScenario(scenario.value, tables, { ranges: true });
  if (!evaluation.ok) {
    io.err(evaluation.problems.map((p) => describe({ ...p, file: options.scenario })).join('\n') + '\n');
    return 2;
  }
  const { estimate, ranges: uncertainty, costs } = evaluation.value;
  io.out(
    options.format === 'csv'
      ? estimateLinesCsv(estimate, INTERNATIONAL_CSV, 'en', uncertainty, costs)
      : JSON.stringify({ ...estimate, uncertainty, costs }, null, 2) + '\n',
  );
  return 0;
}
