// Reads a chosen file in the import worker; the promise settles with the parsed table or the problems.
import type { ImportMessage, ImportRequest } from './import-worker';
import { parseFactorTable, parseJsonText } from '../../domain';
import { MAX_EXPORT_BYTES, tooLargeProblem, type BaseCarboneImport } from '../formats/base-carbone';

export interface ImportOutcome {
  readonly result: BaseCarboneImport;
  readonly encoding: string;
  readonly parseMs: number;
  /** The checksum of the table read, taken in the worker after it was sent; null when it could not be. */
  readonly checksum?: Promise<string | null>;
}

/** A table in this app's own JSON format: checked whole, every problem named with its JSON path. */
async function importTableJson(file: File): Promise<ImportOutcome> {
  const started = performance.now();
  const json = parseJsonText(await file.text());
  const parsed = json.ok ? parseFactorTable(json.value) : json;
  const parseMs = performance.now() - started;
  if (!parsed.ok) return { result: { ok: false, problems: parsed.problems.map((problem) => ({ file: file.name, problem })) }, encoding: 'utf-8', parseMs };
  const n = parsed.value.factors.length;
  return { result: { ok: true, table: parsed.value, rejected: [], counts: { rows: n, accepted: n, rejected: 0, skipped: 0 } }, encoding: 'utf-8', parseMs };
}

/** Reads an official CSV export (in the worker) or a table in our JSON format. */
export async function readBaseCarboneExport(file: File, onProgress: (fraction: number) => void, tableId?: string): Promise<ImportOutcome> {
  // Refused before reading it into memory.
  if (file.size > MAX_EXPORT_BYTES)
    return {
      result: { ok: false, problems: [{ file: file.name, problem: tooLargeProblem(file.size, file.name) }] },
      encoding: '',
      parseMs: 0,
    };
  if (/\.json$/i.test(file.name)) return importTableJson(file);
  // Started before the file is read, so that the worker loads its code while the bytes are read; heard from
  // at once, so that a worker failing to start is not missed meanwhile. It stays until it sends the checksum.
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let sendChecksum: (checksum: string | null) => void = () => undefined;
  const checksum = new Promise<string | null>((resolve) => (sendChecksum = resolve));
  const finish = (value: string | null) => {
    sendChecksum(value);
    worker.terminate();
  };
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.fraction);
      else if (message.kind === 'checksum') finish(message.checksum);
      else resolve({ result: message.result, encoding: message.encoding, parseMs: message.parseMs, checksum });
    };
    worker.onerror = (event) => {
      finish(null);
      reject(new Error(event.message));
    };
  });
  // Awaited below; when reading the file fails first, the worker's own failure has no one left to tell.
  outcome.catch(() => undefined);
  try {
    const bytes = await file.arrayBuffer();
    worker.postMessage({ bytes, fileName: file.name, tableId } satisfies ImportRequest, [bytes]);
    return await outcome;
  } catch (error) {
    finish(null);
    throw error;
  }
}
