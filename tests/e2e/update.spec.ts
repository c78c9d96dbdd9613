// A new release deployed while a tab is open: the tab keeps working on the release it started with (its
// lazily loaded screens included), is offered the new one, and moves to it when the person reloads. Two
// releases of the same sources are built (CARBONE_RELEASE marks their chunks' names, as two real releases'
// differ) and served in turn by a small server in this test.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function build(release: string, outDir: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, CARBONE_RELEASE: release },
    stdio: 'inherit',
  });
}

/** Serves the files of whichever release `root()` names, as a host would after a deployment. */
function serve(root: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root(), path === '/' ? 'index.html' : path);
    if (!existsSync(file) || !file.startsWith(root())) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

test('a release deployed while a tab is open: the tab keeps working, is offered the new one and moves to it on reload', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const [a, b] = [testInfo.outputPath('release-a'), testInfo.outputPath('release-b')];
  build('a', a);
  build('b', b);
  let root = a;
  const { server, origin } = await serve(() => root);
  try {
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const entry = () => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? '');
    expect(await entry()).toContain('-a-');

    // Release b replaces release a on the server: a's files are gone from it.
    root = b;
    const tablesChunkOfA = (await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name))).find((n) => /\/index-a-/.test(n));
    expect(tablesChunkOfA).toBeDefined();
    expect((await fetch(tablesChunkOfA!)).status).toBe(404);

    // The tab looks for an update (as it would on its own later): the new release installs and is offered.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole('status').filter({ hasText: 'Une nouvelle version de Carbone évité est installée.' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('update-offered.png') });

    // Meanwhile every lazily loaded screen of release a still opens: its files come from the worker of release a.
    await page.getByRole('link', { name: 'Tables de facteurs' }).click();
    await expect(page.getByRole('heading', { name: 'Tables de facteurs', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Consolidation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('load-failed')).toHaveCount(0);

    // The person reloads: the page now runs release b, and its screens open.
    await page.getByRole('button', { name: 'Recharger pour l’utiliser' }).click();
    // The page reloads under the new worker; while it navigates there is no page to read.
    await expect.poll(() => entry().catch(() => '')).toContain('-b-');
    await page.getByRole('link', { name: 'Tables de facteurs' }).click();
    await expect(page.getByRole('heading', { name: 'Tables de facteurs', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Une nouvelle version' })).toHaveCount(0);
  } finally {
    server.close();
  }
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a screen whose files cannot be fetched says so, with a reload button, instead of staying blank', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.route(/ConsolidationScreen-[^/]*\.js$/, (route) => route.abort());
    await page.getByRole('link', { name: 'Consolidation' }).click();
    const failed = page.getByTestId('load-failed');
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('Cette partie de l’application n’a pas pu être chargée');
    await expect(failed.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('load-failed.png') });
  });
});
