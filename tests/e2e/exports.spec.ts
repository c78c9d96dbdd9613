// The files analysts receive, downloaded from the real app and opened here.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { openDemo, waitForIntervals } from './support';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('CSV, XLSX, PNG and scenario files of the demo; the scenario file re-imports to the same totals', async ({ page }) => {
  await openDemo(page);
  // A hostile label, typed by a user, must reach every file as text.
  await page
    .getByRole('article', { name: /Ligne 1/ })
    .getByLabel('Libellé')
    .fill('=HYPERLINK("http://evil","clic")');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  // The files carry the 95 % intervals once computed.
  await waitForIntervals(page);

  // French spreadsheet dialect by default in French: BOM, semicolons, decimal commas.
  const categories = await download(page, 'Catégories (CSV)');
  expect(categories.name).toBe('Achats-durables-d-une-collectivite-categories.csv');
  const text = categories.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // food: 36 000 × 0.2 × (2.04 − 0.51) = 11 016 avoided; baseline 36 000 × 2.04 = 73 440, alternative 62 424
  expect(text).toMatch(/food;1;73440;62424;11016;[\d,]+;[\d,]+;ademe-selection;2025\.1/);
  // total: baseline 213 936, avoided 95 622.6225, alternative 213 936 − 95 622.6225 = 118 313.3775 kg
  expect(text).toMatch(/total;7;213936;118313,3775;95622,6225;/);

  const lines = (await download(page, 'Lignes (CSV)')).bytes.toString('utf8');
  expect(lines).toContain(`"'=HYPERLINK(""http://evil"",""clic"")"`);
  expect(lines).toContain('20682');

  await page.getByLabel('International (virgule, point décimal)').check();
  const international = (await download(page, 'Catégories (CSV)')).bytes.toString('utf8');
  expect(international.charCodeAt(0)).not.toBe(0xfeff);
  expect(international).toContain('total,7,213936,118313.3775,95622.6225,');

  const xlsx = await download(page, 'Classeur Excel (XLSX)');
  expect(xlsx.name).toBe('Achats-durables-d-une-collectivite.xlsx');
  const files = unzipSync(new Uint8Array(xlsx.bytes));
  expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Facteurs utilisés"');
  const everything = Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('');
  expect(everything).toContain("'=HYPERLINK(");
  expect(everything).not.toContain('<f>');

  const png = await download(page, 'Graphique (PNG)');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const json = await download(page, 'Scénario (JSON)');
  const scenario = JSON.parse(json.bytes.toString('utf8'));
  expect(scenario).toMatchObject({ format: 'carbone-evite/scenario@1', factorTable: { id: 'ademe-selection', version: '2025.1' } });
  expect(scenario.factorTable.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);

  // Printed, the report shows results, method and sources, and no editing controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Sources des facteurs' })).toBeVisible();
  await expect(page.getByText(/Table de facteurs : .* version 2025\.1 du 28 novembre 2026 — somme de contrôle [0-9a-f]{12}\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Lignes d’achat/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer le rapport' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Re-imported (with a broken file beside it), it gives the same figures.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByLabel(/Importer des fichiers de scénario/).setInputFiles([
    {
      name: 'copie.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...scenario, name: 'Copie importée', organisation: '<img src=x onerror="document.title=1">' })),
    },
    { name: 'casse.json', mimeType: 'application/json', buffer: json.bytes.subarray(0, 100) },
  ]);
  await expect(page.getByText(/^casse\.json: \(root\): Not valid JSON/)).toBeVisible();
  await expect(page.getByText('1 scénario(s) importé(s).')).toBeVisible();
  await page.getByRole('link', { name: 'Copie importée' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  // Text from a file is shown as text, never run as HTML.
  await expect(page.getByLabel('Organisation (acheteur)')).toHaveValue('<img src=x onerror="document.title=1">');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.title()).toBe('Carbone évité');
});
