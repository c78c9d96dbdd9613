// Parses an official export off the main thread, reporting progress, so the page stays responsive.
import { decodeCsvBytes, importBaseCarbone, type BaseCarboneImport } from '../formats/base-carbone';

export interface ImportRequest {
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  readonly tableId?: string;
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly fraction: number }
  | { readonly kind: 'done'; readonly result: BaseCarboneImport; readonly encoding: string; readonly parseMs: number };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, tableId } = event.data;
  const started = performance.now();
  const { text, encoding } = decodeCsvBytes(new Uint8Array(bytes));
  const result = importBaseCarbone(text, {
    fileName,
    tableId,
    onProgress: (fraction) => self.postMessage({ kind: 'progress', fraction } satisfies ImportMessage),
  });
  self.postMessage({ kind: 'done', result, encoding, parseMs: performance.now() - started } satisfies ImportMessage);
};
