// An analyst loads published DECP files into the public contracts screen, reads the share of contracts with an
// environmental consideration, filters, drills down to the contracts behind a figure, and removes a data set.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixture } from '../helpers';
import { expectNoSeriousAxeViolations, openDemo } from './support';

// A real file (Maximilien, 17 contracts, every one "Pas de considération environnementale", none notified in
// 2024; one with CPV 45000000) and the schema authors' example (4 contracts notified in 2024: the two marchés,
// CPV 45000000, carry an environmental clause; the two concessions, no CPV, a clause and a criterion).
const REAL = fixture('decp/reference/real_decp2024_maximilien_13001845000028_2024-10-06.json');
const EXAMPLE = fixture('decp/reference/v2_marches_concessions.json');

async function openContracts(page: Page) {
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Marchés publics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marchés publics' })).toBeVisible();
  await expect(page.getByText('Aucun jeu de données.')).toBeVisible();
}

async function importFiles(page: Page, files: string[]) {
  await page.getByLabel('Fichiers DECP', { exact: true }).setInputFiles(files);
  await page.getByRole('button', { name: `Lire les fichiers (${files.length})` }).click();
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path());
}

const headline = (page: Page) => page.getByRole('status').filter({ hasText: 'des marchés portent une considération environnementale' });

test('import DECP files, read shares by hand, filter, drill down, remove a data set', async ({ page }, testInfo) => {
  await openContracts(page);
  await importFiles(page, [REAL, EXAMPLE]);
  // 17 + 4 contracts, no duplicates; the real file's defects: 17 × 3 empty lists, 4 amounts of 0, 15 procedures,
  // 5 CPV codes and 4 durations missing, 1 modification date missing = 80 (tests/unit/decp-samples.test.ts).
  await expect(page.getByText(/enregistré\. Marchés : 21 ; doublons fusionnés : 0 ; défauts relevés : 80\./)).toBeVisible();
  const datasets = page.getByRole('table', { name: 'Jeux de données DECP enregistrés dans ce navigateur' });
  await expect(datasets.getByRole('row')).toHaveCount(2);

  // 4 of 21 contracts carry an environmental consideration: 19.05 %, said "19 %" (one decimal at most).
  await expect(headline(page)).toContainText('19 % des marchés portent une considération environnementale');
  const table = page.getByRole('table', { name: /^Part des marchés par classe/ });
  const overall = table.getByRole('row', { name: /^Ensemble/ });
  // Cells: contracts, amount, then clause, criterion, both, none, not stated, with a consideration.
  // 17 of 21 have none: 80.95… % → "81,0 %" (three significant figures).
  await expect(overall.getByRole('cell').nth(5)).toContainText('81,0 %');
  await expect(overall.getByRole('cell').nth(7)).toContainText('19,0 %');

  // Filter: CPV division 45 holds the real file's one contract (none) and the example's two marchés (clause): 2 of 3.
  await page.getByLabel('Division CPV', { exact: true }).selectOption('45');
  await expect(headline(page)).toContainText('66,7 % des marchés');
  // And notified in 2024 as well: the two marchés, both with a clause.
  await page.getByLabel('Année', { exact: true }).selectOption('2024');
  await expect(headline(page)).toContainText('100 % des marchés');
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(headline(page)).toContainText('19 % des marchés');

  // Drill down from 2024 × clause: the two marchés of the example.
  await table.getByRole('button', { name: 'Voir les marchés (2) : 2024, Clause', exact: true }).click();
  const drill = page.getByRole('table', { name: 'Marchés : 2024 — Clause' });
  await expect(page.getByRole('heading', { name: 'Marchés : 2024 — Clause (2)' })).toBeFocused();
  await expect(drill.getByRole('row')).toHaveCount(3);
  await expect(drill).toContainText('envoi pour Json test 1');
  await expect(drill).toContainText('envoi pour Json test 2');
  await expect(drill).toContainText('Clause environnementale');
  await expect(page.getByText('Page 1 sur 1')).toBeVisible();

  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('contracts-fr.png'), fullPage: true });

  // The table as a French spreadsheet CSV. Known amounts: the real file's 4,483,126.63 € and the example's
  // 246,915.74 + 50 € after its modifications; 4 amounts of 0 unknown; ceilings: the real file's 4 framework
  // agreements (amounts 0) and the example's 2 (246,915.74 €); clauses 2 of 21 = 0.0952380952381.
  const csv = (await download(page, 'Tableau (CSV)')).toString('utf8');
  const [header, all] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(header!.split(';').slice(0, 4)).toEqual(['Regroupement', 'Clé', 'Libellé', 'Marchés']);
  expect(all!.startsWith('year;all;;21;4730092,37;4;6;246915,74;2;0,0952380952381;')).toBe(true);
  const png = await download(page, 'Graphique (PNG)');
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  // A SIRET→name list names the buyer furthest from the target.
  await page
    .getByLabel('Liste SIRET ; nom (CSV)')
    .setInputFiles({ name: 'noms.csv', mimeType: 'text/csv', buffer: Buffer.from('siret;nom\n13001845000028;Maximilien\n') });
  await expect(page.getByText('noms.csv : noms chargés : 1.')).toBeVisible();
  const furthest = page
    .getByRole('table', { name: /acheteurs les plus éloignés/ })
    .getByRole('row')
    .nth(1);
  await expect(furthest.getByRole('rowheader')).toHaveText('Maximilien (13001845000028)');
  await expect(furthest.getByRole('cell').nth(2)).toHaveText('100 points');

  // The same files again: recognised by their fingerprint, nothing added.
  await importFiles(page, [REAL, EXAMPLE]);
  await expect(page.getByText(/est déjà chargé : rien n’a été ajouté\./)).toBeVisible();
  await expect(datasets.getByRole('row')).toHaveCount(2);

  // The example alone, then remove the pair: the example's 4 contracts stay, all with a consideration.
  await importFiles(page, [EXAMPLE]);
  await expect(page.getByText('v2_marches_concessions.json enregistré. Marchés : 4 ; doublons fusionnés : 0 ; défauts relevés : 0.')).toBeVisible();
  await expect(datasets.getByRole('row')).toHaveCount(3);
  await datasets.getByRole('button', { name: /^Supprimer real_decp2024_maximilien.* \(\+1\) et ses marchés$/ }).click();
  await expect(datasets.getByRole('row')).toHaveCount(2);
  await expect(headline(page)).toContainText('100 % des marchés');
  await expect(overall.getByRole('cell').nth(0)).toHaveText('4');

  // Kept across a reload: the data set is in IndexedDB.
  await page.reload();
  await expect(headline(page)).toContainText('100 % des marchés');
  await datasets.getByRole('button', { name: 'Supprimer v2_marches_concessions.json et ses marchés' }).click();
  await expect(page.getByText('Aucun jeu de données.')).toBeVisible();
});

test('a file that is not DECP is refused and nothing is stored', async ({ page }) => {
  await openContracts(page);
  await page
    .getByLabel('Fichiers DECP', { exact: true })
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": ') });
  await page.getByRole('button', { name: 'Lire les fichiers (1)' }).click();
  await expect(page.getByText('Ces fichiers ne peuvent pas être lus :')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^notes\.json — / })).toBeVisible();
  await expect(page.getByText('Aucun jeu de données.')).toBeVisible();
});

test('on a phone the screen never scrolls sideways: wide tables scroll inside their own region', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openContracts(page);
  await importFiles(page, [REAL, EXAMPLE]);
  await expect(headline(page)).toContainText('19 % des marchés');
  await page.getByLabel('Regrouper par').selectOption('cpv-division');
  await page.getByRole('button', { name: 'Voir les marchés (2) : 45 — Travaux de construction, Clause', exact: true }).click();
  await expect(page.getByText('Page 1 sur 1')).toBeVisible();
  const outside = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > 390.5 && !el.closest('.table-scroll'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Public contracts' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the emissions at stake in the contracts kept, and a scenario started from them that claims nothing yet', async ({ page }) => {
  await openContracts(page);
  await importFiles(page, [REAL, EXAMPLE]);
  await expect(page.getByText(/enregistré\. Marchés : 21 ;/)).toBeVisible();
  // CPV division 45: the real file's "test avenant" (30,000 €, 50 € after its modification) and the example's
  // two framework agreements (246,915.74 € in all after theirs; ceilings: shown apart, never in the figure).
  await page.getByLabel('Division CPV', { exact: true }).selectOption('45');
  const stake = page.getByRole('table', { name: /^Ordre de grandeur des émissions contenues dans les achats/ });
  // 0.05 k€ × 245 kgCO2e/k€ (construction ratio, 2023) = 12.25 kg = 0.0123 t (three figures); ±80 %: from 2.45 kg.
  await expect(stake.getByTestId('spend-total')).toHaveText('0,0123');
  const total = stake.getByRole('row', { name: /^Total/ });
  await expect(total).toContainText('0,00245 – 0,022');
  // The ceilings, rounded to the euro: 246,916 €.
  await expect(total).toContainText(/246\s916\s€/);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Démarrer un scénario à partir de ces marchés' }).click();
  // One line per contract (3 ≤ 200), each with a spend-based baseline that needs activity data: none counted.
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (3)' })).toBeVisible();
  await expect(page.locator('article.line').filter({ hasText: 'Hors total' })).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 3, name: /^Ligne 1 — test avenant$/ })).toBeVisible();
});
