// `npm run estimate -- diff <scenario.json> --to <version> [--factors <table.json>]... [--replace old=new]... [--format json|text]`
// The scenario under its pinned table version and under another version of the same table.
import { readFileSync } from 'node:fs';
import { compareVersions, formatPath, parseScenario, ReleasesSchema, replacementsBetween, selectPinnedTable, type Amounts, type Releases, type VersionComparison } from '../src/domain';
import { BUNDLED_TABLES_DIR, readJsonFile } from '../src/data/formats/table-files-node';
import { describe, gatherTables, type CliIo } from './estimate-cli';

export const DIFF_USAGE =
  'usage: npm run estimate -- diff <scenario.json> --to <version> [--factors <table.json>]... [--replace <old-id>=<new-id>]... [--format json|text]';

interface DiffOptions {
  scenario: string;
  to: string;
  factorFiles: string[];
  replace: Record<string, string>;
  format: 'json' | 'text';
}

function parseDiffArgs(args: readonly string[]): DiffOptions | string {
  const options: Partial<DiffOptions> & { factorFiles: string[]; replace: Record<string, string> } = { factorFiles: [], replace: {}, format: 'json' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (['--to', '--factors', '--replace', '--format'].includes(arg)) {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--to') options.to = value;
      else if (arg === '--factors') options.factorFiles.push(value);
      else if (arg === '--replace') {
        const [from, to] = value.split('=');
        if (!from || !to) return `--replace takes <old-id>=<new-id>, not "${value}"`;
        options.replace[from] = to;
      } else if (value === 'json' || value === 'text') options.format = value;
      else return `--format must be json or text, not "${value}"`;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (options.scenario === undefined) options.scenario = arg;
    else return `one scenario file at a time (got "${options.scenario}" and "${arg}")`;
  }
  if (options.scenario === undefined) return 'no scenario file given';
  if (options.to === undefined) return 'no --to <version> given';
  return options as DiffOptions;
}

function readReleases(): Releases {
  try {
    return ReleasesSchema.parse(JSON.parse(readFileSync(`${BUNDLED_TABLES_DIR}releases.json`, 'utf8')));
  } catch {
    return { format: 'carbone-evite/factor-releases@1', releases: [] };
  }
}

const kg = (x: number) => x.toFixed(2).padStart(14);
const row = (name: string, before: Amounts, after: Amounts) =>
  `${name.slice(0, 40).padEnd(40)} ${kg(before.avoided)} ${kg(after.avoided)} ${kg(after.avoided - before.avoided)}`;

function asText(c: VersionComparison): string {
  const out = [`Scenario under ${c.from.id} ${c.from.version} and ${c.to.version} (avoided emissions, kgCO2e)`, ''];
  out.push(`${''.padEnd(40)} ${c.from.version.padStart(14)} ${c.to.version.padStart(14)} ${'difference'.padStart(14)}`);
  out.push(row('TOTAL', c.totals.before, c.totals.after), '');
  for (const x of c.categories) out.push(row(x.category, x.before, x.after));
  out.push('');
  for (const x of c.lines) out.push(row(x.label || x.id, x.before, x.after));
  out.push('', 'Factors whose value changes:');
  for (const x of c.changed)
    out.push(
      `  ${x.before.id}: ${x.before.value} → ${x.after.value} ${x.after.unit}` +
        (x.relativeChange === null ? '' : ` (${x.relativeChange > 0 ? '+' : ''}${(x.relativeChange * 100).toFixed(1)} %)`),
    );
  if (c.changed.length === 0) out.push('  none');
  out.push('Factors no longer in the newer version, and their replacements:');
  for (const x of c.removed) out.push(`  ${x.factor.id} → ${c.renames[x.factor.id] ?? '?'}${x.suggested?.id === c.renames[x.factor.id] ? ' (suggested by the newer version)' : ''}`);
  if (c.removed.length === 0) out.push('  none');
  return out.join('\n') + '\n';
}

export function runDiffCli(args: readonly string[], io: CliIo): number {
  const options = parseDiffArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${DIFF_USAGE}\n`);
    return 2;
  }
  const json = readJsonFile(options.scenario);
  const scenario = json.ok ? parseScenario(json.value) : null;
  const { tables, problems } = gatherTables(options.factorFiles, scenario?.ok ? scenario.value : null, io, false);
  if (!json.ok) problems.push(...json.problems.map(describe));
  if (scenario && !scenario.ok) problems.push(...scenario.problems.map((p) => describe({ ...p, file: options.scenario })));
  if (problems.length || !scenario?.ok) {
    io.err(problems.join('\n') + '\n');
    return 2;
  }
  const fail = (ps: readonly { path: readonly (string | number)[]; message: string }[]) => {
    io.err(ps.map((p) => `${options.scenario}: ${formatPath(p.path)}: ${p.message}`).join('\n') + '\n');
    return 2;
  };
  const from = selectPinnedTable(scenario.value, tables);
  if (!from.ok) return fail(from.problems);
  const target = selectPinnedTable({ ...scenario.value, factorTable: { id: from.value.id, version: options.to } }, tables);
  if (!target.ok) return fail(target.problems.map((p) => ({ ...p, message: `--to: ${p.message}` })));
  const replacements = replacementsBetween(readReleases(), from.value.id, from.value.version, target.value.version);
  const comparison = compareVersions(scenario.value, from.value, target.value, replacements, options.replace);
  if (!comparison.ok)
    return fail(comparison.problems.map((p) => ({ ...p, message: `${p.message} (give one with --replace ${String(p.params?.factor)}=<new-id>)` })));
  const { before: _before, after: _after, ...summary } = comparison.value;
  io.out(options.format === 'text' ? asText(comparison.value) : JSON.stringify(summary, null, 2) + '\n');
  return 0;
}
