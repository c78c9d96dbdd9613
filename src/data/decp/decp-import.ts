// Many DECP files read into one set of columns, the work the DECP worker does (kept out of the worker's
// entry so Node runs it too: tests, bench). Each file is read, its contracts added to the columns (merged
// with those already there) and let go before the next, so a national year never exists as objects all at
// once. Defects are counted whole and kept as examples: a dirty national file has millions.
import { DecpColumnsBuilder, type DecpColumns } from '../../domain/decp/columns';
import type { DecpDefect, DecpShape, DefectKind } from '../../domain/decp/contract';
import { readDecpBytes } from '../formats/decp/decp-bytes';

export interface DecpImportFile {
  readonly name: string;
  /** A chosen File (a Blob) is read only when its turn comes: a national year never sits in memory whole. */
  readonly bytes: ArrayBuffer | Blob;
}

const sizeOf = (bytes: ArrayBuffer | Blob) => (bytes instanceof ArrayBuffer ? bytes.byteLength : bytes.size);

export interface DecpImportProgress {
  /** Of all the files' bytes, 0 to 1. */
  readonly fraction: number;
  readonly file: string;
  readonly fileIndex: number;
  /** Of this file, 0 to 1 (Parquet files say it row group by row group, text files when read). */
  readonly fileFraction: number;
}

export interface DecpImportedFile {
  readonly file: string;
  readonly sizeBytes: number;
  /** `sha256:` and the hex digits of the file's bytes. */
  readonly fingerprint: string;
  readonly shape: DecpShape | null;
  /** Records read as contracts, before contracts repeated across records are merged. */
  readonly records: number;
  readonly defects: number;
  readonly problem: string | null;
  readonly superseded: number;
}

export interface DecpDefectSummary {
  readonly total: number;
  readonly byKind: Partial<Record<DefectKind, number>>;
  /** Per field as the schema names it (`montant`, `modifications[0].montant` counted as `modifications.montant`). */
  readonly byField: Record<string, number>;
  /** The first few defects of each kind, as found. */
  readonly examples: DecpDefect[];
}

export interface DecpImportResult {
  readonly columns: DecpColumns;
  /** Records merged into another of the same buyer SIRET and id. */
  readonly duplicates: number;
  readonly files: DecpImportedFile[];
  readonly defects: DecpDefectSummary;
  /** `sha256:` fingerprint of the whole set of files (the file's own when there is one). */
  readonly fingerprint: string;
}

export const DEFECT_EXAMPLES_PER_KIND = 20;

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** `sha256:` and the hex digits of bytes (Web Crypto: in pages, workers and Node alike). */
export async function fingerprintBytes(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  return `sha256:${hex(await crypto.subtle.digest('SHA-256', bytes as BufferSource))}`;
}

/** One file: its own fingerprint; several: the fingerprint of their sorted fingerprints, whatever their order. */
export async function fingerprintFiles(fingerprints: readonly string[]): Promise<string> {
  if (fingerprints.length === 1) return fingerprints[0]!;
  return fingerprintBytes(new TextEncoder().encode([...fingerprints].sort().join('\n')));
}

class DefectTally {
  total = 0;
  readonly byKind: Partial<Record<DefectKind, number>> = {};
  readonly byField: Record<string, number> = {};
  readonly examples: DecpDefect[] = [];

  add(defects: readonly DecpDefect[]): void {
    for (const d of defects) {
      this.total += 1;
      const seen = this.byKind[d.kind] ?? 0;
      this.byKind[d.kind] = seen + 1;
      const field = d.field.replace(/\[\d+\]/g, '');
      this.byField[field] = (this.byField[field] ?? 0) + 1;
      if (seen < DEFECT_EXAMPLES_PER_KIND) this.examples.push(d);
    }
  }
}

export interface DecpImportOptions {
  readonly onProgress?: (progress: DecpImportProgress) => void;
  /** Asked between files (and row groups): true stops the import, which then gives null. */
  readonly cancelled?: () => boolean;
  /** Called between files so that a worker can take its messages (a cancel) in. */
  readonly pause?: () => Promise<void>;
}

/** The files' contracts as columns, duplicates merged across all of them; null when cancelled. */
export async function importDecpFiles(files: readonly DecpImportFile[], options: DecpImportOptions = {}): Promise<DecpImportResult | null> {
  const { onProgress, cancelled = () => false, pause } = options;
  const totalBytes = files.reduce((n, f) => n + sizeOf(f.bytes), 0);
  const builder = new DecpColumnsBuilder();
  const defects = new DefectTally();
  const imported: DecpImportedFile[] = [];
  let doneBytes = 0;
  for (const [fileIndex, { name, bytes: chosen }] of files.entries()) {
    await pause?.();
    if (cancelled()) return null;
    const bytes = chosen instanceof ArrayBuffer ? chosen : await chosen.arrayBuffer();
    let said = -1;
    const report = (fileFraction: number) => {
      if (fileFraction === said) return;
      said = fileFraction;
      onProgress?.({ fraction: totalBytes === 0 ? 1 : (doneBytes + fileFraction * bytes.byteLength) / totalBytes, file: name, fileIndex, fileFraction });
    };
    report(0);
    const fingerprint = await fingerprintBytes(bytes);
    // Each contract goes into the columns as soon as it is read and is let go: only the file's tree is held.
    let records = 0;
    const read = await readDecpBytes(name, bytes, report, (contract) => {
      records += 1;
      builder.add(contract);
    });
    defects.add(read.defects);
    imported.push({
      file: name,
      sizeBytes: bytes.byteLength,
      fingerprint,
      shape: read.shape,
      records,
      defects: read.defects.length,
      problem: read.problem,
      superseded: read.superseded ?? 0,
    });
    report(1);
    doneBytes += bytes.byteLength;
  }
  await pause?.();
  if (cancelled()) return null;
  return {
    columns: builder.build(),
    duplicates: builder.duplicates,
    files: imported,
    defects: { total: defects.total, byKind: defects.byKind, byField: defects.byField, examples: defects.examples },
    fingerprint: await fingerprintFiles(imported.map((f) => f.fingerprint)),
  };
}
