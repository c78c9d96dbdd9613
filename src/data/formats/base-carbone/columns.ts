// The columns this import reads, found by their official French names. Some reusers write the same
// names with `_` for spaces (`Identifiant_de_l'élément`, as served by the data.ademe.fr Data Fair API and
// read by public Base Empreinte importers): folding accepts those too. No export with English column
// names was found, so none are accepted.
import { fold } from './cells';

const COLUMNS = {
  lineType: 'Type Ligne',
  id: "Identifiant de l'élément",
  status: "Statut de l'élément",
  elementType: "Type de l'élément",
  baseFr: 'Nom base français',
  attributeFr: 'Nom attribut français',
  boundaryFr: 'Nom frontière français',
  baseEn: 'Nom base anglais',
  attributeEn: 'Nom attribut anglais',
  boundaryEn: 'Nom frontière anglais',
  category: 'Code de la catégorie',
  unit: 'Unité français',
  contributor: 'Contributeur',
  source: 'Source',
  created: 'Date de création',
  modified: 'Date de modification',
  validity: 'Période de validité',
  uncertainty: 'Incertitude',
  total: 'Total poste non décomposé',
  commentFr: 'Commentaire français',
  commentEn: 'Commentaire anglais',
} as const;
export type ColumnKey = keyof typeof COLUMNS;
const OPTIONAL_COLUMNS: ReadonlySet<ColumnKey> = new Set(['commentEn']);

/** Each column's position in a row; −1 for an optional column the file lacks. */
export type ColumnIndex = Readonly<Record<ColumnKey, number>>;

function foldHeader(cell: string): string {
  return fold(
    cell
      .replace(/^\uFEFF/, '')
      .trim()
      .replace(/^"+|"+$/g, ''),
  );
}

/** Where each column is in the header, or the names (quoted) of the required columns it lacks. */
export function findColumns(headerCells: readonly string[]): { ok: true; index: ColumnIndex } | { ok: false; missing: string[] } {
  const header = headerCells.map(foldHeader);
  const index = {} as Record<ColumnKey, number>;
  const missing: string[] = [];
  for (const key of Object.keys(COLUMNS) as ColumnKey[]) {
    const at = header.indexOf(fold(COLUMNS[key]));
    index[key] = at;
    if (at < 0 && !OPTIONAL_COLUMNS.has(key)) missing.push(`"${COLUMNS[key]}"`);
  }
  return missing.length ? { ok: false, missing } : { ok: true, index };
}

/** A row's cell in a column, as written; '' for a column the file or the row lacks. */
export type CellReader = (key: ColumnKey) => string;

export function cellReader(row: { cell(index: number): string | undefined }, index: ColumnIndex): CellReader {
  return (key) => (index[key] < 0 ? '' : (row.cell(index[key]) ?? ''));
}
