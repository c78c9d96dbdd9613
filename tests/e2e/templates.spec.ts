// Workshop templates: open as new scenarios; the honest ones say they avoid nothing or add emissions.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('templates open as editable scenarios, and tell the truth when the factors disappoint', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const templates = page.getByRole('region', { name: 'Modèles pour les ateliers' });
  await expect(templates.getByRole('article')).toHaveCount(14);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('templates-fr.png'), fullPage: true });

  // Heat pump: 400 MWh of gas × (0.239 − 0.3 × 0.0645) = 87 860 kg.
  await templates.getByRole('button', { name: 'Utiliser le modèle « Pompe à chaleur au lieu d’une chaudière gaz »' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('87,9 t CO2e');
  await expect(page.getByRole('article', { name: /Ligne 1/ }).getByLabel('Quantité d’option durable pour 1 unité de référence (r)')).toHaveValue('0,3');

  // Green electricity: the same location-based factor on both sides, nothing avoided, and said so.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await expect(templates.getByRole('article', { name: 'Contrat d’électricité verte' }).locator('.alert')).toBeVisible();
  await templates.getByRole('button', { name: 'Utiliser le modèle « Contrat d’électricité verte »' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('0,0 t CO2e');
  await expect(page.getByText('Selon ces facteurs, ce choix n’évite aucune émission.', { exact: false }).first()).toBeVisible();

  // Recycled paper: 12 t × (297 − 317) = −240 kg, an increase.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await templates.getByRole('button', { name: 'Utiliser le modèle « Papier recyclé au lieu de papier vierge »' }).click();
  await expect(page.getByText('Hausse des émissions')).toBeVisible();
  await expect(page.getByTestId('total-avoided')).toHaveText('0,24 t CO2e');
});
