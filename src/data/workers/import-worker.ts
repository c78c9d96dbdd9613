// Parses an official export off the main thread, reporting progress, so the page stays responsive.
import { decodeCsvBytes, importBaseCarbone, type BaseCarboneImport } from '../formats/base-carbone';
import { digestTableChecksum } from '../storage/table-digest';

export interface ImportRequest {
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  readonly tableId?: string;
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly fraction: number }
  | { readonly kind: 'done'; readonly result: BaseCarboneImport; readonly encoding: string; readonly parseMs: number }
  /** The table's checksum, taken after the table is sent (null when none was read, or it could not be taken). */
  | { readonly kind: 'checksum'; readonly checksum: string | null };

const PROGRESS_EVERY_MS = 100;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, tableId } = event.data;
  const started = performance.now();
  let lastProgress = started;
  const { text, encoding } = decodeCsvBytes(new Uint8Array(bytes));
  const result = importBaseCarbone(text, {
    fileName,
    tableId,
    onProgress: (fraction) => {
      // A few times a second is enough for a progress bar; each message costs the page a render.
      const now = performance.now();
      if (now - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = now;
      self.postMessage({ kind: 'progress', fraction } satisfies ImportMessage);
    },
  });
  self.postMessage({ kind: 'done', result, encoding, parseMs: performance.now() - started } satisfies ImportMessage);
  // While the person looks at what was read: storing every factor read needs this very checksum.
  const checksum = result.ok ? digestTableChecksum(result.table).catch(() => null) : Promise.resolve(null);
  void checksum.then((value) => self.postMessage({ kind: 'checksum', checksum: value } satisfies ImportMessage));
};
