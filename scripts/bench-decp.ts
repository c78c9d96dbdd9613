// DECP part of `npm run bench`, in Node (fake-indexeddb for storage, so its write figures are Node's, not a
// browser's; TOOLCHAIN.md has Chromium's): 200,000 dirty records in the 2022 JSON shape imported, normalised,
// merged and stored, beside JSON.parse alone and a raw IndexedDB write of the same chunks; filters and
// groupings over columns beside the same groupings over objects (aggregate.ts), with the memory each holds;
// then a national year, 1,500,000 records in 15 files, imported file by file and grouped.
// Run with `node --expose-gc --import tsx` so that memory is measured after a collection.
// BENCH_DECP_NATIONAL=0 skips the national year (about two minutes).
import 'fake-indexeddb/auto';
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDecpFiles, type DecpImportFile } from '../src/data/decp/decp-import';
import { openDatabase } from '../src/data/storage/db';
import { readDecpDatasets, storeDecpDataset } from '../src/data/storage/decp-store';
import type { DecpChunkRecord } from '../src/data/storage/decp-records';
import { groupContracts, type DecpGrouping } from '../src/domain/decp/aggregate';
import { classShares, figuresOfColumns, groupColumns } from '../src/domain/decp/column-figures';
import { filterColumns } from '../src/domain/decp/column-filter';
import { DECP_COLUMN_GROUPINGS } from '../src/domain/decp/column-keys';
import { columnsOfContracts, NUMBER_COLUMNS, TEXT_COLUMNS, type DecpColumns } from '../src/domain/decp/columns';
import type { DecpContract } from '../src/domain/decp/contract';
import { readDecpTree } from '../src/domain/decp/tree';
import { BENCH_FILTERS, makeDecpJson } from './bench-decp-data';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(t < 10 ? 2 : 0)} ms`);
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
const n = (x: number) => x.toLocaleString('en');

async function time<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

function median(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Bytes the columns hold: their typed arrays, and their strings at two bytes a character. */
function columnsMb(c: DecpColumns): number {
  let bytes = NUMBER_COLUMNS.reduce((b, name) => b + c[name].byteLength, 0);
  for (const name of TEXT_COLUMNS) bytes += c[name].codes.byteLength + c[name].values.reduce((b, v) => b + 2 * v.length + 16, 0);
  return bytes / 1e6;
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

async function bench200k(): Promise<void> {
  const records = 200_000;
  const text = makeDecpJson(records, 1);
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
  console.log(
    `${n(records)} records, 2022 JSON, ${(bytes.byteLength / 1e6).toFixed(0)} MB, dirty (numbers as text, four date writings, CPV repairs, old enums, 5 % republished, 10 % modified)`,
  );

  const parse = await time(() => JSON.parse(text) as unknown);
  const imported = await time(() => importDecpFiles([{ name: 'bench.json', bytes }]));
  const result = imported.value!;
  const { columns } = result;
  const db = await openDatabase(`bench-decp-${Date.now()}`);
  const stored = await time(() => storeDecpDataset(db, result));
  const chunks = await db.decpChunks.toArray();
  const raw = await time(() => rawWrite(chunks));
  const readBack = await time(() => readDecpDatasets(db, [stored.value.dataset.id]));
  await db.delete();
  const total = imported.ms + stored.ms;
  console.log(`  ${n(columns.length)} contracts after ${n(result.duplicates)} duplicates merged; ${n(result.defects.total)} defects; ${chunks.length} chunks`);
  console.log(`  JSON.parse alone                                      ${ms(parse.ms).padStart(9)}   1.00×`);
  console.log(`  import: decode, fingerprint, parse, normalise, merge   ${ms(imported.ms).padStart(9)}   ${(imported.ms / parse.ms).toFixed(2)}× JSON.parse`);
  console.log(`  store as chunks (Dexie, fake-indexeddb)               ${ms(stored.ms).padStart(9)}   ${(stored.ms / raw.ms).toFixed(2)}× the raw write`);
  console.log(`  raw IndexedDB write of the same chunks                ${ms(raw.ms).padStart(9)}   1.00×`);
  console.log(`  import + store                                        ${ms(total).padStart(9)}   target < 10 s: ${met(total < 10_000)}`);
  console.log(`  read back as one set of columns                       ${ms(readBack.ms).padStart(9)}`);

  // Two ways of holding the same contracts: objects (DecpContract, what aggregate.ts groups) and columns.
  const before = heapMb();
  // The tree is let go when the reading returns; the objects keep what they point into.
  const contracts: DecpContract[] = readDecpTree('bench.json', JSON.parse(text) as unknown, 'json').contracts;
  const objectsMb = heapMb() - before;
  const fromObjects = columnsOfContracts(contracts).columns;
  console.log(`\n  holding them: objects ${objectsMb.toFixed(0)} MB of heap, columns ${columnsMb(fromObjects).toFixed(0)} MB`);
  console.log(`  filters and groupings over ${n(columns.length)} contracts (median of 15)       columns       objects`);
  const objectKey: Partial<Record<string, DecpGrouping>> = { year: 'year', 'cpv-division': 'cpv', buyer: 'buyer' };
  let slowest = 0;
  for (const by of DECP_COLUMN_GROUPINGS) {
    const t = median(() => groupColumns(columns, by), 15);
    slowest = Math.max(slowest, t);
    const objects = objectKey[by];
    const o = objects ? median(() => groupContracts(contracts, objects), 15) : NaN;
    console.log(`    group by ${by.padEnd(45)} ${ms(t).padStart(9)}   ${Number.isNaN(o) ? '' : `${ms(o).padStart(9)}  (${(o / t).toFixed(1)}×)`}`);
  }
  for (const [label, filter] of BENCH_FILTERS) {
    const t = median(() => figuresOfColumns(columns, filterColumns(columns, filter)), 15);
    slowest = Math.max(slowest, t);
    console.log(`    filter ${label.padEnd(47)} ${ms(t).padStart(9)}`);
  }
  const o = median(() => contracts.filter((c) => c.place.region === '32'), 15);
  const c = median(() => filterColumns(columns, { keys: { region: ['32'] } }), 15);
  console.log(`    region 32, rows only (columns vs Array.filter on objects) ${ms(c).padStart(9)}   ${ms(o).padStart(9)}  (${(o / c).toFixed(1)}×)`);
  const shares = median(() => classShares(figuresOfColumns(columns)), 15);
  slowest = Math.max(slowest, shares);
  console.log(`    shares per class, all contracts                 ${ms(shares).padStart(9)}`);
  console.log(`  slowest filter or grouping: ${ms(slowest)}   target < 100 ms: ${met(slowest < 100)}`);
}

async function benchNational(): Promise<void> {
  const files = 15;
  const perFile = 100_000;
  const scratch = mkdtempSync(join(tmpdir(), 'carbone-evite-decp-'));
  try {
    const chosen: DecpImportFile[] = [];
    for (let f = 0; f < files; f++) {
      const path = join(scratch, `decp-${f}.json`);
      writeFileSync(path, makeDecpJson(perFile, 1000 + f, { buyers: 60_000, year: 2024, firstIndex: f * perFile }));
      chosen.push({ name: `decp-${f}.json`, bytes: await openAsBlob(path) });
    }
    const totalMb = chosen.reduce((s, f) => s + (f.bytes as Blob).size, 0) / 1e6;
    console.log(`\nA national year: ${n(files * perFile)} records in ${files} files (${totalMb.toFixed(0)} MB), read one file at a time`);
    const before = heapMb();
    let peakMb = 0;
    const imported = await time(() =>
      importDecpFiles(chosen, { onProgress: () => (peakMb = Math.max(peakMb, process.memoryUsage().heapUsed / 1e6 - before)) }),
    );
    const { columns, duplicates } = imported.value!;
    const heldMb = heapMb() - before;
    console.log(`  ${n(columns.length)} contracts (${n(duplicates)} duplicates merged) in ${ms(imported.ms)}`);
    console.log(`  heap: peak ${peakMb.toFixed(0)} MB during the import, ${heldMb.toFixed(0)} MB held after (columns ${columnsMb(columns).toFixed(0)} MB)`);
    for (const by of ['year', 'cpv-division', 'buyer', 'region', 'amount-band'] as const)
      console.log(`    group by ${by.padEnd(14)} ${ms(median(() => groupColumns(columns, by), 5)).padStart(9)}`);
    console.log(
      `    filter + figures, region 32     ${ms(median(() => figuresOfColumns(columns, filterColumns(columns, BENCH_FILTERS[0]![1])), 5)).padStart(9)}`,
    );
    const db = await openDatabase(`bench-decp-national-${Date.now()}`);
    const stored = await time(() => storeDecpDataset(db, imported.value!));
    const read = await time(() => readDecpDatasets(db, [stored.value.dataset.id]));
    console.log(`  stored as ${stored.value.dataset.chunks} chunks in ${ms(stored.ms)} (fake-indexeddb), read back in ${ms(read.ms)}`);
    await db.delete();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

console.log(`DECP benchmark — Node ${process.version}${(globalThis as { gc?: unknown }).gc ? '' : ' (without --expose-gc: memory figures are rough)'}\n`);
await bench200k();
if (process.env.BENCH_DECP_NATIONAL !== '0') await benchNational();
