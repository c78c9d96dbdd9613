// Browser part of `npm run bench`: typing in the editor of a 1,000-line scenario, in headless Chromium
// against the built app. Reported beside the same run's floor: a frame with no edit at all.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.mjs';

const PORT = 4175; // not 4190: browsers and fetch refuse that port (ManageSieve)
const ORIGIN = `http://127.0.0.1:${PORT}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the preview server did not start');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu', '--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // tsx names the functions it compiles with a `__name` helper that the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.goto(ORIGIN);
  await page.getByTestId('total-avoided').waitFor();
  // A 1,000-line scenario: the demo's seven lines repeated, written straight into the app's database.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('carbone-evite');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('scenarios', 'readwrite');
    const store = tx.objectStore('scenarios');
    const [demo] = await new Promise<{ scenario: { lines: { id: string; label?: string }[] } }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const lines = Array.from({ length: 1000 }, (_, i) => ({ ...structuredClone(demo!.scenario.lines[i % 7]!), id: `b${i}`, label: `Ligne ${i}` }));
    store.put({ ...demo, id: 'bench', scenario: { ...demo!.scenario, name: 'Bench', lines } });
    await new Promise((resolve) => (tx.oncomplete = resolve));
  });

  const opening = Date.now();
  await page.goto(`${ORIGIN}/#/scenario/bench`);
  await page.getByRole('heading', { level: 1, name: 'Bench' }).waitFor();
  await page.getByTestId('total-avoided').waitFor();
  const openMs = Date.now() - opening;

  await page
    .getByRole('article', { name: /Ligne 1 —/ })
    .getByLabel('Quantité (q)')
    .focus();
  const { typing, idle } = await page.evaluate(async () => {
    const input = document.activeElement as HTMLInputElement;
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const pause = () => new Promise((r) => setTimeout(r, 40));
    const typing: number[] = [];
    const idle: number[] = [];
    for (let i = 0; i < 31; i++) {
      let t = performance.now();
      await nextFrame();
      idle.push(performance.now() - t);
      await pause();
      t = performance.now();
      input.value = String(36000 + i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
      typing.push(performance.now() - t);
      await pause();
    }
    return { typing, idle };
  });

  // Importing a 20,000-row export in the Base Carbone layout: the four valid elements of the sample,
  // repeated under new element ids, read in the worker and stored.
  const sample = readFileSync(new URL('../tests/fixtures/base-carbone/sample.csv', import.meta.url), 'utf8').split('\r\n');
  const header = sample[0] as string;
  const elements = sample
    .slice(1)
    .filter((row) => row.startsWith('Elément;') && /;Facteur d'émission;Valide générique;/.test(row) && /kgCO2e\/(kWh|tonne|repas);/.test(row));
  const rows: string[] = [];
  for (let i = 0; rows.length < 20_000; i++) {
    const row = elements[i % elements.length] as string;
    rows.push(row.replace(/^Elément;\d+;/, `Elément;${900000 + i};`));
  }
  const csv = Buffer.from([header, ...rows].join('\r\n') + '\r\n', 'utf8');
  await page.goto(`${ORIGIN}/#/tables`);
  await page.getByLabel('Fichier CSV ou JSON').setInputFiles({ name: 'bench-20000.csv', mimeType: 'text/csv', buffer: csv });
  const readStart = Date.now();
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  await page.getByText(/20\s?000 lignes lues/).waitFor({ timeout: 60_000 });
  const readMs = Date.now() - readStart;
  const saveStart = Date.now();
  await page.getByRole('button', { name: /Enregistrer la table/ }).click();
  await page.getByText(/enregistrée \(20\s?000 facteurs\)/).waitFor({ timeout: 60_000 });
  const saveMs = Date.now() - saveStart;

  // A 100,000-row purchase ledger into a new scenario: parsed, validated and stored, beside the same
  // 100,000 lines written as one IndexedDB record each (a raw bulk write, no validation).
  const ledger = ['Date;Libellé;Quantité;Unité;Facteur;Alternative;Part'];
  for (let i = 0; i < 100_000; i++) ledger.push(`2026-01-01;Achat ${i};${(i % 500) + 1};repas;meal-beef;meal-vegetarian;${i % 100}`);
  await page.goto(`${ORIGIN}/#/`);
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await page.getByRole('heading', { name: 'Lignes d’achat (0)' }).waitFor();
  await page.locator('summary', { hasText: 'Importer un journal d’achats (CSV)' }).click();
  const ledgerStart = Date.now();
  await page.getByLabel('Fichier CSV du journal').setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(ledger.join('\r\n'), 'utf8') });
  await page.getByText(/100\s?000 lignes prêtes, 0 lignes refusées/).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /Ajouter 100\s?000 lignes/ }).click();
  await page.getByRole('heading', { name: /Lignes d’achat \(100000\)/ }).waitFor({ timeout: 60_000 });
  await page.getByText(/^Enregistré à/).waitFor({ timeout: 60_000 });
  const ledgerMs = Date.now() - ledgerStart;
  const rawMs = await page.evaluate(async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => ({
      id: `r${i}`,
      label: `Achat ${i}`,
      quantity: (i % 500) + 1,
      unit: 'meal',
      baseline: { factor: 'meal-beef' },
      alternative: { factor: 'meal-vegetarian' },
      share: (i % 100) / 100,
    }));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-raw', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('lines', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction('lines', 'readwrite');
    const store = tx.objectStore('lines');
    for (const line of lines) store.put(line);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    return performance.now() - started;
  });
  await browser.close();

  const t = median(typing);
  const f = median(idle);
  console.log(`\nEditor in headless Chromium, 1,000-line scenario (built app), medians of 31:`);
  console.log(`  next frame, no edit (floor)            ${f.toFixed(1)} ms   1.00×`);
  console.log(`  keystroke → estimate → painted frame   ${t.toFixed(1)} ms   ${(t / f).toFixed(2)}× the floor`);
  console.log(`  opening the scenario                   ${openMs} ms`);
  console.log(`\nImporting a 20,000-row Base Carbone-format export (${(csv.length / 1e6).toFixed(1)} MB) in headless Chromium:`);
  console.log(`  read and parsed in the worker (parsing alone)   ${readMs} ms   1.00×`);
  console.log(`  stored after confirmation (one write)           ${saveMs} ms`);
  console.log(
    `  imported and stored, in all                     ${readMs + saveMs} ms   ${((readMs + saveMs) / readMs).toFixed(2)}× parsing alone   target < 3 s: ${readMs + saveMs < 3000 ? 'met' : 'MISSED'}`,
  );
  console.log(`\nA 100,000-row purchase ledger into a scenario, in headless Chromium:`);
  console.log(`  raw IndexedDB bulk write, one record per line (baseline)   ${rawMs.toFixed(0)} ms   1.00×`);
  console.log(
    `  parsed, validated and stored as scenario lines              ${ledgerMs} ms   ${(ledgerMs / rawMs).toFixed(2)}× the raw write   target < 5 s: ${ledgerMs < 5000 ? 'met' : 'MISSED'}`,
  );
} finally {
  if (server.pid) process.kill(-server.pid);
}
