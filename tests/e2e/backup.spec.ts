// The whole database as one file; restore merges or replaces, says what it will do, and never
// overwrites silently.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openDemo } from './support';

test('back up, change, restore by merging then by replacing', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^carbone-evite-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  const bytes = readFileSync(await file.path());
  const backup = JSON.parse(bytes.toString('utf8'));
  expect(backup).toMatchObject({ format: 'carbone-evite/backup@1', app: 'carbone-evite', schemaVersion: 4 });
  expect(backup.stores.scenarios).toHaveLength(1);

  // After the backup: the demo is renamed and a new scenario is created.
  const demo = 'Achats durables d’une collectivité';
  await page.getByRole('button', { name: `Renommer « ${demo} »` }).click();
  await page.getByLabel(`Nouveau nom pour « ${demo} »`).fill('Démo renommée');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const list = page.getByRole('list', { name: 'Mes scénarios' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // A broken backup is refused and changes nothing.
  await page
    .getByLabel('Restaurer une sauvegarde (fichier JSON)')
    .setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: bytes.subarray(0, 200) });
  await expect(page.getByText('Cette sauvegarde ne peut pas être restaurée :')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^cut\.json — Le fichier n’est pas du JSON lisible \(ligne \d+, colonne \d+\)$/ })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Merge: the renamed demo stays as it is; the backup's version comes back as a dated copy.
  await page.getByLabel('Restaurer une sauvegarde (fichier JSON)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: bytes });
  await expect(page.getByText('1 scénario(s) modifié(s) depuis', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Fusionner la sauvegarde' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('link', { name: 'Démo renommée' })).toBeVisible();
  await expect(list.getByRole('link', { name: new RegExp(`^${demo} \\(sauvegarde du \\d{4}-\\d{2}-\\d{2}\\)$`) })).toBeVisible();

  // Replace: everything now stored gives way to the backup, after saying so.
  await page.getByLabel('Restaurer une sauvegarde (fichier JSON)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: bytes });
  await page.getByRole('radio', { name: /^Remplacer/ }).check();
  await expect(page.getByText('3 scénario(s) et 0 table(s) actuellement enregistrés seront effacés')).toBeVisible();
  await page.getByRole('button', { name: 'Remplacer toutes les données' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('link', { name: demo })).toBeVisible();
  await expect(list.getByRole('listitem')).toContainText('95,6 t CO2e évitées');

  // Erase everything: asked twice, with the offer of a backup first; then nothing is left.
  await page.getByRole('button', { name: 'Effacer toutes les données locales…' }).click();
  await expect(page.getByText(/Elle ne peut pas être annulée/)).toBeVisible();
  const [first] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger une sauvegarde d’abord' }).click()]);
  expect(first.suggestedFilename()).toMatch(/^carbone-evite-sauvegarde-/);
  await page.getByRole('button', { name: 'Tout effacer maintenant' }).click();
  await expect(page.getByText('Toutes les données locales ont été effacées.')).toBeVisible();
  await expect(page.getByText('Aucun scénario enregistré.', { exact: false })).toBeVisible();
});
