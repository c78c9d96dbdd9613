// Whole-life cost beside emissions: costs per line, the cost of a tonne avoided, the carbon value.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('costs of the laptop line, the cost per tonne, and the value of the avoided emissions', async ({ page }, testInfo) => {
  await openDemo(page);
  const laptops = page.getByRole('article', { name: /Ligne 3/ });
  for (const [id, value] of [
    ['#line-laptops-longer-baseline-purchase', '900'],
    ['#line-laptops-longer-baseline-yearly', '40'],
    ['#line-laptops-longer-alternative-purchase', '900'],
    ['#line-laptops-longer-alternative-yearly', '40'],
  ] as const)
    await laptops.locator(id).fill(value);

  // Baseline: 150 × (900 + 4 × 40) = 159 000 €; alternative (kept 6 years, 4/6 as many):
  // 150 × 4/6 × (900 + 6 × 40) = 114 000 €; difference −45 000 € for 7.8 t: −5 769 €/t.
  const table = page.getByRole('table', { name: /Coût global par ligne/ });
  const row = table.getByRole('row', { name: /Ordinateurs portables/ });
  await expect(row.getByRole('cell')).toHaveText([/^159\s000\s€$/, /^114\s000\s€$/, /^-45\s000\s€$/, /^-5\s769\s€\/t$/]);

  // The 2025 trajectory gives 300 €/t in 2030: 95.6226225 t × 300 = 28 686.79 €.
  await page.getByLabel('Valeur d’une tonne évitée').selectOption('quinet-2025');
  await page.getByLabel('Année de la valeur').fill('2030');
  await expect(page.getByTestId('value-of-avoided')).toHaveText(/^Valeur des émissions évitées : 28\s687\s€ \(à 300 €\/t CO2e\)$/);
  await expect(page.getByText(/à vérifier dans le rapport/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Courbe des coûts d’abattement/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('costs-fr.png'), fullPage: true });
  // On a phone, in English: euros written the English way, and nothing wider than the screen.
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('table', { name: /Whole-life cost per line/ }).getByRole('row', { name: /Ordinateurs portables/ });
  await expect(english.getByRole('cell').nth(2)).toHaveText('-€45,000');
  await page.setViewportSize({ width: 375, height: 800 });
  // The charts follow the new width on their next frame.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('costs-en-narrow.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Français' }).click();

  // Kept after a reload.
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('value-of-avoided')).toHaveText(/28\s687\s€/);
});
