// Reads a chosen file in the import worker; the promise settles with the parsed table or the problems.
import type { ImportMessage, ImportRequest } from './import-worker';
import { describeSize, MAX_EXPORT_BYTES, type BaseCarboneImport } from './base-carbone-import';

export interface ImportOutcome {
  readonly result: BaseCarboneImport;
  readonly encoding: string;
  readonly parseMs: number;
}

export async function importExportFile(file: File, onProgress: (fraction: number) => void, tableId?: string): Promise<ImportOutcome> {
  // Refused before reading it into memory.
  if (file.size > MAX_EXPORT_BYTES)
    return {
      result: { ok: false, problems: [`${file.name}: the file is ${describeSize(file.size)}; the largest accepted is ${describeSize(MAX_EXPORT_BYTES)}.`] },
      encoding: '',
      parseMs: 0,
    };
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportOutcome>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportMessage>) => {
        const message = event.data;
        if (message.kind === 'progress') onProgress(message.fraction);
        else resolve({ result: message.result, encoding: message.encoding, parseMs: message.parseMs });
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ bytes, fileName: file.name, tableId } satisfies ImportRequest, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
