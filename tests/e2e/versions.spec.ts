// A scenario stays pinned to its table version; another version is compared side by side, and the
// scenario moves only when the person confirms.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('compare the demo under table versions 2025.2 and 2024.1, switch, and come back', async ({ page }, testInfo) => {
  await openDemo(page);
  await expect(page.getByText(/^Facteurs : .*version 2025\.2 du/)).toBeVisible();
  await page.getByRole('button', { name: 'Comparer les versions de la table' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions de la table de facteurs' });
  // The demo is pinned to the newest version, 2025.2 (the 2025.1 values annotated for the method rules).
  await dialog.getByLabel('Comparer avec la version').selectOption('2024.1');

  // 2024.1 has the 2021 edition of the TGV factor instead of the 2022 one: suggested as replacement.
  await expect(dialog.getByLabel(/^Remplacer « Train à grande vitesse \(TGV\) 2022/)).toHaveValue('train-tgv-2021');

  // Trains: 120 000 pkm × 0.75 × (0.225 − 1.2 × 0.00334) = 19 889.28 kg instead of 19 933.56 kg, so the
  // total goes from 95 622.6225 kg to 95 578.3425 kg (−44.28 kg), both 95.6 t; no other factor of the demo differs.
  const totals = dialog.getByRole('table', { name: /Totaux du scénario/ });
  const avoided = totals.getByRole('row', { name: /Évitées/ });
  await expect(avoided.getByRole('cell')).toHaveText(['95,6', '95,6', '-0,0443']);
  const lines = dialog.getByRole('table', { name: /par ligne/ });
  await expect(lines.getByRole('row', { name: /Missions/ }).getByRole('cell')).toHaveText(['19,9', '19,9', '-0,0443']);
  await expect(
    lines
      .getByRole('row', { name: /Cantines/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('0,0');
  await expect(dialog.getByText('Aucun facteur utilisé par ce scénario ne change de valeur.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('versions-fr.png'), fullPage: true });

  // Keeping the current version changes nothing.
  await dialog.getByRole('button', { name: 'Garder la version 2025.2' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');

  // Switching to 2024.1 after confirming.
  await page.getByRole('button', { name: 'Comparer les versions de la table' }).click();
  await dialog.getByLabel('Comparer avec la version').selectOption('2024.1');
  await dialog.getByRole('button', { name: 'Passer à la version 2024.1' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  await expect(page.getByText('Une version plus récente de la table existe (2025.2).')).toBeVisible();
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');

  // And back: the 2022 edition is suggested for the 2021 one (through 2025.1), and the figures are the demo's again.
  await page.getByRole('button', { name: 'Comparer les versions de la table' }).click();
  await dialog.getByLabel('Comparer avec la version').selectOption('2025.2');
  await expect(dialog.getByLabel(/^Remplacer « Train à grande vitesse \(TGV\) 2021/)).toHaveValue('train-tgv-2022');
  await dialog.getByRole('button', { name: 'Passer à la version 2025.2' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
});
