// `npm run estimate -- <scenario.json> [--factors <table.json>]... [--format json|csv]`
// Exit codes: 0 done; 2 bad input or usage, one line per problem naming the file and the JSON path.
import { estimateWithTables, formatPath, parseScenario, type FactorTable } from '../src/domain';
import { INTERNATIONAL_CSV } from '../src/data/csv-writer';
import { estimateLinesCsv } from '../src/data/estimate-csv';
import { readBundledTables, readFactorTableFile, readJsonFile, type FileProblem } from '../src/data/table-files-node';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = 'usage: npm run estimate -- <scenario.json> [--factors <table.json>]... [--format json|csv]';

interface Options {
  scenario: string;
  factorFiles: string[];
  format: 'json' | 'csv';
}

function parseArgs(args: readonly string[]): Options | string {
  const factorFiles: string[] = [];
  let format: Options['format'] = 'json';
  let scenario: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--factors' || arg === '--format') {
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
  return scenario === undefined ? 'no scenario file given' : { scenario, factorFiles, format };
}

const describe = (p: FileProblem) => `${p.file}: ${formatPath(p.path)}: ${p.message}`;

/** Bundled tables, then those named on the command line; one id and version must mean one content. */
function gatherTables(files: readonly string[]): { tables: FactorTable[]; problems: FileProblem[] } {
  const bundled = readBundledTables();
  const problems: FileProblem[] = bundled.ok ? [] : bundled.problems;
  const tables = bundled.ok ? [...bundled.value] : [];
  for (const file of files) {
    const read = readFactorTableFile(file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const table = read.value;
    const same = tables.find((t) => t.id === table.id && t.version === table.version);
    if (!same) tables.push(table);
    else if (JSON.stringify(same) !== JSON.stringify(table))
      problems.push({
        file,
        code: 'table-conflict',
        path: ['version'],
        message: `Table "${table.id}" version "${table.version}" is already known with other content; a released version is never edited, give this one a new version`,
      });
  }
  return { tables, problems };
}

export function runEstimateCli(args: readonly string[], io: CliIo): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${USAGE}\n`);
    return 2;
  }
  const { tables, problems } = gatherTables(options.factorFiles);
  const json = readJsonFile(options.scenario);
  if (!json.ok) problems.push(...json.problems);
  const scenario = json.ok ? parseScenario(json.value) : null;
  if (scenario && !scenario.ok) problems.push(...scenario.problems.map((p) => ({ ...p, file: options.scenario })));
  if (problems.length || !scenario?.ok) {
    io.err(problems.map(describe).join('\n') + '\n');
    return 2;
  }

  const estimate = estimateWithTables(scenario.value, tables);
  if (!estimate.ok) {
    io.err(estimate.problems.map((p) => describe({ ...p, file: options.scenario })).join('\n') + '\n');
    return 2;
  }
  io.out(
    options.format === 'csv'
      ? estimateLinesCsv(estimate.value, INTERNATIONAL_CSV)
      : JSON.stringify(estimate.value, null, 2) + '\n',
  );
  return 0;
}
