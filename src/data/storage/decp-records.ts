// What the DECP stores hold (schema version 5): one header per data set, and its contracts as columns in
// chunks — never one record per contract (each IndexedDB record costs ~0.1–0.2 ms of browser CPU, so 200,000
// would take most of a minute), nor one record for all (Chromium refuses a value above ~133 MB).
import type { DecpColumns } from '../../domain/decp/columns';
import type { DecpDefectSummary, DecpImportedFile } from '../decp/decp-import';

export interface DecpDatasetRecord {
  readonly id: string;
  /** `sha256:` fingerprint of the set of files: the same files imported again are recognised by it. */
  readonly fingerprint: string;
  /** The file's name, or the first file's name and how many others. */
  readonly name: string;
  readonly importedAt: number;
  readonly sizeBytes: number;
  readonly files: readonly DecpImportedFile[];
  /** Contracts stored, once duplicates are merged. */
  readonly contracts: number;
  readonly duplicates: number;
  readonly defects: DecpDefectSummary;
  /** The chunks hold slots 0 … chunks − 1. */
  readonly chunks: number;
}

export interface DecpChunkRecord {
  readonly datasetId: string;
  readonly slot: number;
  readonly columns: DecpColumns;
}
