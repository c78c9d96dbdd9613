// Workshop templates: open as new scenarios; the honest ones say they avoid nothing or add emissions.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo, waitForIntervals } from './support';

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
  // The template's reason stays beside the zero, not only a generic note.
  await expect(page.getByTestId('no-saving-reason')).toHaveText(
    'Pourquoi cette référence (minimum réglementaire) : Facteur moyen du réseau imposé par la méthode BEGES',
  );

  // Recycled paper: 12 t × (297 − 317) = −240 kg, an increase.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await templates.getByRole('button', { name: 'Utiliser le modèle « Papier recyclé au lieu de papier vierge »' }).click();
  await expect(page.getByText('Hausse potentielle des émissions')).toBeVisible();
  await expect(page.getByTestId('total-avoided')).toHaveText('0,24 t CO2e');
  // Its range, in the headline's terms: it spans zero, so it reads from an increase to avoided, never as
  // "-1,2 t à 0,721 t" under a headline that says increase (both factors' uncertainties are drawn).
  await waitForIntervals(page);
  await expect(page.getByTestId('total-interval')).toHaveText(/^intervalle à 95 % : d’une hausse de \d+,\d t CO2e à \d+,\d+ t CO2e évitées$/);
  await expect(page.getByTestId('total-interval')).not.toContainText('-');
});

// A regional network's practice sheets, two in one file: one pinned to the bundled table, one to a version
// this browser does not have.
const networkTemplate = (id: string, title: string, version: string, share: number) => ({
  format: 'carbone-evite/template@1',
  id,
  title: { fr: title, en: `${title} (en)` },
  summary: { fr: 'Fiche du réseau régional.', en: 'Regional network sheet.' },
  assumptions: { fr: ['1 000 repas par an.'], en: ['1,000 meals a year.'] },
  scenario: {
    format: 'carbone-evite/scenario@1',
    name: { fr: title, en: `${title} (en)` },
    factorTable: { id: 'ademe-selection', version },
    lines: [
      {
        id: 'meals',
        label: { fr: 'Repas végétariens au lieu de bœuf', en: 'Vegetarian meals instead of beef' },
        provenance: { fr: 'Repas servis en 2025, selon le prestataire.', en: 'Meals served in 2025, from the caterer.' },
        quantity: 1000,
        unit: 'meal',
        share,
        baseline: { factor: 'meal-beef' },
        alternative: { factor: 'meal-vegetarian' },
      },
    ],
  },
});
const collection = (templates: unknown[]) => ({ format: 'carbone-evite/templates@1', templates });
const jsonFile = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });

test('imports a file of two templates, opens one, and refuses a broken file', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const templates = page.getByRole('region', { name: 'Modèles pour les ateliers' });
  await expect(templates.getByRole('article')).toHaveCount(14);

  // A shipped template shows its factors' values from the table, not from its text.
  const heatPump = templates.getByRole('article', { name: 'Pompe à chaleur au lieu d’une chaudière gaz' });
  await heatPump.getByText('Facteurs utilisés (table ademe-selection 2025.2)').click();
  await expect(heatPump.getByRole('listitem').filter({ hasText: 'Gaz naturel 2022' }).first()).toContainText('0,239');

  const importField = templates.getByLabel(/Importer des modèles/);
  await importField.setInputFiles(
    jsonFile(
      'reseau.json',
      collection([
        networkTemplate('reseau-repas', 'Réseau : repas végétariens', '2025.1', 0.5),
        networkTemplate('reseau-futur', 'Réseau : table à venir', '2099.1', 0.5),
      ]),
    ),
  );
  await expect(templates.getByRole('article')).toHaveCount(16);
  const imported = templates.getByRole('article', { name: 'Réseau : repas végétariens' });
  await expect(imported.getByText('Modèle importé de « reseau.json »', { exact: false })).toBeVisible();
  const future = templates.getByRole('article', { name: 'Réseau : table à venir' });
  await expect(future.getByText('La version 2099.1 de la table « ademe-selection » n’est pas disponible ici', { exact: false })).toBeVisible();
  await expect(future.getByRole('button', { name: /Utiliser le modèle/ })).toBeDisabled();

  // One template of the file is broken: nothing of the file is taken, and the problem says where.
  const broken = collection([networkTemplate('reseau-autre', 'Réseau : autre', '2025.1', 0.5), networkTemplate('reseau-casse', 'Réseau : cassé', '2025.1', 2)]);
  await importField.setInputFiles(jsonFile('reseau-casse.json', broken));
  const refused = templates.getByRole('alert').getByRole('listitem');
  await expect(refused).toHaveText(['reseau-casse.json — Modèle 2, scénario, ligne 1, part : doit être au plus 1 templates[1].scenario.lines[0].share']);
  await expect(templates.getByRole('alert')).not.toContainText('Too big');
  await expect(templates.getByRole('article')).toHaveCount(16);

  // Kept across a reload (the database's meta store), then opened: 1 000 × 0.5 × (6.29 − 0.51) = 2 890 kg.
  await page.reload();
  await expect(templates.getByRole('article')).toHaveCount(16);
  await imported.getByRole('button', { name: 'Utiliser le modèle « Réseau : repas végétariens »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réseau : repas végétariens' })).toBeVisible();
  await expect(page.getByTestId('total-avoided')).toHaveText('2,9 t CO2e');

  // Removed from the list, with a way back.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await templates.getByRole('button', { name: 'Retirer le modèle importé « Réseau : table à venir »' }).click();
  await expect(templates.getByRole('article')).toHaveCount(15);
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(templates.getByRole('article')).toHaveCount(16);
});

test('opening one card’s assumptions leaves the other cards of its row as they were', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const cards = page.getByRole('region', { name: 'Modèles pour les ateliers' }).getByRole('article');
  const first = await cards.nth(0).boundingBox();
  const second = await cards.nth(1).boundingBox();
  // At 1440 px the first two cards share a row.
  expect(second?.y).toBe(first?.y);
  await cards.nth(0).getByText('Hypothèses').click();
  await expect(cards.nth(0).locator('details').first()).toHaveAttribute('open', '');
  expect((await cards.nth(0).boundingBox())?.height).toBeGreaterThan(first?.height ?? 0);
  expect((await cards.nth(1).boundingBox())?.height).toBe(second?.height);
});
