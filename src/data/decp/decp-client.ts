// The page's side of the DECP worker: start an import of many files, follow its progress, cancel it.
// The worker honours a cancel message between files; the client does not wait for the file being read and
// terminates the worker at once.
import type { DecpImportFile, DecpImportProgress, DecpImportResult } from './decp-import';
import type { DecpWorkerMessage, DecpWorkerRequest } from './decp-messages';

export type DecpImportOutcome =
  { readonly kind: 'done'; readonly result: DecpImportResult } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly message: string };

export interface DecpImportJob {
  /** Settles once: done, cancelled or failed; never rejects. */
  readonly outcome: Promise<DecpImportOutcome>;
  cancel(): void;
}

/** What the client needs of a Worker; tests pass their own. */
export interface DecpWorkerPort {
  onmessage: ((event: MessageEvent<DecpWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: DecpWorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

const startDecpWorker = (): DecpWorkerPort => new Worker(new URL('../workers/decp-worker.ts', import.meta.url), { type: 'module' }) as DecpWorkerPort;

/** Chosen files as the worker takes them: Files are passed by reference and read there, one at a time. */
export function chosenFiles(files: Iterable<File>): DecpImportFile[] {
  return [...files].map((file) => ({ name: file.name, bytes: file }));
}

/**
 * Starts reading the files in a worker. ArrayBuffers are transferred to it (the caller no longer holds them);
 * Files are read by the worker.
 * `onProgress` gets the fraction of all the bytes and of the current file.
 */
export function startDecpImport(files: readonly DecpImportFile[], onProgress: (progress: DecpImportProgress) => void, start = startDecpWorker): DecpImportJob {
  const worker = start();
  let settle!: (outcome: DecpImportOutcome) => void;
  let settled = false;
  const outcome = new Promise<DecpImportOutcome>((resolve) => (settle = resolve));
  const finish = (result: DecpImportOutcome) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    settle(result);
  };
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.kind === 'progress') {
      if (!settled) onProgress({ fraction: message.fraction, file: message.file, fileIndex: message.fileIndex, fileFraction: message.fileFraction });
    } else if (message.kind === 'done') finish({ kind: 'done', result: message.result });
    else if (message.kind === 'cancelled') finish({ kind: 'cancelled' });
    else finish({ kind: 'failed', message: message.message });
  };
  worker.onerror = (event) => finish({ kind: 'failed', message: event.message || 'the DECP worker stopped' });
  worker.postMessage(
    { kind: 'import', files },
    files.flatMap((f) => (f.bytes instanceof ArrayBuffer ? [f.bytes] : [])),
  );
  return {
    outcome,
    cancel: () => {
      if (settled) return;
      worker.postMessage({ kind: 'cancel' }, []);
      finish({ kind: 'cancelled' });
    },
  };
}
