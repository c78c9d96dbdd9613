// The presenter view: the total in large type, equivalences with their cited factors, the chart.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('presenter view of the demo, in French and English', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mode présentation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Achats durables d’une collectivité' })).toBeVisible();
  await expect(page.getByText('95,6 t CO2e', { exact: true })).toBeVisible();
  const items = page.getByRole('list', { name: 'Équivalences' }).getByRole('listitem');
  // 95 622.6225 kg / 0.256 kg per km = 373 525.87 ; / 6.29 kg per meal = 15 202.32 ; / 0.00293 kg per pkm = 32 635 707.3,
  // told with two significant figures: 370 000, 15 000, 33 000 000.
  await expect(items.nth(0)).toContainText(/≈ 370\s000 km parcourus en voiture moyenne/);
  await expect(items.nth(0)).toContainText('Base Carbone® : 0,256 kgCO2e/km (identifiant 43791)');
  await expect(items.nth(1)).toContainText(/≈ 15\s000 repas classiques avec bœuf/);
  await expect(items.nth(1)).toContainText('6,29 kgCO2e/repas (identifiant 20687)');
  await expect(items.nth(2)).toContainText(/≈ 33\s000\s000 km parcourus en TGV/);
  await expect(page.getByRole('img', { name: /Graphique/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // The chart's code arrives on demand: wait for it to draw before the picture.
  await page.waitForFunction(() => (document.querySelector('canvas')?.width ?? 0) > 0);
  await page.screenshot({ path: testInfo.outputPath('presenter-fr.png'), fullPage: true });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('95.6 t CO2e', { exact: true })).toBeVisible();
  const english = page.getByRole('list', { name: 'Equivalences' }).getByRole('listitem');
  await expect(english.nth(1)).toContainText('≈ 15,000 standard meals with beef');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('presenter-en-narrow.png'), fullPage: true });
});
