// The consolidated tabular export (decp.info, decp-table-schema; NOTES §1.5): one row per holder
// (titulaire), lists joined with ", ", "Pas de considération …" written "Sans objet". The rows of one
// contract's version (same buyer, id and modification) are its co-holders: folded into one contract, so
// that summing never multiplies an amount by the number of holders.
import type { DecpContract, DecpDefect } from './contract';
import type { DecpContractSink, DecpFileRead } from './tree';
import { foldSpelling, type RecordContext } from './fields';
import { readContract } from './record';

type Row = Readonly<Record<string, string | undefined>>;

const REQUIRED_COLUMNS = ['id', 'acheteur_id', 'montant'];
const NOT_CURRENT = new Set(['non', 'false', '0', 'no']);

/** A cell as the record's field: empty cells are absent values. */
const cell = (row: Row, column: string) => {
  const value = row[column];
  return value === undefined || value.trim() === '' ? undefined : value;
};

/** The row in the 2022 record's shape, so that one reader normalises every format. */
function asRecord(row: Row, withLists: boolean): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: cell(row, 'id'),
    acheteur: { id: cell(row, 'acheteur_id'), nom: cell(row, 'acheteur_nom') },
    nature: cell(row, 'nature'),
    objet: cell(row, 'objet'),
    codeCPV: cell(row, 'codeCPV'),
    procedure: cell(row, 'procedure'),
    dureeMois: cell(row, 'dureeMois'),
    dateNotification: cell(row, 'dateNotification'),
    datePublicationDonnees: cell(row, 'datePublicationDonnees'),
    montant: cell(row, 'montant'),
    idAccordCadre: cell(row, 'idAccordCadre'),
    lieuExecution: { code: cell(row, 'lieuExecution_code'), typeCode: cell(row, 'lieuExecution_typeCode') },
  };
  if (withLists)
    for (const list of ['techniques', 'modalitesExecution', 'typesPrix', 'considerationsEnvironnementales', 'considerationsSociales'])
      record[list] = cell(row, list);
  return record;
}

export interface DecpTableReader {
  /** Reads the next rows (a Parquet row group, say); rows are numbered across calls. */
  addRows(rows: Iterable<Row>): void;
  finish(): DecpFileRead;
}

/**
 * A tabular file read in batches of rows, so a large one never sits in memory as row objects all at once;
 * co-holders are folded across batches. Without the considerations columns (decp-table-schema omits every
 * list) the rows are read as the 2019 schema: considerations not stated, and no defect for their absence.
 */
export function startDecpTable(file: string, columns: readonly string[], sink?: DecpContractSink): DecpTableReader {
  const defects: DecpDefect[] = [];
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const problem = `not a DECP table: no column ${missing.map((c) => `"${c}"`).join(', ')}`;
    return { addRows: () => {}, finish: () => ({ file, shape: null, contracts: [], defects, problem }) };
  }
  const withLists = columns.includes('considerationsEnvironnementales') || columns.includes('considerationsSociales');
  const versions = new Map<string, Set<string>>();
  const contracts: DecpContract[] = [];
  let superseded = 0;
  let i = 0;
  const addRow = (row: Row) => {
    i += 1;
    // An earlier version of a contract whose current version is another row (decp-table-schema's
    // `donneesActuelles`): counting it too would count the contract twice.
    if (NOT_CURRENT.has(foldSpelling(row.donneesActuelles ?? ''))) {
      superseded += 1;
      return;
    }
    const version = [row.acheteur_id, row.id, row.modification_id].map((v) => (v ?? '').trim()).join('|');
    const holder = (row.titulaire_id ?? '').trim();
    const holders = versions.get(version);
    // A co-holder's row repeats its contract's version: folded. The same holder again is a duplicate row,
    // read as its own record for the merge to count.
    if (holders && holder !== '' && !holders.has(holder)) {
      holders.add(holder);
      return;
    }
    if (!holders) versions.set(version, new Set([holder]));
    const ctx: RecordContext = { file, record: `row ${i}`, source: 'csv', defects };
    const contract = readContract(ctx, asRecord(row, withLists), 'marche', withLists ? '2022' : '2019');
    if (sink) sink(contract);
    else contracts.push(contract);
  };
  return {
    addRows: (rows) => {
      for (const row of rows) addRow(row);
    },
    finish: () => ({ file, shape: 'tabular', contracts, defects, problem: null, superseded }),
  };
}

/** Every contract of a tabular file's rows (see startDecpTable). */
export function readDecpTable(file: string, columns: readonly string[], rows: readonly Row[], sink?: DecpContractSink): DecpFileRead {
  const reader = startDecpTable(file, columns, sink);
  reader.addRows(rows);
  return reader.finish();
}
