// The DECP data layer measured in the browser, as the dashboard will use it: files read in the DECP worker
// through its client, columns stored in the real IndexedDB through Dexie, groupings and filters in the page.
// Built with Vite and driven by scripts/bench-decp-browser.ts; never part of the app.
import { startDecpImport } from '../../src/data/decp/decp-client';
import type { DecpImportFile, DecpImportResult } from '../../src/data/decp/decp-import';
import { openDatabase } from '../../src/data/storage/db';
import type { DecpChunkRecord } from '../../src/data/storage/decp-records';
import { readDecpDatasets, storeDecpDataset } from '../../src/data/storage/decp-store';
import { groupContracts } from '../../src/domain/decp/aggregate';
import { classShares, figuresOfColumns, groupColumns } from '../../src/domain/decp/column-figures';
import { filterColumns } from '../../src/domain/decp/column-filter';
import { DECP_COLUMN_GROUPINGS } from '../../src/domain/decp/column-keys';
import { readDecpTree } from '../../src/domain/decp/tree';
import { BENCH_FILTERS, makeDecpJson } from '../bench-decp-data';

type Figures = Record<string, number | string>;

function median(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function importInWorker(files: DecpImportFile[]): Promise<{ result: DecpImportResult; ms: number }> {
  const start = performance.now();
  const outcome = await startDecpImport(files, () => {}).outcome;
  if (outcome.kind !== 'done') throw new Error(`import ${outcome.kind}`);
  return { result: outcome.result, ms: performance.now() - start };
}

/** The floor for storing: the same chunk records, one transaction, the bare IndexedDB API. */
function rawWrite(chunks: readonly DecpChunkRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`bench-raw-${Date.now()}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('chunks', { keyPath: ['datasetId', 'slot'] });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('chunks', 'readwrite');
      for (const chunk of chunks) tx.objectStore('chunks').put(chunk);
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function storeAndRead(result: DecpImportResult, out: Figures): Promise<void> {
  const db = await openDatabase(`bench-decp-${Date.now()}`);
  let start = performance.now();
  const stored = await storeDecpDataset(db, result);
  out.storeMs = performance.now() - start;
  out.chunks = stored.dataset.chunks;
  const chunks = await db.decpChunks.toArray();
  start = performance.now();
  await rawWrite(chunks);
  out.rawWriteMs = performance.now() - start;
  start = performance.now();
  const read = await readDecpDatasets(db, [stored.dataset.id]);
  out.readBackMs = performance.now() - start;
  if (!read.ok) throw new Error(read.problem);
  db.close();
  await db.delete();
}

async function bench(records: number): Promise<Figures> {
  const out: Figures = {};
  const text = makeDecpJson(records, 1);
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
  out.mb = bytes.byteLength / 1e6;
  let start = performance.now();
  JSON.parse(text);
  out.parseMs = performance.now() - start;
  const { result, ms } = await importInWorker([{ name: 'bench.json', bytes }]);
  out.importMs = ms;
  out.contracts = result.columns.length;
  out.duplicates = result.duplicates;
  out.defects = result.defects.total;
  await storeAndRead(result, out);
  const { columns } = result;
  for (const by of DECP_COLUMN_GROUPINGS) out[`group by ${by}`] = median(() => groupColumns(columns, by), 15);
  for (const [label, filter] of BENCH_FILTERS) out[`filter ${label}`] = median(() => figuresOfColumns(columns, filterColumns(columns, filter)), 15);
  out['shares per class'] = median(() => classShares(figuresOfColumns(columns)), 15);
  // The same contracts as objects, grouped by aggregate.ts.
  start = performance.now();
  const contracts = readDecpTree('bench.json', JSON.parse(text) as unknown, 'json').contracts;
  out.objectsReadMs = performance.now() - start;
  out['objects: group by year'] = median(() => groupContracts(contracts, 'year'), 15);
  out['objects: group by cpv-division'] = median(() => groupContracts(contracts, 'cpv'), 15);
  out['objects: group by buyer'] = median(() => groupContracts(contracts, 'buyer'), 15);
  return out;
}

async function benchNational(files: number, perFile: number): Promise<Figures> {
  const out: Figures = {};
  const chosen: DecpImportFile[] = [];
  for (let f = 0; f < files; f++)
    chosen.push({ name: `decp-${f}.json`, bytes: new Blob([makeDecpJson(perFile, 1000 + f, { buyers: 60_000, year: 2024, firstIndex: f * perFile })]) });
  out.mb = chosen.reduce((n, f) => n + (f.bytes as Blob).size, 0) / 1e6;
  const { result, ms } = await importInWorker(chosen);
  out.importMs = ms;
  out.contracts = result.columns.length;
  out.duplicates = result.duplicates;
  const { columns } = result;
  for (const by of ['year', 'cpv-division', 'buyer', 'region', 'amount-band'] as const) out[`group by ${by}`] = median(() => groupColumns(columns, by), 5);
  out['filter region 32 + figures'] = median(() => figuresOfColumns(columns, filterColumns(columns, BENCH_FILTERS[0]![1])), 5);
  await storeAndRead(result, out);
  (window as unknown as { held: unknown }).held = columns;
  return out;
}

Object.assign(window, { benchDecp: bench, benchDecpNational: benchNational });
