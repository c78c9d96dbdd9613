// What a buyer does every day, in the built app: scenarios kept in IndexedDB, lines added through the
// factor picker, live totals, two tabs, deletion with undo, and the whole path with the keyboard alone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo, tabTo, watchRequests } from './support';

async function newBlankScenario(page: Page, name: string) {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByRole('button', { name: 'Nouveau scénario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau scénario' })).toBeVisible();
  await page.getByLabel('Nom du scénario').fill(name);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Adds a line through the two steps of the picker and types its quantity. */
async function addLine(page: Page, baselineSearch: string, baseline: RegExp, alternative: RegExp, quantity: string) {
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  const step1 = page.getByRole('dialog', { name: /étape 1 sur 2/ });
  await step1.getByLabel(/Rechercher/).fill(baselineSearch);
  await step1.getByRole('button', { name: baseline }).first().click();
  const step2 = page.getByRole('dialog', { name: /étape 2 sur 2/ });
  // The table's pairs for this baseline come first, marked as suggested.
  await expect(step2.getByRole('listitem').first()).toContainText('suggéré');
  await step2.getByRole('button', { name: alternative }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Focus lands on the new line's quantity.
  await expect(page.locator(':focus')).toHaveAccessibleName('Quantité (q)');
  await page.keyboard.type(quantity);
}

test('create a scenario, add lines through the picker, read the totals, reload and find it all', async ({ page, baseURL }, testInfo) => {
  const elsewhere = watchRequests(page, new URL(baseURL as string).origin);
  await newBlankScenario(page, 'Atelier achats 2027');
  await expect(page.getByText(/Aucune ligne pour l’instant/)).toBeVisible();

  // Beef meals to vegetarian: 1000 × 6.29 = 6290 kg baseline, 1000 × 0.51 = 510 kg alternative.
  // Accents and case do not matter in the search: "BOEUF" finds "bœuf".
  await addLine(page, 'repas classique BOEUF', /^Repas classique avec bœuf/, /^suggéré Repas végétarien/, '1000');
  await expect(page.getByTestId('total-avoided')).toHaveText('5,8 t CO2e');
  // The new line is named after its two factors ("<baseline> → <alternative>"), in the editor and the ranking,
  // and its id (l-xxxxxxxx) is shown nowhere.
  const mealsName = 'Repas classique avec bœuf (Base Carbone : Repas – classique (avec boeuf)) → Repas végétarien (Base Carbone : Repas – végétarien)';
  await expect(page.getByRole('article', { name: /Ligne 1/ }).getByLabel('Libellé')).toHaveValue(mealsName);
  await expect(page.getByRole('heading', { level: 3, name: mealsName, exact: true })).toBeVisible();
  await expect(page.getByText(/\bl-[0-9a-f]{8}\b/)).toHaveCount(0);

  // Plane 500–1000 km to TGV, 2000 passenger-km: 2000 × 0.225 = 450 kg baseline, 2000 × 0.00293 = 5.86 kg.
  // Searching an English word finds the French label.
  await addLine(page, 'plane 500', /^Avion 101-220 sièges, vol de 500 à 1 000 km/, /^suggéré Train à grande vitesse/, '2000');
  // Totals: baseline 6290 + 450 = 6740 kg; alternative 510 + 5.86 = 515.86 kg; avoided 6224.14 kg;
  // reduction 6224.14 / 6740 = 92.35 %.
  await expect(page.getByTestId('total-avoided')).toHaveText('6,2 t CO2e');
  const summary = page.getByRole('region', { name: 'Bilan du scénario' });
  await expect(summary.getByText('6,7 t CO2e')).toBeVisible();
  await expect(summary.getByText('0,516 t CO2e')).toBeVisible();
  await expect(summary.getByText(/^soit 92,3\s%/)).toBeVisible();

  // Half the trips switched: alternative = 2000 × 0.5 × 0.225 + 2000 × 0.5 × 0.00293 = 227.93 kg,
  // so the line avoids 450 − 227.93 = 222.07 kg and the total is 5780 + 222.07 = 6002.07 kg ≈ 6.0 t.
  const trips = page.getByRole('article', { name: /Ligne 2/ });
  await trips.getByLabel('Part (%)').fill('50');
  await expect(page.getByTestId('total-avoided')).toHaveText('6,0 t CO2e');

  // An entry that is not a number is marked at the field and changes nothing.
  const meals = page.getByRole('article', { name: /Ligne 1/ });
  await meals.getByLabel('Quantité (q)').fill('mille');
  await expect(meals.getByText('« mille » n’est pas un nombre.')).toBeVisible();
  await expect(meals.getByLabel('Quantité (q)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('total-avoided')).toHaveText('6,0 t CO2e');
  await meals.getByLabel('Quantité (q)').fill('1 000');
  await expect(meals.getByLabel('Quantité (q)')).toHaveAttribute('aria-invalid', 'false');

  // Units offered are those of the factors' dimension: 2 t of meals cannot be entered.
  await expect(meals.getByLabel('Unité').locator('option')).toHaveText(['repas']);
  await expect(trips.getByLabel('Unité').locator('option')).toHaveText(['passager·km']);

  // Reorder: the trips line moves up, and is now line 1.
  await trips.getByRole('button', { name: 'Monter la ligne 2' }).click();
  await expect(page.getByRole('article', { name: /Ligne 1/ }).getByText(/^Avion/)).toBeVisible();

  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('editor-new-scenario.png'), fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier achats 2027' })).toBeVisible();
  await expect(page.getByTestId('total-avoided')).toHaveText('6,0 t CO2e');
  await expect(page.getByRole('article', { name: /Ligne 1/ }).getByLabel('Part (%)')).toHaveValue('50');

  // The list shows both scenarios; search ignores accents and case; sorting by avoided puts the demo first.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).first().click();
  const list = page.getByRole('list', { name: 'Mes scénarios' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Atelier achats 2027');
  await page.getByLabel('Trier par').selectOption('avoided');
  await expect(list.getByRole('listitem').first()).toContainText('Achats durables d’une collectivité');
  await page.getByLabel('Rechercher par nom').fill('ATELIER');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Rechercher par nom').fill('collectivite');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('95,6 t CO2e évitées');
  await page.getByLabel('Rechercher par nom').fill('');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('list-fr-wide.png'), fullPage: true });

  expect(elsewhere).toEqual([]);
});

test('delete with undo, rename and duplicate', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  const demo = 'Achats durables d’une collectivité';

  await page.getByRole('button', { name: `Dupliquer « ${demo} »` }).click();
  await expect(page.getByRole('link', { name: `${demo} (copie)` })).toBeVisible();

  await page.getByRole('button', { name: `Renommer « ${demo} (copie)` }).click();
  await page.getByLabel(`Nouveau nom pour « ${demo} (copie) »`).fill('Variante ambitieuse');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Variante ambitieuse' })).toBeVisible();

  await page.getByRole('button', { name: 'Supprimer « Variante ambitieuse »' }).click();
  await expect(page.getByRole('link', { name: 'Variante ambitieuse' })).toHaveCount(0);
  await expect(page.getByText('« Variante ambitieuse » a été supprimé.')).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('link', { name: 'Variante ambitieuse' })).toBeVisible();
  // Restored whole: its totals are the demo's.
  await expect(page.getByRole('listitem').filter({ hasText: 'Variante ambitieuse' })).toContainText('95,6 t CO2e évitées');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Variante ambitieuse' })).toBeVisible();
});

test('two tabs on the same scenario see each other’s edits, and none is lost', async ({ context }) => {
  const first = await context.newPage();
  await openDemo(first);
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');

  // Tab 1 doubles the canteen meals: +11 016 kg, total 106 638.6225 kg ≈ 106.6 t.
  await first
    .getByRole('article', { name: /Ligne 1/ })
    .getByLabel('Quantité (q)')
    .fill('72000');
  await expect(second.getByTestId('total-avoided')).toHaveText('106,6 t CO2e');
  await expect(second.getByRole('article', { name: /Ligne 1/ }).getByLabel('Quantité (q)')).toHaveValue('72\u202f000');

  // Tab 2 changes another line while tab 1 still shows it: all the fleet km electric instead of half.
  // Fleet: 200 000 × (0.19 − 0.103) = 17 400 kg instead of 8 700: total 106 638.6225 + 8 700 = 115 338.6225 ≈ 115.3 t.
  await second
    .getByRole('article', { name: /Ligne 4/ })
    .getByLabel('Part (%)')
    .fill('100');
  await expect(first.getByTestId('total-avoided')).toHaveText('115,3 t CO2e');

  // Both edits were stored.
  const third = await context.newPage();
  await third.goto(url);
  await expect(third.getByTestId('total-avoided')).toHaveText('115,3 t CO2e');
});

test('keyboard only: create a scenario and add a line', async ({ page }, testInfo) => {
  await openDemo(page);
  // The scenario's title has the focus; the way back is just above it.
  await tabTo(page, /^← Mes scénarios$/, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes scénarios' })).toBeVisible();
  await tabTo(page, /^\+ Nouveau scénario$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau scénario' })).toBeVisible();

  await tabTo(page, /^\+ Ajouter une ligne$/);
  await page.keyboard.press('Enter');
  // The search field has the focus in the dialog.
  await page.keyboard.type('chaise plastique');
  await tabTo(page, /Chaise en plastique neuve/);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('picker-fr.png') });
  await page.keyboard.press('Enter');
  await tabTo(page, /Chaise en bois neuve/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('40');
  // 40 × (34.4 − 18.6) = 632 kg
  await expect(page.getByTestId('total-avoided')).toHaveText('0,632 t CO2e');

  // Escape closes the picker without adding anything.
  await tabTo(page, /^\+ Ajouter une ligne$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Lignes d’achat (1)' })).toBeVisible();

  // The focused element is always visibly outlined.
  await tabTo(page, /^Supprimer la ligne 1$/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a scenario factor from a supplier: source required, then usable in the picker', async ({ page }) => {
  await newBlankScenario(page, 'Portables reconditionnés');
  await page.getByText('Facteurs propres au scénario (0)').click();
  await page.getByLabel('Libellé', { exact: true }).last().fill('Portable reconditionné, fournisseur X');
  await page.getByLabel('Catégorie').selectOption('it');
  await page.getByLabel('Unité du facteur').selectOption('unit');
  await page.getByLabel('Valeur').fill('40');
  await page.getByRole('button', { name: 'Ajouter ce facteur' }).click();
  await expect(page.getByText('Citez la source de cette valeur.')).toBeVisible();
  await page.getByLabel('Source (obligatoire)').fill('Déclaration environnementale du fournisseur X, 2026');
  await page.getByRole('button', { name: 'Ajouter ce facteur' }).click();
  await expect(page.getByText(/Source : Déclaration environnementale du fournisseur X/)).toBeVisible();

  // New laptop kept 5 years vs refurbished kept 3: 10 × 156 = 1560 kg baseline,
  // 10 × (5/3) × 40 = 666.67 kg alternative, 893.33 kg avoided.
  await addLine(page, 'ordinateur portable neuf', /^Ordinateur portable neuf/, /Portable reconditionné, fournisseur X/, '10');
  const line = page.getByRole('article', { name: /Ligne 1/ });
  // The lifetimes sit beside the quantity, not inside a folded section.
  await expect(line.getByLabel('Durée de vie, référence (Lb)')).toBeVisible();
  await line.getByLabel('Durée de vie, référence (Lb)').fill('5');
  await line.getByLabel('Durée de vie, option durable (La)').fill('3');
  await expect(page.getByTestId('total-avoided')).toHaveText('0,893 t CO2e');
  // The result says it rests on average data on one side (the least specific of the two).
  await expect(page.getByRole('region', { name: /classées/ }).getByText(/Données : moyennes/)).toBeVisible();
  // A lifetime of zero is refused at the field.
  await line.getByLabel('Durée de vie, option durable (La)').fill('0');
  await expect(line.getByText('Le nombre doit être supérieur à 0.')).toBeVisible();
  await expect(page.getByTestId('total-avoided')).toHaveText('0,893 t CO2e');
});
