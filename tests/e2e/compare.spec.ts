// Scenarios side by side: totals, per category, and the difference from the first one ticked.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('compare the demo with a variant that doubles the canteen meals', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const demo = 'Achats durables d’une collectivité';
  await page.getByRole('button', { name: `Dupliquer « ${demo} »` }).click();
  await page.getByRole('link', { name: `${demo} (copie)` }).click();
  // Canteens: 72 000 × 0.2 × (2.04 − 0.51) = 22 032 kg instead of 11 016: total 95 622.6225 + 11 016 = 106 638.6225 kg.
  await page
    .getByRole('article', { name: /Ligne 1/ })
    .getByLabel('Quantité (q)')
    .fill('72000');
  await expect(page.getByTestId('total-avoided')).toHaveText('106,6 t CO2e');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();

  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const list = page.getByRole('list', { name: 'Mes scénarios' });
  await list
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: demo, exact: true }) })
    .getByLabel('Comparer')
    .check();
  await list.getByRole('listitem').filter({ hasText: '(copie)' }).getByLabel('Comparer').check();
  await page.getByRole('button', { name: 'Comparer les scénarios cochés (2)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Comparaison de 2 scénarios' })).toBeVisible();
  const table = page.getByRole('table', { name: /Scénarios côte à côte/ });
  await expect(table.getByRole('row', { name: /^Évitées 95/ }).getByRole('cell')).toHaveText(['95,6', /^106,6\s*\+11,0$/]);
  await expect(table.getByRole('row', { name: /Restauration/ }).getByRole('cell')).toHaveText(['11,0', /^22,0\s*\+11,0$/]);
  await expect(table.getByRole('row', { name: /Évitées : Informatique/ }).getByRole('cell')).toHaveText(['7,8', /^7,8\s*=$/]);
  await expect(page.getByRole('img', { name: /pour chaque scénario/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('compare-fr.png'), fullPage: true });
});
