// The first load stays small: what index.html loads before anything else, measured gzip-compressed.
// Heavy parts (Chart.js, the factor tables, the XLSX writer, the CSV readers, the tables, consolidation,
// comparison, presenter and share screens, the import worker) load on demand.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// What the first screen needs: Svelte, Dexie, zod/mini, the engine, both catalogues and the list and
// editor screens (~113 kB on 2026-11-28; ~116 kB on 2026-12-01, with the Monte Carlo code, a line's
// explanation and the scenario's own factors loaded on demand). Everything else loads on demand; raising this needs a reason.
// Raised from 120 to 124 kB on 2026-12-01 (first load 120.6 kB): the method findings now travel with every
// estimate (in both languages, from the engine) and the first screens gained their words (flows, period,
// ledger share scale, phone header), after English had already been moved out of the first load (−7 kB).
// Raised from 124 to 130 kB on 2026-12-02 (first load 125.7 kB): scenarios stored in chunks (layout, schema v4
// and its upgrade, read by every screen), a failed save set aside with retry and abandon, the blocked-upgrade and
// unreadable-scenario states, and the printed report's words in the French catalogue. To win back: the print and
// figure words, and the rarer storage states' words, could load with the parts that show them.
// Raised from 130 to 136 kB on 2026-12-02 (first load 134.3 kB, 131.1 KiB): the line check's fast lane (a 100,000-line
// import no longer waits on zod), the activity-data finding in both languages, the public contracts screen's route
// and nav link (its words and code load with it), the ranges' transferred arrays. To win back, as above, plus the
// engine's finding texts of rarer rules, which could load with the findings list.
const FIRST_LOAD_BUDGET_GZIP_BYTES = 136 * 1024;

test('the first load stays within its budget', async ({ request }) => {
  // The e2e server serves the build in dist/, made just before the tests.
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const styles = [...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const path of [...scripts, ...styles]) total += gzipSync(readFileSync(`dist${path}`)).length;
  expect(total).toBeLessThan(FIRST_LOAD_BUDGET_GZIP_BYTES);
  // Chart.js (its own chunk, chart-<hash>.js) is not part of it; its small loader may be.
  for (const path of [...scripts, ...styles]) expect(path).not.toMatch(/\/chart-[A-Za-z0-9_-]{8}\.js$/);
});
