// The built app, in headless Chromium: on the first visit it stores the demo scenario and opens it,
// computed by the engine.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo, waitForIntervals, watchRequests } from './support';

// The demo's figures, worked out by hand from the formula with the factors of ademe-selection 2025.2 (2025.1's values):
//   canteens  36 000 meals × 0.2 × (2.04 − 0.51)            = 11 016 kg (beyond the legal vegetarian menu)
//   trains    120 000 pkm × 0.75 × (0.225 − 1.2 × 0.00293)   = 19 933.56 kg
//   laptops   150 × 156 × (1 − 4/6)                          = 7 800 kg
//   fleet     200 000 km × 0.5 × (0.19 − 0.103)              = 8 700 kg
//   pellets   150 000 kWh × (0.325 − 1.0625 × 0.0113)        = 46 949.0625 kg
//   chairs    80 × (34.4 − 18.6)                             = 1 264 kg
//   paper     2 t × (297 − 317)                              = −40 kg (an increase)
//   total                                                    = 95 622.6225 kg ≈ 95.6 t
const TOTAL_FR = '95,6 t CO2e';
const TOTAL_EN = '95.6 t CO2e';

test('opens on the demo in French, switches to English and remembers it', async ({ page, baseURL }, testInfo) => {
  const elsewhere = watchRequests(page, new URL(baseURL as string).origin);
  await openDemo(page);

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('total-avoided')).toHaveText(TOTAL_FR);
  // baseline: 73 440 + 27 000 + 23 400 + 38 000 + 48 750 + 2 752 + 594 = 213 936 kg ; 95 622.6225 / 213 936 = 44.7 %
  await expect(page.getByText(/^soit 44,7\s%\sde moins que la référence$/)).toBeVisible();

  // Per category, in tonnes with the tables' three significant figures: food 11.016 → 11,0; travel 19.93356 + 8.7
  // = 28.63356 → 28,6; paper −0.04 → -0,0400. The cells are
  // lines, baseline, alternative, avoided, then (once the worker has drawn them) the 95 % interval.
  await waitForIntervals(page);
  const categories = page.getByRole('table', { name: /par catégorie/i });
  const avoidedIn = (row: RegExp) => categories.getByRole('row', { name: row }).getByRole('cell').nth(3);
  await expect(avoidedIn(/Restauration/)).toHaveText('11,0');
  await expect(avoidedIn(/Véhicules/)).toHaveText('28,6');
  await expect(avoidedIn(/Papier/)).toHaveText('-0,0400');
  // The 95 % interval, computed in a worker by Monte Carlo, brackets the central figure.
  const interval = await page.getByTestId('total-interval').textContent();
  const [low, high] = [...(interval ?? '').matchAll(/(\d[\d\s\u202f]*,\d)\s*t CO2e/g)].map((m) => Number(m[1]!.replace(/[\s\u202f]/g, '').replace(',', '.')));
  expect(low).toBeLessThan(95.6);
  expect(high).toBeGreaterThan(95.6);
  await expect(page.getByRole('table', { name: /par catégorie/i }).getByRole('columnheader', { name: 'Évitées, intervalle à 95 %' })).toBeVisible();

  // The chart has its accessible name and a summary of its figures.
  await expect(page.getByRole('img', { name: /Graphique/ })).toBeVisible();

  // The ranking puts the biggest saving first and the recycled-paper line, an increase, last.
  const ranking = page.getByRole('region', { name: 'Lignes classées par émissions évitées' });
  await expect(ranking.getByRole('article').first()).toHaveAccessibleName(/granulés/);
  const paper = ranking.getByRole('article').last();
  await expect(paper).toHaveAccessibleName(/pâte recyclée/);
  await expect(paper.getByText('0,04 t CO2e en plus')).toBeVisible();
  await expect(paper.getByText('Ce choix augmente les émissions selon ces facteurs.')).toBeVisible();

  // Opening a result shows its formula with the actual numbers and the factor's source.
  const canteen = ranking.getByRole('article', { name: /Cantines/ });
  await canteen.getByText('Comment ce chiffre est calculé').click();
  // The canteens' baseline is the average meal (the legal minimum's other menus), not the beef meal.
  await expect(canteen.getByText('identifiant 20682', { exact: false })).toBeVisible();
  await expect(canteen.getByText('11\u202f016 kgCO2e', { exact: false }).first()).toBeVisible();

  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('editor-fr-wide.png'), fullPage: true });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('total-avoided')).toHaveText(TOTAL_EN);
  // The demo's lines came from a template that words them in both languages: they now read in English.
  const rankingEn = page.getByRole('region', { name: 'Lines ranked by avoided emissions' });
  await expect(rankingEn.getByRole('article', { name: 'Canteens: a 2nd weekly vegetarian meal, beyond the legal minimum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Line 1 — Canteens: a 2nd weekly vegetarian meal, beyond the legal minimum' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('total-avoided')).toHaveText(TOTAL_EN);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('editor-en-wide.png'), fullPage: true });

  expect(elsewhere).toEqual([]);
});

test('reads well on a phone, in both languages', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openDemo(page);
  await expect(page.getByTestId('total-avoided')).toHaveText(TOTAL_FR);
  await page.screenshot({ path: testInfo.outputPath('editor-fr-narrow.png'), fullPage: true });
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText(TOTAL_EN);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('editor-en-narrow.png'), fullPage: true });
  await page.getByRole('link', { name: 'My scenarios', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My scenarios' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('list-en-narrow.png'), fullPage: true });
});

test('the page forbids requests to any other origin', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  // The policy is enforced: a fetch to another origin is refused by the browser.
  const outcome = await page.evaluate(() =>
    fetch('http://example.invalid/').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
});

test('the server sends the security headers the README asks a host for', async ({ page, request }) => {
  for (const path of ['/', '/sw.js', '/manifest.webmanifest']) {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  }
  // Framing is refused: another page cannot show the app in a frame.
  await page.goto('/');
  const framed = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = '/';
        frame.onload = () => {
          try {
            resolve(frame.contentDocument?.querySelector('#app') !== null && frame.contentDocument !== null);
          } catch {
            resolve(false);
          }
        };
        document.body.append(frame);
      }),
  );
  expect(framed).toBe(false);
});
