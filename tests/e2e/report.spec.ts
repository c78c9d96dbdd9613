// The printed report reads as a document to file (who, when, which table, each line with its quantity, sources
// in words, no form controls), and the exported figure stands alone on a slide (1600 × 900, titled, credited).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openDemo, waitForIntervals } from './support';

/** Width and height of a PNG, read from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function printed(page: Page, body: () => Promise<void>) {
  await page.emulateMedia({ media: 'print' });
  await body();
  await page.emulateMedia({ media: 'screen' });
}

test('the printed report names the buyer, the year, the table and each line with its quantity, without form controls', async ({ page }) => {
  await openDemo(page);
  await page.getByLabel('Organisation (acheteur)').fill('Ville de Quimper');
  await page.getByLabel('Année des achats').fill('2025');
  await waitForIntervals(page);
  // On screen the report's table of every line is not built at all: a row per line on every keystroke is
  // what a 10,000-line scenario cannot afford. It is built when printing.
  await expect(page.locator('.report-lines')).toHaveCount(0);

  await printed(page, async () => {
    const header = page.locator('.report-header');
    await expect(header).toBeVisible();
    await expect(header).toContainText('Émissions de gaz à effet de serre évitées par les achats — estimation');
    await expect(header).toContainText('Achats durables d’une collectivité');
    await expect(header).toContainText(/Acheteur\s*Ville de Quimper/);
    await expect(header).toContainText(/Année des achats\s*2025/);
    await expect(header).toContainText(/version 2025\.2/);
    // The title once (in the report's header), no tagline, no form controls, and no empty cost section.
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.getByText('Les émissions de gaz à effet de serre que vos achats durables évitent')).toBeHidden();
    await expect(page.locator('input:visible, select:visible, textarea:visible, button:visible')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Coût global' })).toBeHidden();

    const lines = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Quantité' }) });
    await expect(lines.getByRole('row', { name: /Cantines/ })).toContainText(/36\s000 repas/);
    await expect(lines.getByRole('row', { name: /Missions : train/ })).toContainText(/120\s000 passager·km/);
    // Units in words, never the codes (meal, pkm).
    const sources = page.getByRole('region', { name: 'Sources des facteurs' });
    await expect(sources).toContainText('2,04 kgCO2e/repas');
    await expect(sources).not.toContainText('/meal');
  });

  // With costs entered, the cost section prints its settings as a sentence.
  const laptops = page.getByRole('article', { name: /Ligne 3/ });
  await laptops.locator('#line-laptops-longer-baseline-purchase').fill('900');
  await laptops.locator('#line-laptops-longer-alternative-purchase').fill('900');
  await page.getByLabel('Taux d’actualisation (facultatif)').fill('4');
  await printed(page, async () => {
    await expect(page.getByRole('heading', { name: 'Coût global' })).toBeVisible();
    await expect(page.getByText(/^Taux d’actualisation : 4\s%\. Valeur d’une tonne évitée : aucune\.$/)).toBeVisible();
  });

  await page.getByRole('button', { name: 'English' }).click();
  await printed(page, async () => {
    await expect(page.locator('.report-header')).toContainText('Greenhouse-gas emissions avoided by purchasing — estimate');
    await expect(page.locator('.report-header')).toContainText(/Buyer\s*Ville de Quimper/);
    const lines = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Quantity' }) });
    await expect(lines.getByRole('row', { name: /Canteens/ })).toContainText('36,000 meals');
    await expect(page.getByRole('region', { name: 'Sources of the factors' })).toContainText('2.04 kgCO2e/meal');
    await expect(page.getByText('Discount rate: 4%. Value of a tonne avoided: none.')).toBeVisible();
  });
});

test('the chart exports as a 1600 × 900 figure', async ({ page }) => {
  await openDemo(page);
  await waitForIntervals(page);
  await expect(page.getByRole('img', { name: /^Graphique : émissions de référence/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Graphique (PNG)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Achats-durables-d-une-collectivite-graphique.png');
  const png = await readFile((await file.path())!);
  expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
});
