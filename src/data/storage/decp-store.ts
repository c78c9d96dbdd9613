// DECP data sets in IndexedDB: stored whole in one transaction (header and chunks, or nothing), recognised
// by their fingerprint when imported again, read back as one set of columns, removed with their chunks in
// one transaction. A chunk that is missing or not columns makes the data set unreadable, never smaller.
import { DECP_COLUMNS_FORMAT, DecpColumnsBuilder, NUMBER_COLUMNS, TEXT_COLUMNS, type DecpColumns } from '../../domain/decp/columns';
import { concatColumns, sliceColumns } from '../../domain/decp/column-parts';
import type { DecpImportResult } from '../decp/decp-import';
import type { CarboneEviteDb } from './db';
import type { DecpChunkRecord, DecpDatasetRecord } from './decp-records';

/** At most this many contracts per chunk: ~1 MB each, written in a few milliseconds. */
export const DECP_CONTRACTS_PER_CHUNK = 10_000;

export type DecpStoreOutcome = { readonly status: 'stored' | 'known'; readonly dataset: DecpDatasetRecord };

function nameOf(result: DecpImportResult): string {
  const [first, ...others] = result.files;
  if (!first) return '';
  return others.length === 0 ? first.file : `${first.file} (+${others.length})`;
}

/**
 * Stores an import as a data set, unless one with its fingerprint is stored already: then that one is
 * returned, `known`, and nothing is written.
 */
export async function storeDecpDataset(
  db: CarboneEviteDb,
  result: DecpImportResult,
  importedAt = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<DecpStoreOutcome> {
  const { columns } = result;
  const chunks: DecpChunkRecord[] = [];
  for (let start = 0; start < columns.length; start += DECP_CONTRACTS_PER_CHUNK)
    chunks.push({ datasetId: id, slot: chunks.length, columns: sliceColumns(columns, start, start + DECP_CONTRACTS_PER_CHUNK) });
  const dataset: DecpDatasetRecord = {
    id,
    fingerprint: result.fingerprint,
    name: nameOf(result),
    importedAt,
    sizeBytes: result.files.reduce((n, f) => n + f.sizeBytes, 0),
    files: result.files,
    contracts: columns.length,
    duplicates: result.duplicates,
    defects: result.defects,
    chunks: chunks.length,
  };
  return db.transaction('rw', db.decpDatasets, db.decpChunks, async () => {
    const known = await db.decpDatasets.where('fingerprint').equals(result.fingerprint).first();
    if (known) return { status: 'known', dataset: known } as const;
    await db.decpDatasets.add(dataset);
    await db.decpChunks.bulkAdd(chunks);
    return { status: 'stored', dataset } as const;
  });
}

/** The stored data set of that fingerprint, if any: asked before an import, it saves reading files already stored. */
export async function findDecpDataset(db: CarboneEviteDb, fingerprint: string): Promise<DecpDatasetRecord | undefined> {
  return db.decpDatasets.where('fingerprint').equals(fingerprint).first();
}

/** Every data set's header, oldest import first (no chunk is read). */
export async function listDecpDatasets(db: CarboneEviteDb): Promise<DecpDatasetRecord[]> {
  return db.decpDatasets.orderBy('importedAt').toArray();
}

/** Removes a data set and all its chunks, in one transaction. */
export async function removeDecpDataset(db: CarboneEviteDb, id: string): Promise<void> {
  await db.transaction('rw', db.decpDatasets, db.decpChunks, async () => {
    await db.decpChunks.where('datasetId').equals(id).delete();
    await db.decpDatasets.delete(id);
  });
}

// The typed array each number column is written as.
const EMPTY = new DecpColumnsBuilder().build();

/** Looks like columns as this app writes them: every array of the right type and length, every code in its table. */
function isColumns(value: unknown): value is DecpColumns {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Partial<Record<string, unknown>> & { length?: unknown; format?: unknown };
  if (c.format !== DECP_COLUMNS_FORMAT || typeof c.length !== 'number' || !Array.isArray(c.buyerNames)) return false;
  const n = c.length;
  const numbersOk = NUMBER_COLUMNS.every((name) => {
    const column = c[name];
    return column instanceof EMPTY[name].constructor && (column as DecpColumns[typeof name]).length === n;
  });
  const textsOk = TEXT_COLUMNS.every((name) => {
    const t = c[name] as { values?: unknown; codes?: unknown } | undefined;
    return (
      t !== undefined &&
      Array.isArray(t.values) &&
      t.codes instanceof Uint32Array &&
      t.codes.length === n &&
      t.codes.every((code) => code < (t.values as unknown[]).length)
    );
  });
  return numbersOk && textsOk;
}

export type DecpReadOutcome =
  | { readonly ok: true; readonly columns: DecpColumns; readonly duplicates: number }
  | { readonly ok: false; readonly problem: 'unknown-dataset' | 'missing-chunk' | 'unreadable-chunk'; readonly dataset: string };

/**
 * The contracts of data sets as one set of columns, read in one transaction; a contract present in several
 * data sets counts once, its later version winning (`duplicates` says how many were merged).
 */
export async function readDecpDatasets(db: CarboneEviteDb, ids: readonly string[]): Promise<DecpReadOutcome> {
  return db.transaction('r', db.decpDatasets, db.decpChunks, async () => {
    const parts: DecpColumns[] = [];
    for (const id of ids) {
      const dataset = await db.decpDatasets.get(id);
      if (!dataset) return { ok: false, problem: 'unknown-dataset', dataset: id } as const;
      const chunks = await db.decpChunks.where('datasetId').equals(id).sortBy('slot');
      if (chunks.length !== dataset.chunks || chunks.some((c, i) => c.slot !== i)) return { ok: false, problem: 'missing-chunk', dataset: id } as const;
      if (!chunks.every((c) => isColumns(c.columns))) return { ok: false, problem: 'unreadable-chunk', dataset: id } as const;
      parts.push(...chunks.map((c) => c.columns));
    }
    return { ok: true, ...concatColumns(parts) } as const;
  });
}
