// `npm run estimate -- import-table <export.csv> …`: an ADEME export as a table in our JSON format, the
// counts and rejected rows beside it on stderr.
import { EXIT_BAD_INPUT, EXIT_CODES_HELP, onePositional, parseCommandArgs, reportUsageError, type CliIo, type CommandText } from './command';
import { DEFAULT_IMPORT_TABLE_ID, describeImport, readExportFile, reportLines } from './inputs';

const USAGE = 'usage: npm run estimate -- import-table <export.csv> [--id <table-id>] [--version <v>]';

export const IMPORT_TABLE: CommandText = {
  usage: USAGE,
  help: `${USAGE}

Reads an ADEME Base Carbone® / Base Empreinte® CSV export as the app does, prints the table in our JSON
format on stdout, and on stderr the counts and each rejected row (\`file:row: reason: detail\`, the first 50).

  --id <table-id>   the table's id (default: ${DEFAULT_IMPORT_TABLE_ID})
  --version <v>     the table's version (default: the export's latest modification date)
  -h, --help        this help

${EXIT_CODES_HELP} An export with no factor accepted is bad input.`,
};

const OPTIONS = {
  id: { type: 'string' },
  version: { type: 'string' },
} as const;

export function runImportTable(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, OPTIONS, IMPORT_TABLE, io);
  if (typeof parsed === 'number') return parsed;
  const exportFile = onePositional(parsed.positionals, 'export file');
  if ('reason' in exportFile) return reportUsageError(io, exportFile.reason, IMPORT_TABLE);

  const read = readExportFile(exportFile.file, parsed.values.id, parsed.values.version);
  if (!read.ok) return reportLines(io, read.lines);
  io.err(describeImport(exportFile.file, read.result));
  io.out(JSON.stringify(read.result.table, null, 2) + '\n');
  return read.result.counts.accepted > 0 ? 0 : EXIT_BAD_INPUT;
}
