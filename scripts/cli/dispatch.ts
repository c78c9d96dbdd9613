// The command line's one decision: which subcommand the first word names (none: an estimate), or the
// help of them all. Kept apart from main.ts so that tests run it without a process.
import { EXIT_CODES_HELP, type CliIo } from './command';
import { DECP, runDecp } from './decp';
import { DIFF, runDiff } from './diff';
import { ESTIMATE, ESTIMATE_OPTIONS, runEstimate } from './estimate';
import { IMPORT_TABLE, runImportTable } from './import-table';
import { registerCatalogue } from '../../src/i18n';
import { en } from '../../src/i18n/en';

// The app fetches English when asked; the command line writes either language, so it has both at hand.
registerCatalogue('en', en);

export type { CliIo };

const firstLine = (usage: string) => usage.split('\n')[0] as string;

export const HELP = [
  firstLine(ESTIMATE.usage),
  firstLine(DIFF.usage).replace('usage:', '      '),
  firstLine(IMPORT_TABLE.usage).replace('usage:', '      '),
  firstLine(DECP.usage).replace('usage:', '      '),
  '',
  ESTIMATE_OPTIONS,
  '',
  'diff, import-table and decp have their own options: npm run estimate -- diff --help, npm run estimate -- import-table --help, npm run estimate -- decp --help.',
  '',
  EXIT_CODES_HELP,
].join('\n');

const SUBCOMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => number>> = {
  diff: runDiff,
  'import-table': runImportTable,
  decp: runDecp,
};

export function runEstimateCli(args: readonly string[], io: CliIo): number {
  const [first, ...rest] = args;
  if (first === '--help' || first === '-h') {
    io.out(`${HELP}\n`);
    return 0;
  }
  const subcommand = first === undefined ? undefined : SUBCOMMANDS[first];
  return subcommand ? subcommand(rest, io) : runEstimate(args, io);
}
