// Importing an official Base Carbone export into the app, using it, and managing tables.
import { expect, test } from '@playwright/test';
import { fixture } from '../helpers';
import { expectNoSeriousAxeViolations, openDemo } from './support';

test('import a Base Carbone export (Windows-1252), keep some factors, use them, and refuse deleting a table in use', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tables de facteurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tables de facteurs' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Tables de facteurs disponibles dans ce navigateur' });
  await expect(list.getByRole('row')).toHaveCount(4); // header + 2024.1 + 2025.1 + 2025.2

  // A file that is not semicolon-separated is refused and nothing is stored.
  await page.getByLabel('Fichier CSV ou JSON').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,c\n1,2,3\n') });
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  await expect(page.getByText('Ce fichier ne peut pas être importé :')).toBeVisible();
  // Said in French, naming the file: never the engine's English sentence.
  await expect(
    page.getByRole('listitem').filter({ hasText: 'wrong.csv — Les colonnes sont séparées par des virgules, et non par des points-virgules' }),
  ).toBeVisible();
  await expect(page.getByText('Rien n’a été enregistré.')).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(4);

  // The sample holds 10 data rows taken from the V23.6 export: 4 valid factors (43642, 26739, 20687,
  // 20683), 3 breakdown rows of 43642, an archived element (line 9), a source-data element (line 10)
  // and a factor per toe (line 11), whose unit the engine does not have.
  await page.getByLabel('Fichier CSV ou JSON').setInputFiles(fixture('base-carbone/sample-windows-1252.csv'));
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  await expect(page.getByText('10 lignes lues : 4 facteurs acceptés, 3 lignes refusées, 3 lignes de détail ignorées.')).toBeVisible();
  await expect(page.getByText(/Encodage windows-1252 ; la table sera base-carbone-import, version 2025-04-24\./)).toBeVisible();
  await page.getByText('Lignes refusées (3)').click();
  const rejected = page.getByRole('table', { name: /Lignes refusées/ });
  await expect(rejected.getByRole('row').nth(1).getByRole('cell').nth(0)).toHaveText('9');
  await expect(rejected.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('élément archivé');
  await expect(rejected.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText(/^L’élément \d+ est archivé \(statut « Archivé »\)$/);
  await expect(rejected.getByRole('row').nth(2).getByRole('cell').nth(2)).toHaveText('pas un facteur d’émission');
  await expect(rejected.getByRole('row').nth(3).getByRole('cell').nth(0)).toHaveText('11');
  await expect(rejected.getByRole('row').nth(3).getByRole('cell').nth(2)).toHaveText('unité non reconnue');

  // Keep three of the four: not the pulp.
  await page.getByRole('checkbox', { name: /Pâte à papier/ }).uncheck();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('tables-import-fr.png'), fullPage: true });
  await page.getByRole('button', { name: 'Enregistrer la table base-carbone-import 2025-04-24 (3 facteurs)' }).click();
  await expect(page.getByText('Table base-carbone-import 2025-04-24 enregistrée (3 facteurs).')).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(5);
  await expect(
    list
      .getByRole('row', { name: /base-carbone-import/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('3');

  // A new scenario pinned to the imported table, with a line from its factors:
  // 100 meals × (6.29 − 0.51) = 578 kg avoided.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByLabel('Table de facteurs du nouveau scénario').selectOption('base-carbone-import@2025-04-24');
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await expect(page.getByText(/^Facteurs : .*version 2025-04-24 du/)).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/Rechercher/)
    .fill('repas boeuf');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /avec boeuf/i })
    .first()
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /végétarien/ })
    .first()
    .click();
  await page.keyboard.type('100');
  await expect(page.getByTestId('total-avoided')).toHaveText('0,578 t CO2e');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();

  // The table is in use: deleting it is refused, naming the scenario.
  await page.getByRole('link', { name: 'Tables de facteurs' }).click();
  await page.getByRole('button', { name: 'Supprimer la table base-carbone-import 2025-04-24' }).click();
  await expect(page.getByText('La table base-carbone-import 2025-04-24 est utilisée par : Nouveau scénario.', { exact: false })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(5);
});

test('import a table in our JSON format; a broken one is refused with its JSON paths', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Tables de facteurs' }).click();
  const list = page.getByRole('table', { name: 'Tables de facteurs disponibles dans ce navigateur' });

  const broken = { format: 'carbone-evite/factor-table@1', id: 'Bad Id', version: '1' };
  await page
    .getByLabel('Fichier CSV ou JSON')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  // Every problem, in the reader's language, naming the file, with the JSON path for analysts.
  const idProblem = page.getByRole('listitem').filter({ hasText: 'broken.json — Identifiant : n’a pas la forme attendue' });
  await expect(idProblem).toBeVisible();
  await expect(idProblem.getByRole('code')).toHaveText('id');
  await expect(page.getByRole('listitem').filter({ hasText: /broken\.json — Facteurs : / })).toBeVisible();
  await expect(page.getByText('Rien n’a été enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'broken.json — Identifier: is not in the expected form' })).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();

  // tests/fixtures/test-table.json holds 12 factors.
  await page.getByLabel('Fichier CSV ou JSON').setInputFiles(fixture('test-table.json'));
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  await expect(page.getByText(/12 facteurs acceptés, 0 lignes refusées/)).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer la table test-table 1 (12 facteurs)' }).click();
  await expect(list.getByRole('row', { name: /test-table/ })).toBeVisible();
});
