// The page's side of the DECP worker, with a stand-in worker: progress passed on, one outcome, cancel ends
// the worker at once and nothing it says afterwards counts.
import { describe, expect, it } from 'vitest';
import { chosenFiles, startDecpImport, type DecpWorkerPort } from '../../src/data/decp/decp-client';
import type { DecpImportProgress, DecpImportResult } from '../../src/data/decp/decp-import';
import type { DecpWorkerMessage, DecpWorkerRequest } from '../../src/data/decp/decp-messages';

class FakeWorker implements DecpWorkerPort {
  onmessage: ((event: MessageEvent<DecpWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: DecpWorkerRequest[] = [];
  transferred: Transferable[] = [];
  terminated = false;
  postMessage(message: DecpWorkerRequest, transfer: Transferable[]): void {
    this.received.push(message);
    if (message.kind === 'import') this.transferred = transfer;
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: DecpWorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<DecpWorkerMessage>);
  }
}

const files = [{ name: 'a.json', bytes: new ArrayBuffer(8) }];
const progress: DecpImportProgress = { fraction: 0.5, file: 'a.json', fileIndex: 0, fileFraction: 0.5 };

describe('DECP import client', () => {
  it('sends the files with their buffers transferred, passes progress on, settles with the result', async () => {
    const worker = new FakeWorker();
    const seen: DecpImportProgress[] = [];
    const job = startDecpImport(
      files,
      (p) => seen.push(p),
      () => worker,
    );
    expect(worker.received).toEqual([{ kind: 'import', files }]);
    expect(worker.transferred).toEqual([files[0]!.bytes]);
    worker.say({ kind: 'progress', ...progress });
    const result = { fingerprint: 'sha256:00' } as DecpImportResult;
    worker.say({ kind: 'done', result });
    expect(await job.outcome).toEqual({ kind: 'done', result });
    expect(seen).toEqual([progress]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel tells the worker, ends it, and ignores what it says afterwards', async () => {
    const worker = new FakeWorker();
    const seen: DecpImportProgress[] = [];
    const job = startDecpImport(
      files,
      (p) => seen.push(p),
      () => worker,
    );
    job.cancel();
    worker.say({ kind: 'progress', ...progress });
    worker.say({ kind: 'done', result: {} as DecpImportResult });
    expect(await job.outcome).toEqual({ kind: 'cancelled' });
    expect(worker.received.map((m) => m.kind)).toEqual(['import', 'cancel']);
    expect(worker.terminated).toBe(true);
    expect(seen).toEqual([]);
  });

  it('a worker that fails or stops gives a failed outcome with its reason', async () => {
    const failing = new FakeWorker();
    const job = startDecpImport(
      files,
      () => {},
      () => failing,
    );
    failing.say({ kind: 'failed', message: 'out of memory' });
    expect(await job.outcome).toEqual({ kind: 'failed', message: 'out of memory' });

    const crashing = new FakeWorker();
    const crashed = startDecpImport(
      files,
      () => {},
      () => crashing,
    );
    crashing.onerror?.({ message: 'Uncaught RangeError' } as ErrorEvent);
    expect(await crashed.outcome).toEqual({ kind: 'failed', message: 'Uncaught RangeError' });
  });

  it('passes chosen files to the worker as they are, to be read there', () => {
    const file = new File(['{"marches": []}'], 'vide.json');
    const worker = new FakeWorker();
    startDecpImport(
      chosenFiles([file]),
      () => {},
      () => worker,
    );
    expect(worker.received).toEqual([{ kind: 'import', files: [{ name: 'vide.json', bytes: file }] }]);
    expect(worker.transferred).toEqual([]);
  });
});
