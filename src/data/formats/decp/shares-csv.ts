// The contracts dashboard's table in a file: one row for every contract shown (`all`), then one per group,
// each with its contracts, known amount, ceilings and, per class of the considerations shown, the contracts,
// euros and both shares. Codes and fractions for programs (international dialect); words in the file's
// language for a person (French spreadsheet dialect). Shares are fractions (0.25), never rounded percentages.
import type { DecpClass, DecpConsideration, DecpShareRow } from '../../../domain/decp/dashboard';
import { classesOf } from '../../../domain/decp/dashboard';
import type { Language } from '../../../i18n';
import { translateDecp, type DecpMessageKey } from '../../../i18n/decp-words';
import { writeCsv, type CsvCell, type CsvDialect } from '../csv-writer';

export interface DecpSharesTable {
  readonly consideration: DecpConsideration;
  /** The grouping's code (`year`, `cpv-division`…). */
  readonly by: string;
  readonly overall: DecpShareRow;
  readonly rows: readonly DecpShareRow[];
  /** Each group's name in words, by key (the CPV label, the buyer's name…). */
  readonly names: ReadonlyMap<string, string>;
}

const PER_CLASS = ['contracts', 'contract_share', 'amount_eur', 'amount_share'] as const;

/** The column codes: they never change with the language, and columns are only ever added at the end. */
export function decpSharesColumns(consideration: DecpConsideration): string[] {
  return [
    'by',
    'key',
    'name',
    'contracts',
    'amount_eur',
    'amount_unknown',
    'ceiling_contracts',
    'ceiling_amount_eur',
    ...classesOf(consideration).flatMap((cls) => PER_CLASS.map((what) => `${consideration}_${cls}_${what}`)),
    `${consideration}_with_consideration_contract_share`,
    `${consideration}_with_consideration_amount_share`,
  ];
}

/** The header in words of a language. */
export function decpSharesHeader(consideration: DecpConsideration, language: Language): string[] {
  const t = (key: DecpMessageKey) => translateDecp(language, key);
  const classWord = (cls: DecpClass) => t(`decp.class.${consideration}.${cls}`);
  return [
    t('decp.csv.by'),
    t('decp.csv.key'),
    t('decp.csv.name'),
    t('decp.table.contracts'),
    t('decp.table.amount'),
    t('decp.csv.amountUnknown'),
    t('decp.csv.ceilingContracts'),
    t('decp.csv.ceilingAmount'),
    ...classesOf(consideration).flatMap((cls) => PER_CLASS.map((what) => `${classWord(cls)} — ${t(`decp.csv.${what}`)}`)),
    `${t('decp.table.withConsideration')} — ${t('decp.csv.contract_share')}`,
    `${t('decp.table.withConsideration')} — ${t('decp.csv.amount_share')}`,
  ];
}

/** The values of every row (numbers as numbers), `all` first. */
export function decpSharesValues(table: DecpSharesTable): CsvCell[][] {
  const classes = classesOf(table.consideration);
  const row = (r: DecpShareRow): CsvCell[] => [
    table.by,
    r.key,
    table.names.get(r.key) ?? r.name ?? '',
    r.contracts,
    r.amount,
    r.amountUnknown,
    r.ceilings.contracts,
    r.ceilings.amount,
    ...classes.flatMap((cls) => {
      const c = r.cells[cls];
      return [c.contracts, c.contractShare, c.amount, c.amountShare];
    }),
    r.withConsideration.contracts,
    r.withConsideration.amount,
  ];
  return [row(table.overall), ...table.rows.map(row)];
}

/** The CSV text; a name a spreadsheet would run as a formula is written as text. */
export function decpSharesCsv(table: DecpSharesTable, dialect: CsvDialect, language: Language): string {
  const header = dialect.labels === 'words' ? decpSharesHeader(table.consideration, language) : decpSharesColumns(table.consideration);
  return writeCsv([header, ...decpSharesValues(table)], dialect);
}
