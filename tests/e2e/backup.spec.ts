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
  expect(backup).toMatchObject({ format: 'carbone-evite/backup@1', app: 'carbone-evite', schemaVersion: 5 });
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

test('an unreadable stored scenario is listed, never hidden: downloaded as it is, said unreadable when opened, carried by a backup whose restore lists it', async ({
  page,
}) => {
  await openDemo(page);
  // As an older version might have left it: a copy of the demo written whole, lines inside the record (as before
  // chunks), its first line's quantity text.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('carbone-evite');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['scenarios', 'scenarioLines'], 'readwrite');
          const headers = tx.objectStore('scenarios').getAll();
          const chunks = tx.objectStore('scenarioLines').getAll();
          chunks.onsuccess = () => {
            type Header = { id: string; lineCount?: number; lineChunks?: number[]; scenario: { name: string; lines?: { quantity: unknown }[] } };
            const [demo] = headers.result as Header[];
            const { lineCount: _count, lineChunks, ...rest } = structuredClone(demo!);
            // Chunks hold their lines as one JSON text (`linesJson`); those written before, as `lines`.
            type Chunk = { slot: number; lines?: { quantity: unknown }[]; linesJson?: string };
            const byslot = new Map((chunks.result as Chunk[]).map((c) => [c.slot, c.lines ?? (JSON.parse(c.linesJson ?? '[]') as { quantity: unknown }[])]));
            const broken: Header = {
              ...rest,
              id: 'ancien',
              scenario: { ...rest.scenario, name: 'Ancien scénario', lines: (lineChunks ?? []).flatMap((s) => byslot.get(s) ?? []) },
            };
            broken.scenario.lines![0]!.quantity = 'beaucoup';
            const put = tx.objectStore('scenarios').put(broken);
            put.onerror = () => reject(put.error);
            tx.oncomplete = () => (db.close(), resolve());
          };
        };
      }),
  );
  await page.goto('/#/');
  await page.reload();

  // Listed apart, with the readable ones still there.
  await expect(page.getByText('1 scénario(s) enregistré(s) ne peuvent pas être lus', { exact: false })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mes scénarios' }).getByRole('listitem')).toHaveCount(1);
  const [raw] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger tel quel le scénario illisible « Ancien scénario » (JSON)' }).click(),
  ]);
  expect(raw.suggestedFilename()).toBe('carbone-evite-scenario-illisible-ancien.json');
  const record = JSON.parse(readFileSync(await raw.path(), 'utf8'));
  expect(record).toMatchObject({ id: 'ancien', scenario: { name: 'Ancien scénario' } });
  expect(record.scenario.lines[0].quantity).toBe('beaucoup');

  // Opened: said to be there and unreadable, not missing.
  await page.getByRole('link', { name: 'Scénario illisible « Ancien scénario »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scénario illisible « Ancien scénario »' })).toBeVisible();
  await expect(page.getByText('Ce scénario est enregistré dans ce navigateur mais ne peut pas être lu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Télécharger tel quel (JSON)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes scénarios' }).click();

  // A backup holds it as it is, without refusing.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click()]);
  const bytes = readFileSync(await file.path());
  const backup = JSON.parse(bytes.toString('utf8'));
  expect(backup.stores.scenarios.map((r: { id: string }) => r.id)).toContain('ancien');

  // Its restore says, before confirming, which record is left out and why, in French, and restores the rest.
  await page.getByLabel('Restaurer une sauvegarde (fichier JSON)').setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: bytes });
  await expect(page.getByText('1 enregistrement(s) de ce fichier ne seront pas restauré(s), car illisible(s) ; tout le reste le sera :')).toBeVisible();
  const left = page.getByRole('listitem').filter({ hasText: 'Scénario « Ancien scénario »' });
  await expect(left).toContainText(/sauvegarde\.json — Scénario enregistré \d, scénario, ligne 1, quantité : doit être un nombre/);
  await page.getByRole('radio', { name: /^Remplacer/ }).check();
  await page.getByRole('button', { name: 'Remplacer toutes les données' }).click();
  // And after.
  await expect(page.getByText('Sauvegarde restaurée, sauf 1 enregistrement(s) illisible(s) du fichier, laissé(s) de côté :')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Scénario « Ancien scénario »' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mes scénarios' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('ne peuvent pas être lus', { exact: false })).toBeHidden();
});
