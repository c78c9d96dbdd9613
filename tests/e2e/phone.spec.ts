// On a phone (390 px wide): no screen scrolls sideways (wide tables scroll inside their own region), the header
// leaves room for the page, the picker's cards keep their labels readable.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 } });

const scenarioFile = (name: string, organisation: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'carbone-evite/scenario@1',
      name: 'Cantines',
      organisation,
      year: 2026,
      factorTable: { id: 'ademe-selection', version: '2025.1' },
      lines: [{ id: 'm', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }],
    }),
  ),
});

const LEDGER = [
  'Date;Fournisseur;Libellé;Quantité;Unité;Facteur;Alternative;Part',
  '2026-01-10;Sodexo;Repas cantine janvier, restaurant scolaire du centre;1 200;repas;meal-beef;meal-vegetarian;25 %',
  '2026-02-12;SNCF;Déplacements professionnels;120 000;passager.km;plane-short-haul-500-1000km;train-tgv-2021;100',
].join('\r\n');

/** The page is no wider than the screen; on failure, names the elements that stick out (outside scroll regions). */
async function expectNoSidewaysScroll(page: Page) {
  const wide = await page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.table-scroll'))
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}`);
  }, WIDTH);
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
}

async function switchTo(page: Page, language: 'fr' | 'en') {
  await page.getByRole('button', { name: language === 'fr' ? 'Français' : 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('the header leaves most of a phone screen to the page', async ({ page }, testInfo) => {
  await openDemo(page);
  // Two short rows (title and language, then the menu) of about 1.5 rem each plus padding stay under 110 px,
  // an eighth of an 844 px screen; it was 231 px, a quarter, with the tagline and the menu on three lines.
  for (const language of ['fr', 'en'] as const) {
    await switchTo(page, language);
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBeLessThan(110);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`header-${language}.png`) });
  }
});

test('the picker, the ledger preview, the comparison and the consolidation fit a phone in both languages', async ({ page }, testInfo) => {
  await openDemo(page);
  for (const language of ['fr', 'en'] as const) {
    await switchTo(page, language);
    // Picker: each label keeps at least 200 px (about 25 characters a line), the value moves under it when
    // both do not fit; it was 80 px with "passag/er.km" split.
    await page.getByRole('button', { name: language === 'fr' ? 'Ajouter une ligne' : 'Add a line' }).click();
    const picker = page.getByRole('dialog');
    await picker.getByRole('searchbox').fill('train');
    const labels = picker.locator('.results .label');
    await expect(labels.first()).toBeVisible();
    for (const box of await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width))) expect(box).toBeGreaterThanOrEqual(200);
    // In English the words the table writes around a source are English too (point 12).
    if (language === 'en') {
      await expect(picker.getByText(/contributor: ADEME/).first()).toBeVisible();
      await expect(picker.getByText(/contributeur/)).toHaveCount(0);
    }
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`picker-${language}.png`) });
    await picker.getByRole('button', { name: language === 'fr' ? 'Fermer' : 'Close' }).click();
  }

  // Ledger preview of a new scenario.
  await switchTo(page, 'fr');
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await page.locator('summary', { hasText: 'Importer un journal d’achats (CSV)' }).click();
  await page.getByLabel('Fichier CSV du journal').setInputFiles({ name: 'journal.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER, 'utf8') });
  await expect(page.getByRole('region', { name: 'Aperçu des premières lignes' })).toBeVisible();
  for (const language of ['fr', 'en'] as const) {
    await switchTo(page, language);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`ledger-${language}.png`), fullPage: true });
  }

  // Comparison of the demo and a copy.
  await switchTo(page, 'fr');
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const demo = 'Achats durables d’une collectivité';
  await page.getByRole('button', { name: `Dupliquer « ${demo} »` }).click();
  const list = page.getByRole('list', { name: 'Mes scénarios' });
  await list
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: demo, exact: true }) })
    .getByLabel('Comparer')
    .check();
  await list.getByRole('listitem').filter({ hasText: '(copie)' }).getByLabel('Comparer').check();
  await page.getByRole('button', { name: 'Comparer les scénarios cochés (2)' }).click();
  await expect(page.getByRole('region', { name: /Scénarios côte à côte/ })).toBeVisible();
  for (const language of ['fr', 'en'] as const) {
    await switchTo(page, language);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`compare-${language}.png`), fullPage: true });
  }
  await expectNoSeriousAxeViolations(page);

  // Consolidation of two files.
  await switchTo(page, 'fr');
  await page.getByRole('link', { name: 'Consolidation' }).click();
  await page.getByLabel('Fichiers de scénario (JSON, plusieurs à la fois)').setInputFiles([scenarioFile('a.json', 'Lille'), scenarioFile('b.json', 'Amiens')]);
  await expect(page.getByTestId('consolidated-avoided').first()).toBeVisible();
  for (const language of ['fr', 'en'] as const) {
    await switchTo(page, language);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath(`consolidation-${language}.png`), fullPage: true });
  }
  await expectNoSeriousAxeViolations(page);
});
