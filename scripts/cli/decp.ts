// `npm run estimate -- decp <file>...`: public contracts' essential data (DECP) read with the app's code,
// counted once each, and split by their environmental and social considerations.
import { readFileSync, statSync } from 'node:fs';
import { SOCIAL_CLASSES, ENVIRONMENTAL_CLASSES } from '../../src/domain/decp/contract';
import type { DecpFigures, DecpGroup, DecpGrouping } from '../../src/domain/decp/aggregate';
import type { DecpFileRead } from '../../src/domain/decp/tree';
import { reportDecp, type DecpReport } from '../../src/domain/decp/report';
import { decodeCsvBytes } from '../../src/data/formats/base-carbone/decode';
import { writeCsv, type CsvCell } from '../../src/data/formats/csv-writer';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { EXIT_CODES_HELP, parseCommandArgs, reportUsageError, type CliIo, type CommandText } from './command';
import { formatProblem, reportLines } from './inputs';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { resolveBundledSpendMapping, SPEND_MAPPING_FILE } from '../../src/data/bundled/cpv-spend';
import { columnsOfContracts } from '../../src/domain/decp/columns';
import { emissionsAtStake as emissionsAtStakeOf } from '../../src/domain/decp/emissions-at-stake';

const USAGE = 'usage: npm run estimate -- decp <file>... [--format json|csv] [--by year|cpv|buyer] [--emissions]';

export const DECP: CommandText = {
  usage: USAGE,
  help: `${USAGE}

Reads DECP files (public contracts' essential data) — JSON in the 2019 or 2022 schema, their XML, or the
consolidated tabular CSV — normalises them field by field, counts each contract (buyer SIRET + id) once
across all the files, the latest version winning, and counts contracts and amounts (€ excl. VAT) by their
environmental and social considerations. Every defect found is listed with its file, record and field.

  --format json|csv        json (default): the figures, the files, the duplicates merged and every defect;
                           csv: one row of figures (per group with --by), the defects left out
  --by year|cpv|buyer      the same figures per year of notification, CPV division or buyer SIRET
  --emissions              JSON only: adds \`emissionsAtStake\`, the spend-based order of magnitude of the
                           emissions embodied in the purchases per CPV division (the CPV → monetary-ratio
                           mapping of emission-factors/, table 2025.2), never avoided emissions
  -h, --help               this help

${EXIT_CODES_HELP} A file that holds no DECP records, or cannot be read, is bad input.`,
};

const OPTIONS = {
  format: { type: 'string', default: 'json' },
  by: { type: 'string' },
  emissions: { type: 'boolean', default: false },
} as const;

// A national yearly file is a few hundred MB; past this, the text would not fit in one JavaScript string.
const MAX_DECP_BYTES = 500 * 1024 * 1024;

function readDecpFile(file: string): DecpFileRead {
  const fail = (problem: string): DecpFileRead => ({ file, shape: null, contracts: [], defects: [], problem });
  try {
    const size = statSync(file).size;
    if (size > MAX_DECP_BYTES)
      return fail(`the file is ${Math.round(size / (1024 * 1024))} MB, larger than the ${MAX_DECP_BYTES / (1024 * 1024)} MB one file may be`);
    return readDecpText(file, decodeCsvBytes(readFileSync(file)).text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return fail(`Cannot read the file: ${reason}`);
  }
}

const GROUPINGS: readonly DecpGrouping[] = ['year', 'cpv', 'buyer'];

const CSV_HEADER = [
  'group',
  'name',
  'contracts',
  ...ENVIRONMENTAL_CLASSES.map((c) => `environmental_${c}`),
  ...SOCIAL_CLASSES.map((c) => `social_${c}`),
  ...ENVIRONMENTAL_CLASSES.map((c) => `environmental_amount_${c}`),
  ...SOCIAL_CLASSES.map((c) => `social_amount_${c}`),
  'amount_unknown',
  'ceiling_contracts',
  'ceiling_amount',
];

function csvRow(key: string, name: string | undefined, f: DecpFigures): CsvCell[] {
  return [
    key,
    name,
    f.contracts,
    ...ENVIRONMENTAL_CLASSES.map((c) => f.environmental[c]),
    ...SOCIAL_CLASSES.map((c) => f.social[c]),
    ...ENVIRONMENTAL_CLASSES.map((c) => f.environmentalAmounts[c]),
    ...SOCIAL_CLASSES.map((c) => f.socialAmounts[c]),
    f.amountUnknown,
    f.ceilings.contracts,
    f.ceilings.amount,
  ];
}

/** One row for all the contracts (group `all`), or one per group. */
function asCsv(report: DecpReport): string {
  const groups: readonly DecpGroup[] = report.groups ?? [];
  const rows = report.groups ? groups.map((g) => csvRow(g.key, g.name, g)) : [csvRow('all', undefined, report)];
  return writeCsv([CSV_HEADER, ...rows]);
}

export function runDecp(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, OPTIONS, DECP, io);
  if (typeof parsed === 'number') return parsed;
  const { format, by, emissions } = parsed.values;
  if (format !== 'json' && format !== 'csv') return reportUsageError(io, `--format must be json or csv, not "${format}"`, DECP);
  if (by !== undefined && !GROUPINGS.includes(by as DecpGrouping)) return reportUsageError(io, `--by must be year, cpv or buyer, not "${by}"`, DECP);
  if (emissions && format !== 'json') return reportUsageError(io, '--emissions is given in the JSON only', DECP);
  if (parsed.positionals.length === 0) return reportUsageError(io, 'no DECP file given', DECP);

  const reads = parsed.positionals.map(readDecpFile);
  const problems = reads.filter((r) => r.problem !== null).map((r) => `${r.file}: ${r.problem}`);
  if (problems.length > 0) return reportLines(io, problems);
  const { report, contracts } = reportDecp(reads, by as DecpGrouping | undefined);
  if (format === 'csv') {
    io.out(asCsv(report));
    return 0;
  }
  if (!emissions) {
    io.out(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  const tables = readBundledTables();
  if (!tables.ok) return reportLines(io, tables.problems.map(formatProblem));
  const mapping = resolveBundledSpendMapping(tables.value);
  if (!mapping.ok)
    return reportLines(
      io,
      mapping.problems.map((p) => formatProblem({ ...p, file: SPEND_MAPPING_FILE })),
    );
  const emissionsAtStake = emissionsAtStakeOf(columnsOfContracts(contracts).columns, mapping.value);
  io.out(JSON.stringify({ ...report, emissionsAtStake }, null, 2) + '\n');
  return 0;
}
