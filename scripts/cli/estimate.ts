// `npm run estimate -- <scenario.json> …`: the scenario's figures, explained, with their 95 % intervals
// and whole-life costs, as JSON or as one CSV row a line.
import { evaluateWithIntervals } from '../../src/domain';
import { INTERNATIONAL_CSV } from '../../src/data/formats/csv-writer';
import { estimateLinesCsv } from '../../src/data/formats/estimate-csv';
import { EXIT_CODES_HELP, onePositional, parseCommandArgs, reportUsageError, type CliIo, type CommandText } from './command';
import { describeProblemsIn, readScenarioAndTables, reportLines } from './inputs';

const USAGE = 'usage: npm run estimate -- <scenario.json|template.json> [--factors <table.json|export.csv>]... [--format json|csv] [--lang fr|en] [--verbose]';

export const ESTIMATE_OPTIONS = `Estimates what the scenario avoids against the factor table it is pinned to (tables under
emission-factors/ are always at hand). A template file (templates/<id>.json) is estimated as the scenario
it opens as.

  --factors <file>     another table: our JSON format, or an ADEME Base Carbone® export (a file ending
                       in .csv, its version the export's latest modification date); may be repeated
  --format json|csv    json (default): totals (and what they count), categories and explained lines in
                       kgCO2e, each line's method findings and whether the total counts it, with 95 %
                       intervals and costs; csv: one row a line (comma, decimal point), the app's columns
  --lang fr|en         the language of a template file's labels (default fr) and of the CSV's factor
                       labels and findings (default en)
  --verbose            for each export: its counts and rejected rows, on stderr
  -h, --help           this help`;

export const ESTIMATE: CommandText = { usage: USAGE, help: `${USAGE}\n\n${ESTIMATE_OPTIONS}\n\n${EXIT_CODES_HELP}` };

const OPTIONS = {
  factors: { type: 'string', multiple: true },
  format: { type: 'string', default: 'json' },
  // No default: a template's labels are French unless told, the CSV's words English unless told.
  lang: { type: 'string' },
  verbose: { type: 'boolean', default: false },
} as const;

export function runEstimate(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, OPTIONS, ESTIMATE, io);
  if (typeof parsed === 'number') return parsed;
  const { factors = [], format, lang, verbose } = parsed.values;
  if (format !== 'json' && format !== 'csv') return reportUsageError(io, `--format must be json or csv, not "${format}"`, ESTIMATE);
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') return reportUsageError(io, `--lang must be fr or en, not "${lang}"`, ESTIMATE);
  const scenarioFile = onePositional(parsed.positionals, 'scenario file');
  if ('reason' in scenarioFile) return reportUsageError(io, scenarioFile.reason, ESTIMATE);

  const read = readScenarioAndTables(scenarioFile.file, factors, io, verbose, lang ?? 'fr');
  if (!read.ok) return reportLines(io, read.lines);
  // With its 95 % intervals by Monte Carlo (10,000 draws, fixed seed: the same file gives the same figures).
  const evaluation = evaluateWithIntervals(read.scenario, read.tables);
  if (!evaluation.ok) return reportLines(io, describeProblemsIn(scenarioFile.file, evaluation.problems));
  const { estimate, intervals, costs } = evaluation.value;
  io.out(
    format === 'csv'
      ? estimateLinesCsv(estimate, INTERNATIONAL_CSV, lang ?? 'en', intervals, costs)
      : JSON.stringify({ ...estimate, uncertainty: intervals, costs }, null, 2) + '\n',
  );
  return 0;
}
