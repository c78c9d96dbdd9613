// `npm run estimate -- diff <scenario.json> --to <version> …`: the scenario under its pinned table
// version and under another version of the same table.
import { avoidedChange, compareVersions, replacementsBetween, selectPinnedTable, type Amounts, type VersionComparison } from '../../src/domain';
import { EXIT_CODES_HELP, onePositional, parseCommandArgs, reportUsageError, type CliIo, type CommandText } from './command';
import { describeProblemsIn, formatProblem, readReleases, readScenarioAndTables, reportLines } from './inputs';

const USAGE =
  'usage: npm run estimate -- diff <scenario.json> --to <version> [--factors <table.json|export.csv>]... [--replace <old-id>=<new-id>]... [--format json|text]';

export const DIFF: CommandText = {
  usage: USAGE,
  help: `${USAGE}

Evaluates the scenario under its pinned table version and under <version> of the same table: totals,
categories and lines before and after, the factors whose value changes, and those no longer in <version>
with the factor that replaces them.

  --to <version>          the other version of the pinned table (required)
  --factors <file>        another table, as for an estimate; may be repeated
  --replace <old>=<new>   the factor that replaces one no longer in <version>; may be repeated. Without
                          it, the replacement emission-factors/releases.json records for that version
  --format json|text      json (default), or a table to read
  -h, --help              this help

${EXIT_CODES_HELP}`,
};

const OPTIONS = {
  to: { type: 'string' },
  factors: { type: 'string', multiple: true },
  replace: { type: 'string', multiple: true },
  format: { type: 'string', default: 'json' },
} as const;

interface DiffOptions {
  scenario: string;
  to: string;
  factorFiles: readonly string[];
  replace: Record<string, string>;
  format: 'json' | 'text';
}

/** The options, or the reason they cannot be used. */
function readDiffOptions(values: { to?: string; factors?: string[]; replace?: string[]; format: string }, positionals: string[]): DiffOptions | string {
  const scenario = onePositional(positionals, 'scenario file');
  if ('reason' in scenario) return scenario.reason;
  if (values.to === undefined) return 'no --to <version> given';
  if (values.format !== 'json' && values.format !== 'text') return `--format must be json or text, not "${values.format}"`;
  const replace: Record<string, string> = {};
  for (const pair of values.replace ?? []) {
    const at = pair.indexOf('=');
    const from = at > 0 ? pair.slice(0, at) : '';
    const to = at > 0 ? pair.slice(at + 1) : '';
    if (!from || !to) return `--replace takes <old-id>=<new-id>, not "${pair}"`;
    replace[from] = to;
  }
  return { scenario: scenario.file, to: values.to, factorFiles: values.factors ?? [], replace, format: values.format };
}

const kg = (x: number) => x.toFixed(2).padStart(14);
const row = (name: string, c: { before: Amounts; after: Amounts }) =>
  `${name.slice(0, 40).padEnd(40)} ${kg(c.before.avoided)} ${kg(c.after.avoided)} ${kg(avoidedChange(c))}`;
const percent = (ratio: number) => `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;

function asText(c: VersionComparison): string {
  const out = [`Scenario under ${c.from.id} ${c.from.version} and ${c.to.version} (avoided emissions, kgCO2e)`, ''];
  out.push(`${''.padEnd(40)} ${c.from.version.padStart(14)} ${c.to.version.padStart(14)} ${'difference'.padStart(14)}`);
  out.push(row('TOTAL', c.totals), '');
  for (const x of c.categories) out.push(row(x.category, x));
  out.push('');
  for (const x of c.lines) out.push(row(x.name.en, x));
  out.push('', 'Factors whose value changes:');
  for (const x of c.changed)
    out.push(`  ${x.before.id}: ${x.before.value} → ${x.after.value} ${x.after.unit}` + (x.relativeChange === null ? '' : ` (${percent(x.relativeChange)})`));
  if (c.changed.length === 0) out.push('  none');
  out.push('Factors no longer in the newer version, and their replacements:');
  for (const x of c.removed) {
    const replacement = c.renames[x.factor.id];
    out.push(`  ${x.factor.id} → ${replacement ?? '?'}${x.suggested?.id === replacement ? ' (suggested by the newer version)' : ''}`);
  }
  if (c.removed.length === 0) out.push('  none');
  return out.join('\n') + '\n';
}

export function runDiff(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, OPTIONS, DIFF, io);
  if (typeof parsed === 'number') return parsed;
  const options = readDiffOptions(parsed.values, parsed.positionals);
  if (typeof options === 'string') return reportUsageError(io, options, DIFF);

  const read = readScenarioAndTables(options.scenario, options.factorFiles, io);
  if (!read.ok) return reportLines(io, read.lines);
  const releases = readReleases(io.releasesFile);
  if (!releases.ok) return reportLines(io, releases.problems.map(formatProblem));
  const inScenario = (problems: Parameters<typeof describeProblemsIn>[1]) => reportLines(io, describeProblemsIn(options.scenario, problems));

  const from = selectPinnedTable(read.scenario, read.tables);
  if (!from.ok) return inScenario(from.problems);
  const target = selectPinnedTable({ ...read.scenario, factorTable: { id: from.value.id, version: options.to } }, read.tables);
  if (!target.ok) return inScenario(target.problems.map((p) => ({ ...p, message: `--to: ${p.message}` })));
  const replacements = replacementsBetween(releases.value, from.value.id, from.value.version, target.value.version);
  const comparison = compareVersions(read.scenario, from.value, target.value, replacements, options.replace);
  if (!comparison.ok)
    return inScenario(comparison.problems.map((p) => ({ ...p, message: `${p.message} (give one with --replace ${String(p.params?.factor)}=<new-id>)` })));
  const { before: _before, after: _after, ...summary } = comparison.value;
  io.out(options.format === 'text' ? asText(comparison.value) : JSON.stringify(summary, null, 2) + '\n');
  return 0;
}
