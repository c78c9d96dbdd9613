// After a first visit the app is installable and works with the network off: the service worker
// precaches the whole build and controls the page from the first visit on.
import { expect, test } from '@playwright/test';
import { openDemo } from './support';

// Explicit: with 'block' the service worker never registers and the offline reload fails.
test.use({ serviceWorkers: 'allow' });

test('links and serves a web app manifest', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const manifest = await page.evaluate(async () => {
    const response = await fetch('/manifest.webmanifest');
    return { ok: response.ok, body: (await response.json()) as Record<string, unknown> };
  });
  expect(manifest.ok).toBe(true);
  expect(manifest.body).toMatchObject({
    name: 'Carbone évité',
    short_name: 'Carbone évité',
    lang: 'fr',
    start_url: './',
    display: 'standalone',
    theme_color: '#0b5d4b',
  });
  const icons = manifest.body.icons as { src: string; sizes: string; purpose?: string }[];
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  // Every icon the manifest names is served.
  for (const icon of icons) {
    const status = await page.evaluate(async (src) => (await fetch(src)).status, new URL(icon.src, page.url()).href);
    expect(status, icon.src).toBe(200);
  }
});

test('loads and works offline after the first visit', async ({ page, context }) => {
  await openDemo(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Achats durables d’une collectivité' })).toBeVisible();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  // The chart's code, loaded on demand, comes from the cache too.
  await expect(page.locator('canvas')).toBeVisible();

  // Keep working: double the canteen meals. The canteen line then avoids 72 000 × 0.2 × (2.04 − 0.51)
  // = 22 032 kg instead of 11 016, so the total becomes 95 622.6225 + 11 016 = 106 638.6225 kg ≈ 106.6 t.
  const canteen = page.getByRole('article', { name: /Ligne 1/ });
  await canteen.getByLabel('Quantité (q)').fill('72000');
  await expect(page.getByTestId('total-avoided')).toHaveText('106,6 t CO2e');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('total-avoided')).toHaveText('106,6 t CO2e');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('106.6 t CO2e');
  await context.setOffline(false);
});
