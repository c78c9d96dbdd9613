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
  // Equivalent annual costs per laptop, undiscounted: (900 + 4 × 40) / 4 = 265 €, (900 + 6 × 40) / 6 = 190 €.
  await expect(row.getByRole('cell')).toHaveText([/^159\s000\s€$/, /^114\s000\s€$/, /^-45\s000\s€$/, /^-5\s769\s€\/t$/]);
  const annual = page.getByRole('table', { name: /Coût annuel équivalent par unité/ }).getByRole('row', { name: /Ordinateurs portables/ });
  await expect(annual.getByRole('cell')).toHaveText([/^265\s€$/, /^190\s€$/]);

  // At 4 %, unequal lives are compared by equivalent annual cost. AF(4 %, 4) = 3.6298952, AF(4 %, 6) = 5.2421369;
  // baseline PV 900 + 40 × 3.6298952 = 1045.1958, EAC 287.94; alternative PV 900 + 40 × 5.2421369 = 1109.6855,
  // EAC 1109.6855 / 5.2421369 = 211.69, over the baseline's 4 years 211.69 × 3.6298952 = 768.397 a laptop.
  // 150 laptops: 156 779 € against 115 260 €, −41 520 € for 7.8 t: −5 323 €/t.
  await page.getByLabel('Taux d’actualisation (facultatif)').fill('4');
  await expect(row.getByRole('cell')).toHaveText([/^156\s779\s€$/, /^115\s260\s€$/, /^-41\s520\s€$/, /^-5\s323\s€\/t$/]);
  await expect(annual.getByRole('cell')).toHaveText([/^288\s€$/, /^212\s€$/]);
  await page.getByLabel('Taux d’actualisation (facultatif)').fill('');
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^159\s000\s€$/);

  // Recycled pulp emits more (2 t × (317 − 297) = 40 kg) and, at 800 → 900 €/t, costs 200 € more: no € per
  // tonne, the class instead, and listed apart from the curve.
  const paper = page.getByRole('article', { name: /Ligne 7/ });
  await paper.locator('#line-paper-recycled-baseline-purchase').fill('800');
  await paper.locator('#line-paper-recycled-alternative-purchase').fill('900');
  const paperRow = table.getByRole('row', { name: /Papier : pâte recyclée/ });
  await expect(paperRow.getByRole('cell')).toHaveText([/^1\s600\s€$/, /^1\s800\s€$/, /^200\s€$/, 'coûte plus et émet plus']);
  await expect(page.getByTestId('off-curve')).toHaveText(/Papier : pâte recyclée au lieu de vierge — coûte plus et émet plus/);

  // A year before the trajectory's first published one has no value, and the panel says why.
  await page.getByLabel('Valeur d’une tonne évitée').selectOption('quinet-2025');
  await page.getByLabel('Année de la valeur').fill('2024');
  await expect(page.getByTestId('carbon-value-outside')).toHaveText(/^Aucune valeur pour 2024 : cette trajectoire n’est publiée que de 2025 à 2050/);
  await expect(page.getByTestId('value-of-avoided')).toHaveCount(0);
  // The 2025 trajectory gives 300 €/t in 2030: 95.6226225 t × 300 = 28 686.79 €.
  await page.getByLabel('Année de la valeur').fill('2030');
  await expect(page.getByTestId('value-of-avoided')).toHaveText(/^Valeur des émissions évitées : 28\s687\s€ \(à 300 €\/t CO2e\)$/);
  await expect(page.getByText(/pas dans le rapport : page non vérifiée/)).toBeVisible();
  await page.getByText('Valeurs de la trajectoire et où elles ont été lues').click();
  await expect(page.getByText(/^2030 : 300\s€\/t — lu dans : blog Linsea.*page du rapport non vérifiée\. Vérification calculée/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Courbe des coûts d’abattement/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('costs-fr.png'), fullPage: true });
  // On a phone, in English: euros written the English way, and nothing wider than the screen.
  // The demo's line names follow the language while the buyer has not rewritten them.
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('table', { name: /Whole-life cost per line/ }).getByRole('row', { name: /Laptops kept 6 years/ });
  await expect(english.getByRole('cell').nth(2)).toHaveText('-€45,000');
  await expect(page.getByTestId('off-curve')).toHaveText(/costs more and emits more/);
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
