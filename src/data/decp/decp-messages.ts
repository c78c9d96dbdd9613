// What the page and the DECP worker say to each other.
import type { DecpColumns } from '../../domain/decp/columns';
import { NUMBER_COLUMNS, TEXT_COLUMNS } from '../../domain/decp/columns';
import type { DecpImportFile, DecpImportProgress, DecpImportResult } from './decp-import';

export type DecpWorkerRequest = { readonly kind: 'import'; readonly files: readonly DecpImportFile[] } | { readonly kind: 'cancel' };

export type DecpWorkerMessage =
  | ({ readonly kind: 'progress' } & DecpImportProgress)
  | { readonly kind: 'done'; readonly result: DecpImportResult }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** The buffers of the columns' typed arrays: moved to the other side, not copied. */
export function transferablesOf(columns: DecpColumns): ArrayBuffer[] {
  return [...NUMBER_COLUMNS.map((n) => columns[n].buffer), ...TEXT_COLUMNS.map((n) => columns[n].codes.buffer)] as ArrayBuffer[];
}
