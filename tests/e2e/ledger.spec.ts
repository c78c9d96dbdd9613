// A purchase ledger becomes scenario lines: columns mapped, bad rows listed, nothing stored before the
// person confirms, the mapping remembered for the next file of the same layout.
import { expect, test } from '@playwright/test';
import { fillDisk, freeSpace, openDemo } from './support';

const LEDGER = [
  'Date;Fournisseur;Libellé;Quantité;Unité;Facteur;Alternative;Part',
  '2026-01-10;Sodexo;Repas cantine janvier;1 200;repas;meal-beef;meal-vegetarian;25 %',
  '2026-02-10;Sodexo;Repas cantine février;1000,5;couverts;20687;20683;50',
  '2026-02-12;Dell;Portables;12;u;laptop-new;laptop-new;100',
  '2026-03-01;Sodexo;Repas mars;douze;repas;meal-beef;meal-vegetarian;20',
  '2026-03-02;Sodexo;Repas mars bis;10;boîtes;meal-beef;meal-vegetarian;20',
].join('\r\n');

test('import a ledger into a new scenario, then a second file of the same layout', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await page.locator('summary', { hasText: 'Importer un journal d’achats (CSV)' }).click();
  await page.getByLabel('Fichier CSV du journal').setInputFiles({ name: 'journal.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER, 'latin1') });

  // The columns are guessed from their names; 3 rows are usable, 2 are not.
  await expect(page.getByText('3 lignes prêtes, 2 lignes refusées.')).toBeVisible();
  await page.getByText('Lignes refusées (2)').click();
  await expect(page.getByRole('row', { name: /^5 quantité illisible ou négative douze$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^6 unité inconnue boîtes$/ })).toBeVisible();
  // The share column is taken as percents (50 and 100 are above 1), said to be a guess; the preview shows each line's share.
  const scale = page.getByRole('group', { name: 'La colonne de parts est écrite en' });
  await expect(scale.getByRole('radio', { name: /^pourcentage/ })).toBeChecked();
  await expect(scale.getByText('Supposé d’après la colonne : une valeur dépasse 1 ou porte %. Vérifiez.')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Aperçu des premières lignes' });
  await expect(preview.getByRole('columnheader', { name: 'Part basculée' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Repas cantine janvier 1\s200 repas .* 25\s%$/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Repas cantine février .* 50\s%$/ })).toBeVisible();

  // Said to be fractions: 50 and 100 are out of 0 to 1 and refused with their line; "25 %" says percent itself.
  await scale.getByRole('radio', { name: /^fraction/ }).check();
  await expect(page.getByText('1 lignes prêtes, 4 lignes refusées.')).toBeVisible();
  await expect(scale.getByText(/^Supposé/)).toBeHidden();
  await expect(page.getByRole('row', { name: /^3 part hors de 0 à 1 \(colonne en fraction\) 50$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^4 part hors de 0 à 1 \(colonne en fraction\) 100$/ })).toBeVisible();
  await scale.getByRole('radio', { name: /^pourcentage/ }).check();
  await expect(page.getByText('3 lignes prêtes, 2 lignes refusées.')).toBeVisible();
  // Nothing is stored yet.
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (0)' })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter 3 lignes au scénario' }).click();
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (3)' })).toBeVisible();
  // 1200 × 0.25 × (6.29 − 0.51) = 1734 ; 1000.5 × 0.5 × 5.78 = 2891.445 ; laptops kept alike: 0 → 4625.445 kg
  await expect(page.getByTestId('total-avoided')).toHaveText('4,6 t CO2e');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();

  // Same layout again: the mapping chosen before is used at once, percents included, though this file's
  // only share, 1, alone would be guessed a fraction (100 %).
  const second = ['Date;Fournisseur;Libellé;Quantité;Unité;Facteur;Alternative;Part', '2026-04-01;Sodexo;Avril;1000;repas;meal-beef;meal-vegetarian;1'].join(
    '\r\n',
  );
  await page.getByLabel('Fichier CSV du journal').setInputFiles({ name: 'avril.csv', mimeType: 'text/csv', buffer: Buffer.from(second, 'utf8') });
  await expect(page.getByText('1 lignes prêtes, 0 lignes refusées.')).toBeVisible();
  await expect(scale.getByRole('radio', { name: /^pourcentage/ })).toBeChecked();
  await expect(scale.getByText(/^Supposé/)).toBeHidden();
  await expect(preview.getByRole('row', { name: /^Avril .* 1\s%$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter 1 lignes au scénario' }).click();
  // + 1000 × 0.01 × 5.78 = 57.8 → 4683.245 kg (read as 100 % it would have been + 5780 → 10.4 t)
  await expect(page.getByTestId('total-avoided')).toHaveText('4,7 t CO2e');
});

test('with the disk full, confirming keeps the preview and says why in place; once space is back, the lines are added once', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (0)' })).toBeVisible();

  await page.locator('summary', { hasText: 'Importer un journal d’achats (CSV)' }).click();
  await page.getByLabel('Fichier CSV du journal').setInputFiles({ name: 'journal.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER, 'latin1') });
  await expect(page.getByText('3 lignes prêtes, 2 lignes refusées.')).toBeVisible();

  // The disk is full: every write the page makes is refused as over quota.
  await fillDisk(page);
  await page.getByRole('button', { name: 'Ajouter 3 lignes au scénario' }).click();
  const ledger = page.getByRole('region', { name: 'Importer un journal d’achats (CSV)' });
  await expect(ledger.getByRole('alert').filter({ hasText: 'Le navigateur manque de place' })).toBeVisible();
  // Nothing lost: the preview and its button are still there, and no line was added nor announced.
  await expect(page.getByText('3 lignes prêtes, 2 lignes refusées.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (0)' })).toBeVisible();
  await expect(page.getByText('3 lignes ajoutées au scénario.')).toBeHidden();

  // Space freed: the same preview is confirmed, the 3 lines added once.
  await freeSpace(page);
  await page.getByRole('button', { name: 'Ajouter 3 lignes au scénario' }).click();
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (3)' })).toBeVisible();
  await expect(page.getByText('3 lignes ajoutées au scénario.')).toBeVisible();
  await expect(ledger.getByRole('alert')).toBeHidden();
  // 1200 × 0.25 × (6.29 − 0.51) = 1734 ; 1000.5 × 0.5 × 5.78 = 2891.445 ; laptops kept alike: 0 → 4625.445 kg
  await expect(page.getByTestId('total-avoided')).toHaveText('4,6 t CO2e');
  // Stored, not only shown: after a reload the three lines are still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (3)' })).toBeVisible();
});
