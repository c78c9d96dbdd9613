// A save refused by the browser (issue 13, point 1): the edit stays on screen beside a message that says it is
// not stored and what it held; later edits still save; the person saves it again or abandons it.
import { expect, test } from '@playwright/test';
import { fillDisk, freeSpace, openDemo } from './support';

// The demo's canteen line: 36 000 meals, 20 % switched, 2.04 − 0.51 kg a meal (see offline.spec.ts): doubled to
// 72 000 meals it avoids 22 032 kg instead of 11 016, and the total goes from 95.6 t to 106.6 t.
test('a refused save is said with what it held, then saved again once there is room', async ({ page }) => {
  await openDemo(page);
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  await fillDisk(page);
  const canteen = page.getByRole('article', { name: /Ligne 1/ });
  await canteen.getByLabel('Quantité (q)').fill('72000');
  await canteen.getByLabel('Quantité (q)').blur();

  const unsaved = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Modifications non enregistrées' }) });
  await expect(unsaved).toBeVisible();
  await expect(unsaved.getByRole('listitem')).not.toHaveCount(0);
  // Still shown, as the person typed it.
  await expect(page.getByTestId('total-avoided')).toHaveText('106,6 t CO2e');

  // Still full: trying again says so again, nothing lost.
  await unsaved.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
  await expect(unsaved).toBeVisible();

  await freeSpace(page);
  await unsaved.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
  await expect(unsaved).toBeHidden();
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('total-avoided')).toHaveText('106,6 t CO2e');
});

test('a refused save abandoned goes back to what is stored, and the next edit saves', async ({ page }) => {
  await openDemo(page);
  await fillDisk(page);
  const canteen = page.getByRole('article', { name: /Ligne 1/ });
  await canteen.getByLabel('Quantité (q)').fill('72000');
  await canteen.getByLabel('Quantité (q)').blur();
  const unsaved = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Modifications non enregistrées' }) });
  await expect(unsaved).toBeVisible();

  await unsaved.getByRole('button', { name: 'Abandonner ces modifications' }).click();
  await expect(unsaved).toBeHidden();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  await expect(canteen.getByLabel('Quantité (q)')).toHaveValue(/^36\s?000$/);

  // A later edit, once there is room, is stored on its own: the abandoned one does not come back with it.
  await freeSpace(page);
  await page.getByRole('textbox', { name: 'Nom du scénario' }).fill('Achats durables, version courte');
  await page.getByRole('textbox', { name: 'Nom du scénario' }).blur();
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  await expect(page.getByRole('textbox', { name: 'Nom du scénario' })).toHaveValue('Achats durables, version courte');
});
