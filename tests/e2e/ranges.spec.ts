// Ranges that include what the buyer assumed: a line's quantity stated as a range widens the total's
// 95 % interval, and the drivers of the range name it, as a table beside the tornado chart.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo, waitForIntervals } from './support';

/** The total's 95 % interval in tonnes, read from the French text "intervalle à 95 % : 98,1 t CO2e à 160,2 t CO2e". */
async function totalInterval(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('total-interval').textContent()) ?? '';
  const [low, high] = [...text.matchAll(/(-?\d[\d\s\u202f]*(?:,\d+)?)\s*t CO2e/g)].map((m) => Number(m[1]!.replace(/[\s\u202f]/g, '').replace(',', '.')));
  return [low!, high!];
}

test('a quantity range widens the total’s interval and shows among the drivers of the range', async ({ page }) => {
  await openDemo(page);
  await waitForIntervals(page);
  const [low, high] = await totalInterval(page);
  const drivers = page.getByRole('table', { name: /Ce qui fait varier le total évité/ });
  await expect(drivers).toBeVisible();
  await expect(drivers.getByRole('row', { name: /Ordinateurs portables.*quantité/ })).toHaveCount(0);
  // One rule for the table's figures: every share with three significant figures ("73,0 %" beside "74,9 %").
  const shares = await drivers.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent?.trim() ?? ''));
  expect(shares.length).toBeGreaterThan(1);
  for (const share of shares) expect(share).toMatch(/^(< 0,1\s%|0,\d\d\d\s%|[1-9],\d\d\s%|\d\d,\d\s%|100\s%)$/);

  // 150 laptops stated; the buyer is sure of no more than 50 to 400.
  const laptops = page.locator('#line-laptops-longer-title').locator('xpath=ancestor::article');
  // The demo already states a range on the laptops' lifetime, so the line's ranges are open.
  await expect(laptops.locator('details.assumptions')).toHaveAttribute('open', '');
  await page.locator('#line-laptops-longer-quantity-low').fill('200');
  await page.locator('#line-laptops-longer-quantity-high').fill('400');
  // A low above the stated 150 is refused with its reason, and nothing is stored.
  await expect(laptops.getByText('La valeur basse doit être au plus la valeur retenue (150).')).toBeVisible();
  await page.locator('#line-laptops-longer-quantity-low').fill('50');
  await expect(laptops.getByText(/La valeur basse doit être/)).toHaveCount(0);

  await waitForIntervals(page);
  await expect(drivers.getByRole('row', { name: /Ordinateurs portables.*quantité.*hypothèse/ })).toBeVisible();
  const [lowAfter, highAfter] = await totalInterval(page);
  // The laptops avoid 7,8 t at 150; at 400 they would avoid 20,8 t: the interval's width grows.
  expect(highAfter - lowAfter).toBeGreaterThan(high - low);
  await expect(page.getByRole('img', { name: /Diagramme en tornade/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The presenter view shows the total's interval too.
  await page.getByRole('link', { name: 'Mode présentation' }).click();
  await expect(page.getByTestId('presenter-interval')).toHaveText(/intervalle à 95 %/);
});
