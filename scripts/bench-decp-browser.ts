// DECP part of `npm run bench` in headless Chromium: scripts/bench-decp-page built with Vite (its worker
// included) and served here, then 200,000 dirty records read in the DECP worker, stored in IndexedDB beside
// a raw write of the same chunks and beside JSON.parse alone, grouped and filtered over columns beside
// objects; then a national year, 1,500,000 records in 15 files. BENCH_DECP_NATIONAL=0 skips the latter.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from './chromium-path.mjs';

const PORT = 4194;
const PAGE_DIR = new URL('./bench-decp-page/', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

type Figures = Record<string, number | string>;

const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(t < 10 ? 2 : 0)} ms`);
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
const num = (x: unknown) => Number(x);

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const asked = (request.url ?? '/').split('?')[0]!;
    const path = asked === '/' ? '/index.html' : asked;
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

function print200k(f: Figures): void {
  const parse = num(f.parseMs);
  const total = num(f.importMs) + num(f.storeMs);
  console.log(
    `200,000 records, 2022 JSON, ${num(f.mb).toFixed(0)} MB, dirty: ${f.contracts} contracts, ${f.duplicates} duplicates merged, ${f.defects} defects`,
  );
  console.log(`  JSON.parse alone (page)                                 ${ms(parse).padStart(9)}   1.00×`);
  console.log(`  import in the DECP worker (decode, fingerprint, parse,`);
  console.log(
    `    normalise, merge, columns, transfer back)              ${ms(num(f.importMs)).padStart(9)}   ${(num(f.importMs) / parse).toFixed(2)}× JSON.parse`,
  );
  console.log(
    `  store as ${f.chunks} chunks (Dexie)                           ${ms(num(f.storeMs)).padStart(9)}   ${(num(f.storeMs) / num(f.rawWriteMs)).toFixed(2)}× the raw write`,
  );
  console.log(`  raw IndexedDB write of the same chunks                  ${ms(num(f.rawWriteMs)).padStart(9)}   1.00×`);
  console.log(`  import + store                                          ${ms(total).padStart(9)}   target < 10 s: ${met(total < 10_000)}`);
  console.log(`  read back as one set of columns                         ${ms(num(f.readBackMs)).padStart(9)}`);
  let slowest = 0;
  console.log(`  filters and groupings over columns (median of 15):`);
  for (const [key, value] of Object.entries(f))
    if (/^(group by|filter|shares)/.test(key)) {
      slowest = Math.max(slowest, num(value));
      console.log(`    ${key.padEnd(56)} ${ms(num(value)).padStart(9)}`);
    }
  console.log(`  slowest: ${ms(slowest)}   target < 100 ms: ${met(slowest < 100)}`);
  console.log(`  the same contracts as objects (aggregate.ts), read in ${ms(num(f.objectsReadMs))}:`);
  for (const [objects, columns] of [
    ['objects: group by year', 'group by year'],
    ['objects: group by cpv-division', 'group by cpv-division'],
    ['objects: group by buyer', 'group by buyer'],
  ] as const)
    console.log(`    ${objects.padEnd(56)} ${ms(num(f[objects])).padStart(9)}   ${(num(f[objects]) / num(f[columns])).toFixed(1)}× columns`);
}

const out = mkdtempSync(join(tmpdir(), 'carbone-evite-decp-page-'));
let server: Server | undefined;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu', '--disable-quic'] });
try {
  await build({ configFile: false, root: PAGE_DIR, base: './', logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  server = await serve(out);
  console.log(`\nDECP data layer in headless Chromium ${browser.version()} (page built from scripts/bench-decp-page)\n`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => 'benchDecp' in window);
  print200k(await page.evaluate(async () => (window as unknown as { benchDecp: (n: number) => Promise<Figures> }).benchDecp(200_000)));
  await context.close();

  if (process.env.BENCH_DECP_NATIONAL !== '0') {
    const national = await browser.newContext();
    const p = await national.newPage();
    await p.goto(`http://127.0.0.1:${PORT}/`);
    await p.waitForFunction(() => 'benchDecpNational' in window);
    const f = await p.evaluate(async () =>
      (window as unknown as { benchDecpNational: (files: number, perFile: number) => Promise<Figures> }).benchDecpNational(15, 100_000),
    );
    console.log(`\nA national year: 1,500,000 records in 15 files (${num(f.mb).toFixed(0)} MB), read by the worker one file at a time`);
    console.log(
      `  ${f.contracts} contracts (${f.duplicates} duplicates merged) in ${ms(num(f.importMs))}; page heap holding them: ${(await heapMb(p)).toFixed(0)} MB`,
    );
    for (const [key, value] of Object.entries(f)) if (/^(group by|filter)/.test(key)) console.log(`    ${key.padEnd(30)} ${ms(num(value)).padStart(9)}`);
    console.log(`  stored as ${f.chunks} chunks in ${ms(num(f.storeMs))} (raw write ${ms(num(f.rawWriteMs))}), read back in ${ms(num(f.readBackMs))}`);
    await national.close();
  }
} finally {
  await browser.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
}
