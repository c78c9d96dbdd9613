// Reads DECP files off the main thread: progress per file, a cancel taken in between files, and the
// contracts answered as columns whose buffers are transferred, not copied.
import { importDecpFiles } from '../decp/decp-import';
import { transferablesOf, type DecpWorkerMessage, type DecpWorkerRequest } from '../decp/decp-messages';

let cancelled = false;
// A macrotask between files lets a 'cancel' message in while the import runs.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const post = (message: DecpWorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<DecpWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  importDecpFiles(request.files, { onProgress: (progress) => post({ kind: 'progress', ...progress }), cancelled: () => cancelled, pause }).then(
    (result) => (result === null ? post({ kind: 'cancelled' }) : post({ kind: 'done', result }, transferablesOf(result.columns))),
    (error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
