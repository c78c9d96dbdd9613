// --help on the command and on each subcommand; options node:util does not know, or without their value.
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, errLines: err.trim().split('\n') };
}

const ESTIMATE_USAGE =
  'usage: npm run estimate -- <scenario.json|template.json> [--factors <table.json|export.csv>]... [--format json|csv] [--lang fr|en] [--verbose]';
const DIFF_USAGE =
  'usage: npm run estimate -- diff <scenario.json> --to <version> [--factors <table.json|export.csv>]... [--replace <old-id>=<new-id>]... [--format json|text]';
const IMPORT_USAGE = 'usage: npm run estimate -- import-table <export.csv> [--id <table-id>] [--version <v>]';
const DECP_USAGE = 'usage: npm run estimate -- decp <file>... [--format json|csv] [--by year|cpv|buyer] [--emissions]';

describe('--help', () => {
  it.each([['--help'], ['-h']])('%s on the command: every subcommand, the estimate options, on stdout, exit 0', (flag) => {
    const { code, out, err } = cli(flag);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toBe(ESTIMATE_USAGE);
    expect(lines[1]).toBe(DIFF_USAGE.replace('usage:', '      '));
    expect(lines[2]).toBe(IMPORT_USAGE.replace('usage:', '      '));
    expect(lines[3]).toBe(DECP_USAGE.replace('usage:', '      '));
    for (const option of ['--factors <file>', '--format json|csv', '--lang fr|en', '--verbose', '-h, --help']) expect(out).toContain(option);
    expect(out).toContain('npm run estimate -- diff --help');
    expect(out).toContain('npm run estimate -- decp --help');
    expect(out).toContain('Exit codes: 0 done; 2 bad input or usage');
  });

  const subcommands: [string, string[], string, string[]][] = [
    ['estimate', ['scenario.json', '--help'], ESTIMATE_USAGE, ['--factors <file>', '--format json|csv', '--lang fr|en', '--verbose']],
    ['diff', ['diff', '--help'], DIFF_USAGE, ['--to <version>', '--factors <file>', '--replace <old>=<new>', '--format json|text']],
    ['import-table', ['import-table', '-h'], IMPORT_USAGE, ['--id <table-id>', '--version <v>']],
    ['decp', ['decp', 'missing.json', '--help'], DECP_USAGE, ['--format json|csv', '--by year|cpv|buyer', '--emissions']],
  ];

  it.each(subcommands)('on %s: its usage and options on stdout, exit 0, nothing read', (_name, args, usage, options) => {
    // The scenario file named before --help does not exist: help is answered before any file is read.
    const { code, out, err } = cli(...args);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe(usage);
    for (const option of [...options, '-h, --help']) expect(out).toContain(option);
  });
});

describe('options the command does not take', () => {
  const cases: [string, string[], string, string][] = [
    ['an unknown option to estimate', ['s.json', '--bogus'], 'unknown option --bogus', ESTIMATE_USAGE],
    ['an unknown short option', ['s.json', '-x'], 'unknown option -x', ESTIMATE_USAGE],
    ['an option of diff given to estimate', ['s.json', '--to', '2024.1'], 'unknown option --to', ESTIMATE_USAGE],
    ['an unknown option to diff', ['diff', 's.json', '--to', '2024.1', '--frobnicate'], 'unknown option --frobnicate', DIFF_USAGE],
    ['an unknown option to import-table', ['import-table', 'e.csv', '--format', 'json'], 'unknown option --format', IMPORT_USAGE],
    ['an unknown option to decp', ['decp', 'a.json', '--factors', 't.json'], 'unknown option --factors', DECP_USAGE],
    ['a grouping decp does not know', ['decp', 'a.json', '--by', 'region'], '--by must be year, cpv or buyer, not "region"', DECP_USAGE],
    ['a decp format it does not write', ['decp', 'a.json', '--format', 'xlsx'], '--format must be json or csv, not "xlsx"', DECP_USAGE],
    ['no DECP file', ['decp'], 'no DECP file given', DECP_USAGE],
    ['a value missing at the end', ['diff', 's.json', '--to'], '--to needs a value', DIFF_USAGE],
    ['an option taken for a value', ['s.json', '--factors', '--verbose'], '--factors needs a value', ESTIMATE_USAGE],
    ['a value given to a switch', ['s.json', '--verbose=yes'], '--verbose takes no value', ESTIMATE_USAGE],
    ['no --to', ['diff', 's.json'], 'no --to <version> given', DIFF_USAGE],
    [
      'a --replace without =',
      ['diff', 's.json', '--to', '2', '--replace', 'chair-plastic'],
      '--replace takes <old-id>=<new-id>, not "chair-plastic"',
      DIFF_USAGE,
    ],
    ['two export files', ['import-table', 'a.csv', 'b.csv'], 'one export file at a time (got "a.csv" and "b.csv")', IMPORT_USAGE],
  ];

  it.each(cases)('%s: exit 2, the reason on one line, then the usage', (_name, args, reason, usage) => {
    const { code, out, errLines } = cli(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(errLines).toEqual([reason, usage]);
  });
});
