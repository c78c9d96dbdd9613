// The first load stays small: what index.html loads before anything else, measured gzip-compressed.
// Heavy parts (Chart.js, the factor tables, the tables screen, the import worker) load on demand.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const FIRST_LOAD_BUDGET_GZIP_BYTES = 110 * 1024;

test('the first load stays within its budget', async ({ request }) => {
  // The e2e server serves the build in dist/, made just before the tests.
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const styles = [...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const path of [...scripts, ...styles]) total += gzipSync(readFileSync(`dist${path}`)).length;
  expect(total).toBeLessThan(FIRST_LOAD_BUDGET_GZIP_BYTES);
  // Chart.js is not part of it.
  for (const path of [...scripts, ...styles]) expect(path).not.toMatch(/chart/);
});
