// A purchase ledger becomes scenario lines: columns mapped, bad rows listed, nothing stored before the
// person confirms, the mapping remembered for the next file of the same layout.
import { expect, test } from '@playwright/test';
import { openDemo } from './support';

const LEDGER = [
  'Date;Fournisseur;Libellé;Quantité;Unité;Facteur;Alternative;Part',
  '2026-01-10;Sodexo;Repas cantine janvier;1 200;repas;meal-beef;meal-vegetarian;25 %',
  '2026-02-10;Sodexo;Repas cantine février;1000,5;couverts;20687;20683;0,5',
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
  // Nothing is stored yet.
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (0)' })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter 3 lignes au scénario' }).click();
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (3)' })).toBeVisible();
  // 1200 × 0.25 × (6.29 − 0.51) = 1734 ; 1000.5 × 0.5 × 5.78 = 2891.445 ; laptops kept alike: 0 → 4625.445 kg
  await expect(page.getByTestId('total-avoided')).toHaveText('4,6 t CO2e');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();

  // Same layout again: the mapping chosen before is used at once.
  const second = ['Date;Fournisseur;Libellé;Quantité;Unité;Facteur;Alternative;Part', '2026-04-01;Sodexo;Avril;1000;repas;meal-beef;meal-vegetarian;10'].join(
    '\r\n',
  );
  await page.getByLabel('Fichier CSV du journal').setInputFiles({ name: 'avril.csv', mimeType: 'text/csv', buffer: Buffer.from(second, 'utf8') });
  await expect(page.getByText('1 lignes prêtes, 0 lignes refusées.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter 1 lignes au scénario' }).click();
  // + 1000 × 0.1 × 5.78 = 578 → 5203.445 kg
  await expect(page.getByTestId('total-avoided')).toHaveText('5,2 t CO2e');
});
