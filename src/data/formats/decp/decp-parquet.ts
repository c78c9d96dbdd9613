// The consolidated tabular dataset in Parquet (decp.info / decp-processing, NOTES §1.5): the same columns as
// its CSV, so each row is turned into the CSV's text cells and read by the same table reader — lists joined
// with ", ", "Sans objet" for no consideration, one row per holder. hyparquet (and its decompressors: the
// published files use zstd) is imported only when a Parquet file is read, never in the first load.
import type { DecpContractSink, DecpFileRead } from '../../../domain/decp/tree';
import { startDecpTable } from '../../../domain/decp/table';

/** The columns the table reader uses; the others (40-odd, holders' and buyers' details) are not read at all. */
const COLUMNS = [
  'id',
  'acheteur_id',
  'acheteur_nom',
  'nature',
  'objet',
  'codeCPV',
  'procedure',
  'dureeMois',
  'dateNotification',
  'datePublicationDonnees',
  'montant',
  'idAccordCadre',
  'techniques',
  'modalitesExecution',
  'typesPrix',
  'considerationsEnvironnementales',
  'considerationsSociales',
  'lieuExecution_code',
  'lieuExecution_typeCode',
  'titulaire_id',
  'modification_id',
  'donneesActuelles',
];

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1", at both ends of a Parquet file

/** Starts like Parquet: a file cut short (no magic at its end) is still read as one, and said unreadable. */
export function isParquet(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** A Parquet value as the CSV would write it: dates as YYYY-MM-DD, lists joined with ", ". */
function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (Array.isArray(value))
    return value
      .map(cellText)
      .filter((v) => v !== undefined)
      .join(', ');
  return undefined;
}

const unreadable = (file: string, problem: string): DecpFileRead => ({ file, shape: null, contracts: [], defects: [], problem });

/** Every contract of a Parquet file, read one row group at a time; `onProgress` gets the fraction of rows read. */
export async function readDecpParquet(
  file: string,
  bytes: ArrayBuffer,
  onProgress?: (fraction: number) => void,
  sink?: DecpContractSink,
): Promise<DecpFileRead> {
  const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
  try {
    const metadata = parquetMetadata(bytes);
    const names = parquetSchema(metadata).children.map((c) => c.element.name);
    const columns = COLUMNS.filter((c) => names.includes(c));
    const total = Number(metadata.num_rows);
    // One row group at a time: its rows are read as contracts and let go before the next is decoded.
    const reader = startDecpTable(file, names, sink);
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      const objects = await parquetReadObjects({ file: bytes, metadata, columns, rowStart: start, rowEnd: end, compressors });
      reader.addRows(objects.map((object) => Object.fromEntries(columns.map((c) => [c, cellText(object[c])]))));
      start = end;
      onProgress?.(total === 0 ? 1 : start / total);
    }
    return reader.finish();
  } catch (error) {
    return unreadable(file, `not readable as Parquet (a file cut short reads so too): ${error instanceof Error ? error.message : String(error)}`);
  }
}
