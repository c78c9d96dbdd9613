// The method rules on screen: a finding beside the line it concerns, an error line shown but kept out of
// the headline, one-off purchases and yearly flows never added without the period, a baseline variant
// shown apart, and every total saying it is a screening estimate of potential avoided emissions.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo, waitForIntervals } from './support';

/** Adds a line through the picker's two steps, searching each side, and types its quantity. */
async function addLine(page: Page, baseline: [string, RegExp], alternative: [string, RegExp], quantity: string) {
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  const step1 = page.getByRole('dialog', { name: /étape 1 sur 2/ });
  await step1.getByLabel(/Rechercher/).fill(baseline[0]);
  await step1.getByRole('button', { name: baseline[1] }).first().click();
  const step2 = page.getByRole('dialog', { name: /étape 2 sur 2/ });
  await step2.getByLabel(/Rechercher/).fill(alternative[0]);
  await step2.getByRole('button', { name: alternative[1] }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAccessibleName('Quantité (q)');
  await page.keyboard.type(quantity);
}

test('findings beside the lines, an error line out of the headline, one-off and yearly kept apart until the period is stated', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await page.getByLabel('Nom du scénario').fill('Règles de méthode');
  await expect(page.getByRole('heading', { level: 1, name: 'Règles de méthode' })).toBeVisible();

  // Factors of ademe-selection 2025.2 (a new scenario takes the newest table; 2025.1 values with the method marks): grid mix 2024 0.0519, onshore wind 0.0141 kgCO2e/kWh; average meal
  // 2.04, vegetarian meal 0.51, meal with beef 6.29 kgCO2e/meal; plastic chair 34.4, wooden chair 18.6 kgCO2e.
  // A green-electricity contract in disguise (rule 10, read from the table's marks: electricity-grid-2024 is a
  // grid mix, electricity-onshore-wind a production technology): 100 000 kWh × (0.0519 − 0.0141) = 3 780 kg, not counted.
  await addLine(page, ['réseau 2024 mix moyen', /^Électricité réseau 2024, mix moyen/], ['éolienne', /^Électricité éolienne terrestre/], '100000');
  // Average meal to vegetarian: 20 000 × (2.04 − 0.51) = 30 600 kg.
  await addLine(page, ['repas moyen', /^Repas moyen/], ['végétarien', /Repas végétarien/], '20000');
  // Plastic chairs to wooden ones: 200 × (34.4 − 18.6) = 3 160 kg.
  await addLine(page, ['chaise plastique', /^Chaise en plastique/], ['chaise bois neuve', /Chaise en bois neuve/], '200');

  const grid = page.getByRole('article', { name: /Ligne 1/ });
  const meals = page.getByRole('article', { name: /Ligne 2/ });
  const chairs = page.getByRole('article', { name: /Ligne 3/ });
  const results = page.getByTestId('results');
  const summary = page.getByRole('region', { name: 'Bilan du scénario' });

  // The error is beside the line in the editor, with its rule and severity in words; the line says it is out of the total.
  const gridFinding = grid.getByRole('list', { name: 'Constats de méthode' }).getByRole('listitem').filter({ hasText: 'règle 10' });
  await expect(gridFinding).toContainText('Erreur');
  await expect(gridFinding).toContainText("contrat d'électricité verte");
  await expect(grid.getByText('Hors total', { exact: true })).toBeVisible();

  // No flow stated yet: the lines count as entered, 30 600 + 3 160 = 33 760 kg; the grid line's 3 780 kg apart.
  await expect(page.getByTestId('total-avoided')).toHaveText('33,8 t CO2e');
  await expect(summary.getByTestId('total-basis')).toHaveText(
    /^Estimation de premier niveau des émissions potentiellement évitées\. Total des lignes telles que saisies/,
  );
  await expect(summary.getByTestId('not-counted')).toHaveText('3,8 t CO2e non comptées : voir les constats.');
  // In the results too: the line is listed with its figure, its finding, and why it is not counted.
  const ranked = results.getByRole('region', { name: 'Lignes classées par émissions évitées' });
  await expect(ranked.getByText('Cette ligne n’est pas comptée dans le total (3,8 t CO2e) : voir les constats de la ligne.')).toBeVisible();
  await expect(ranked.getByRole('listitem').filter({ hasText: 'règle 10' }).first()).toContainText('Erreur');

  // One line yearly, one one-off: never added without the period.
  await meals.getByLabel('Achat ponctuel ou flux annuel').selectOption({ label: 'Flux annuel (quantité par an)' });
  await chairs.getByLabel('Achat ponctuel ou flux annuel').selectOption({ label: 'Achat ponctuel' });
  await expect(meals.getByText('30,6 t CO2e évitées par an')).toBeVisible();
  // The one-off purchases alone: 3 160 kg; the yearly flow, 30 600 kg a year, apart; the scenario asks for the period.
  await expect(page.getByTestId('total-avoided')).toHaveText('3,2 t CO2e');
  await expect(summary.getByTestId('total-basis')).toContainText('Total des achats ponctuels.');
  await expect(summary.getByTestId('yearly-apart')).toHaveText(
    'Flux annuels, montrés à part et non ajoutés : 30,6 t CO2e par an. Indiquez la période couverte pour les compter.',
  );
  const scenarioFindings = results.getByRole('list', { name: 'Constats sur l’ensemble du scénario' });
  await expect(scenarioFindings.getByRole('listitem')).toHaveCount(1);
  await expect(scenarioFindings).toContainText('Indiquez la durée');
  await expect(meals.getByRole('list', { name: 'Constats de méthode' })).toContainText('Indiquez la durée');

  // A period of 4 years: 3 160 + 4 × 30 600 = 125 560 kg.
  await page.getByLabel('Période couverte, en années (facultatif)').fill('4');
  await expect(page.getByTestId('total-avoided')).toHaveText('125,6 t CO2e');
  await expect(summary.getByTestId('total-basis')).toContainText('Total sur 4 an(s) : les achats ponctuels, plus 4 fois les flux annuels.');
  await expect(summary.getByTestId('yearly-apart')).toHaveCount(0);
  await expect(scenarioFindings).toHaveCount(0);
  await expect(summary.getByTestId('not-counted')).toHaveText('3,8 t CO2e non comptées : voir les constats.');

  // Another baseline for the meals, shown apart: 20 000 × (6.29 − 0.51) = 115 600 kg a year, never in the total.
  await meals.getByText(/^Coûts, raison de la référence/).click();
  await meals.getByRole('button', { name: 'Ajouter une autre référence à la ligne 2' }).click();
  const variantPicker = page.getByRole('dialog', { name: 'Choisir une autre référence possible' });
  await variantPicker.getByLabel(/Rechercher/).fill('repas classique boeuf');
  await variantPicker.getByRole('button', { name: /^suggéré Repas classique avec bœuf/ }).click();
  await meals.getByLabel(/^Libellé de « Repas classique avec bœuf/).fill('tout en bœuf');
  await expect(ranked.getByRole('list', { name: 'Variantes de référence, hors total' })).toHaveText(
    'Avec « tout en bœuf » comme référence : 115,6 t CO2e évitées par an (variante, hors total)',
  );
  await expect(page.getByTestId('total-avoided')).toHaveText('125,6 t CO2e');

  await waitForIntervals(page);
  await expectNoSeriousAxeViolations(page);

  // Reloaded, everything was stored: flows, period, variant.
  await page.reload();
  await expect(page.getByTestId('total-avoided')).toHaveText('125,6 t CO2e');
  await expect(page.getByLabel('Période couverte, en années (facultatif)')).toHaveValue('4');

  // The presenter view says what the number is.
  await page.getByRole('link', { name: 'Mode présentation' }).click();
  await expect(page.getByText('125,6 t CO2e', { exact: true })).toBeVisible();
  await expect(page.getByText('Émissions potentiellement évitées, sur 4 an(s)')).toBeVisible();
  await expect(page.getByTestId('total-basis')).toContainText('Estimation de premier niveau des émissions potentiellement évitées.');
  await expect(page.getByText('3,8 t CO2e non comptées : voir les constats.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Potential avoided emissions, over 4 year(s)')).toBeVisible();
  await expect(page.getByTestId('total-basis')).toContainText('Screening estimate of potential avoided emissions.');
});
