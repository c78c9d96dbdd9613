// An analyst gathers buyers' scenario files; versions of the table are never added up together.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openDemo } from './support';

const file = (name: string, scenario: object) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
const scenario = (name: string, organisation: string, year: number, version: string, lines: object[]) => ({
  format: 'carbone-evite/scenario@1',
  name,
  organisation,
  year,
  factorTable: { id: 'ademe-selection', version },
  lines,
});

test('consolidate files by category, organisation and year, keeping table versions apart', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Consolidation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consolidation de scénarios' })).toBeVisible();

  await page.getByLabel('Fichiers de scénario (JSON, plusieurs à la fois)').setInputFiles([
    // Lille 2026: 1000 × (6.29 − 0.51) = 5780 kg
    file(
      'lille-2026.json',
      scenario('Cantines', 'Lille', 2026, '2025.1', [
        { id: 'm', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
      ]),
    ),
    // Amiens 2026: 100 × (34.4 − 18.6) = 1580 kg
    file(
      'amiens-2026.json',
      scenario('Mobilier', 'Amiens', 2026, '2025.1', [
        { id: 'c', quantity: 100, unit: 'unit', baseline: { factor: 'chair-plastic' }, alternative: { factor: 'chair-wood' } },
      ]),
    ),
    // Lille 2027, under 2024.1: 2000 × (0.225 − 0.00334) = 443.32 kg
    file(
      'lille-2027.json',
      scenario('Missions', 'Lille', 2027, '2024.1', [
        { id: 't', quantity: 2000, unit: 'pkm', baseline: { factor: 'plane-short-haul-500-1000km' }, alternative: { factor: 'train-tgv-2021' } },
      ]),
    ),
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "carbone-evite/scenario@1"') },
  ]);

  await expect(page.getByText(/^broken\.json — Le fichier n’est pas du JSON lisible/)).toBeVisible();
  await expect(page.getByText(/ils forment 2 groupes, présentés à part et jamais additionnés/)).toBeVisible();
  const current = page.getByRole('region', { name: /version 2025\.1 — 2 fichier/ });
  // Rule 5: the group says what its figure is, and what it counts (these files state no flows).
  await expect(current.getByTestId('consolidated-basis')).toHaveText(
    /^Estimation de premier niveau des émissions potentiellement évitées\. Total des lignes telles que saisies/,
  );
  // 5780 + 1580 = 7360 kg
  await expect(current.getByTestId('consolidated-avoided')).toHaveText('7,4 t CO2e évitées');
  const byOrganisation = current.getByRole('table', { name: /Par organisation/ });
  await expect(byOrganisation.getByRole('row', { name: /Lille/ }).getByRole('cell').last()).toHaveText('5,8');
  await expect(
    byOrganisation
      .getByRole('row', { name: /Amiens/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('1,6');
  const older = page.getByRole('region', { name: /version 2024\.1 — 1 fichier/ });
  await expect(older.getByTestId('consolidated-avoided')).toHaveText('0,443 t CO2e évitées');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('consolidation-fr.png'), fullPage: true });

  // Rule 6: the Lille file again, and a copy of it under another name, are flagged and never summed twice.
  const lille = scenario('Cantines', 'Lille', 2026, '2025.1', [
    { id: 'm', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
  ]);
  await page.getByLabel('Fichiers de scénario (JSON, plusieurs à la fois)').setInputFiles([file('lille-2026.json', lille), file('copie-lille.json', lille)]);
  const findings = current.getByRole('list', { name: 'Ce que la méthode relève dans ces fichiers' });
  await expect(findings.getByRole('listitem')).toHaveText([
    'Règle 6 : Le fichier « lille-2026.json » est chargé deux fois : son scénario n’est compté qu’une fois.',
    'Règle 6 : « copie-lille.json » a le même contenu que « lille-2026.json » : c’est le même scénario, compté une seule fois (celui de « lille-2026.json »).',
  ]);
  // Still 5780 + 1580 = 7360 kg, from the 2 files counted
  await expect(current.getByTestId('consolidated-avoided')).toHaveText('7,4 t CO2e évitées');
  await expect(page.getByRole('region', { name: /version 2025\.1 — 2 fichier/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('consolidation-duplicates-fr.png'), fullPage: true });

  // Exported like a scenario: the merged file estimates to the group's total.
  const [download] = await Promise.all([page.waitForEvent('download'), current.getByRole('button', { name: 'Scénario consolidé (JSON)' }).click()]);
  const merged = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(merged.lines.map((l: { id: string }) => l.id)).toEqual(['s1-m', 's2-c']);
  expect(merged.lines[0].label).toBe('Lille · 2026 · Cantines');
});

test('a scenario given twice is named in English too', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Consolidation' }).click();
  const chairs = scenario('Furniture', 'Amiens', 2026, '2025.1', [
    { id: 'c', quantity: 100, unit: 'unit', baseline: { factor: 'chair-plastic' }, alternative: { factor: 'chair-wood' } },
  ]);
  await page.getByLabel('Scenario files (JSON, several at once)').setInputFiles([file('amiens.json', chairs), file('amiens-copy.json', chairs)]);
  const group = page.getByRole('region', { name: /version 2025\.1 — 1 file/ });
  await expect(group.getByRole('list', { name: 'What the method notes in these files' }).getByRole('listitem')).toHaveText([
    'Rule 6: “amiens-copy.json” has the same content as “amiens.json”: it is the same scenario, counted once (as “amiens.json”).',
  ]);
  // 100 × (34.4 − 18.6) = 1580 kg, once
  await expect(group.getByTestId('consolidated-avoided')).toHaveText('1.6 t CO2e avoided');
  await page.screenshot({ path: testInfo.outputPath('consolidation-duplicates-en.png'), fullPage: true });
});

test('refused files: every problem of each, in French, naming the file and the line, with the JSON path for analysts', async ({ page }, testInfo) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Consolidation' }).click();
  const meal = { unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } };
  await page.getByLabel('Fichiers de scénario (JSON, plusieurs à la fois)').setInputFiles([
    // Two problems in one file: a negative quantity on line 1, a share above 1 on line 2.
    file(
      'bad.json',
      scenario('Cantines', 'Lille', 2026, '2025.1', [
        { id: 'a', quantity: -1, ...meal },
        { id: 'b', quantity: 10, share: 2, ...meal },
      ]),
    ),
    { name: 'coupe.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "carbone-evite/scenario@1", "name": ') },
    file('inconnu.json', scenario('Cantines', 'Lille', 2026, '2025.1', [{ id: 'a', quantity: 1, ...meal, baseline: { factor: 'no-such-factor' } }])),
  ]);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('listitem')).toHaveText([
    'bad.json — Ligne 1, quantité : doit être au moins 0 lines[0].quantity',
    'bad.json — Ligne 2, part : doit être au plus 1 lines[1].share',
    'coupe.json — Le fichier n’est pas du JSON lisible',
    'inconnu.json — Ligne 1, référence, facteur : le facteur « no-such-factor » n’existe ni dans la table ni parmi les facteurs du scénario lines[0].baseline.factor',
  ]);
  await expect(alert).not.toContainText(/Too small|Too big|Not valid JSON|Unexpected|expected/);
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  // Long paths wrap: the page does not scroll sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath('consolidation-refused-fr-390.png'), fullPage: true });
});
