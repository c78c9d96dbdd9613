// The files analysts receive, downloaded from the real app and opened here.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openDemo, waitForIntervals } from './support';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('CSV, XLSX, PNG and scenario files of the demo; the scenario file re-imports to the same totals', async ({ page }) => {
  await openDemo(page);
  // A hostile label, typed by a user, must reach every file as text.
  await page
    .getByRole('article', { name: /Ligne 1/ })
    .getByLabel('Libellé', { exact: true })
    .fill('=HYPERLINK("http://evil","clic")');
  await expect(page.getByText(/^Enregistré à/)).toBeVisible();
  // The files carry the 95 % intervals once computed.
  await waitForIntervals(page);

  // French spreadsheet dialect by default in French: BOM, semicolons, decimal commas, a header and words in French.
  const categories = await download(page, 'Catégories (CSV)');
  expect(categories.name).toBe('Achats-durables-d-une-collectivite-categories.csv');
  const text = categories.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split('\r\n')[0]).toMatch(/^Catégorie;Nombre de lignes;Émissions de la référence \(kg CO2e\);/);
  // food: 36 000 × 0.2 × (2.04 − 0.51) = 11 016 avoided; baseline 36 000 × 2.04 = 73 440, alternative 62 424.
  // Its interval bounds to 3 significant figures: at most three digits before the zeros.
  expect(text).toMatch(/\nRestauration et alimentation;1;73440;62424;11016;(\d{1,3}0*|\d,\d{1,2});(\d{1,3}0*|\d,\d{1,2});ademe-selection;2025\.2;/);
  // total: baseline 213 936, avoided 95 622.6225, alternative 213 936 − 95 622.6225 = 118 313.3775 kg
  expect(text).toMatch(/\nTotal;7;213936;118313,3775;95622,6225;/);

  const lines = (await download(page, 'Lignes (CSV)')).bytes.toString('utf8');
  expect(lines.slice(1).split('\r\n')[0]).toMatch(/^Identifiant de ligne;Ligne;Catégorie;Quantité;Unité;/);
  expect(lines).toContain(`"'=HYPERLINK(""http://evil"",""clic"")"`);
  expect(lines).toContain('20682');
  expect(lines).toContain(';repas;');

  await page.getByRole('radio', { name: /International \(virgule, point décimal/ }).check();
  const international = (await download(page, 'Catégories (CSV)')).bytes.toString('utf8');
  expect(international.charCodeAt(0)).not.toBe(0xfeff);
  expect(international.split('\r\n')[0]).toBe(
    'category,line_count,baseline_kgco2e,alternative_kgco2e,avoided_kgco2e,avoided_p2_5_kgco2e,avoided_p97_5_kgco2e,table_id,table_version,basis,period_years,findings,note',
  );
  expect(international).toContain('total,7,213936,118313.3775,95622.6225,');

  const xlsx = await download(page, 'Classeur Excel (XLSX)');
  expect(xlsx.name).toBe('Achats-durables-d-une-collectivite.xlsx');
  const files = unzipSync(new Uint8Array(xlsx.bytes));
  expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Facteurs utilisés"');
  const everything = Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('');
  expect(everything).toContain("'=HYPERLINK(");
  expect(everything).not.toContain('<f>');

  const png = await download(page, 'Graphique (PNG)');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const json = await download(page, 'Scénario (JSON)');
  const scenario = JSON.parse(json.bytes.toString('utf8'));
  expect(scenario).toMatchObject({ format: 'carbone-evite/scenario@1', factorTable: { id: 'ademe-selection', version: '2025.2' } });
  expect(scenario.factorTable.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);

  // Printed, the report shows results, method and sources, and no editing controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Sources des facteurs' })).toBeVisible();
  await expect(page.locator('.report-header')).toContainText(/Table de facteurs\s*.* version 2025\.2 du 1 décembre 2026 — somme de contrôle [0-9a-f]{12}/);
  await expect(page.getByRole('heading', { name: /Lignes d’achat/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer le rapport' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Re-imported (with a broken file beside it), it gives the same figures.
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page.getByLabel(/Importer des fichiers de scénario/).setInputFiles([
    {
      name: 'copie.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...scenario, name: 'Copie importée', organisation: '<img src=x onerror="document.title=1">' })),
    },
    { name: 'casse.json', mimeType: 'application/json', buffer: json.bytes.subarray(0, 100) },
  ]);
  await expect(page.getByText(/^casse\.json — Le fichier n’est pas du JSON lisible/)).toBeVisible();
  await expect(page.getByText('1 scénario(s) importé(s).')).toBeVisible();
  await page.getByRole('link', { name: 'Copie importée' }).click();
  await expect(page.getByTestId('total-avoided')).toHaveText('95,6 t CO2e');
  // Text from a file is shown as text, never run as HTML.
  await expect(page.getByLabel('Organisation (acheteur)')).toHaveValue('<img src=x onerror="document.title=1">');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.title()).toBe('Carbone évité');
});

// A scenario over 4 years with a yearly flow, a one-off purchase and a line that rule 8 leaves out (two
// monetary ratios), against the bundled table emission-factors/ademe-selection/2025.1.json.
const RULED = {
  format: 'carbone-evite/scenario@1',
  name: 'Règles et périodes',
  factorTable: { id: 'ademe-selection', version: '2025.1' },
  periodYears: 4,
  lines: [
    {
      id: 'meals',
      label: 'Repas végétariens',
      quantity: 1000,
      unit: 'meal',
      flow: 'yearly',
      baseline: { factor: 'meal-average', reference: { kind: 'market-average' } },
      alternative: { factor: 'meal-vegetarian' },
    },
    {
      id: 'it',
      label: 'Réparation informatique',
      quantity: 10,
      unit: 'kEUR',
      flow: 'one-off',
      baseline: { factor: 'spend-it-electronics-2023' },
      alternative: { factor: 'spend-computer-repair-2023' },
    },
    {
      id: 'chairs',
      label: 'Chaises en bois',
      quantity: 100,
      unit: 'unit',
      flow: 'one-off',
      baseline: { factor: 'chair-plastic', reference: { kind: 'previous-contract' } },
      alternative: { factor: 'chair-wood' },
    },
  ],
};

const records = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true }).data;

test('files carry what the total counts, the lines it leaves out and the method findings', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Mes scénarios', exact: true }).click();
  await page
    .getByLabel(/Importer des fichiers de scénario/)
    .setInputFiles([{ name: 'regles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(RULED)) }]);
  await expect(page.getByText('1 scénario(s) importé(s).')).toBeVisible();
  await page.getByRole('link', { name: 'Règles et périodes' }).click();
  await waitForIntervals(page);

  // meals (2.04 → 0.51 kgCO2e/meal), per year: 1000 × 2.04 = 2040; 1000 × 0.51 = 510; 1530 avoided; counted 4 times.
  // it (216 → 158 kgCO2e/k€, both spend-based): 10 × 216 = 2160; 10 × 158 = 1580; 580 avoided; not counted (rule 8).
  // chairs (34.4 → 18.6 kgCO2e/unit): 100 × 34.4 = 3440; 100 × 18.6 = 1860; 1580 avoided; counted once.
  // The French spreadsheet dialect, read back by its French headings.
  const lines = records((await download(page, 'Lignes (CSV)')).bytes.toString('utf8'));
  const columns = ['Identifiant de ligne', 'Ponctuel ou annuel', 'Compté dans le total', 'Nombre de fois compté', 'Émissions évitées (kg CO2e)'];
  expect(lines.map((l) => [...columns.map((c) => l[c]), l['Évitées comptées dans le total (kg CO2e)']])).toEqual([
    ['meals', 'annuel', 'oui', '4', '1530', '6120'],
    ['it', 'ponctuel', 'non', '0', '580', '0'],
    ['chairs', 'ponctuel', 'oui', '1', '1580', '1580'],
  ]);
  expect(lines[0]).toMatchObject({ Catégorie: 'Restauration et alimentation', Unité: 'repas', 'Référence : unité du facteur': 'kgCO2e/repas' });
  expect(lines[1]!['Constats']).toMatch(/^Règle 8 · erreur \(spend-based-comparison\) : Deux ratios monétaires ne distinguent/);

  const categories = records((await download(page, 'Catégories (CSV)')).bytes.toString('utf8'));
  const row = (key: string) => categories.find((c) => c['Catégorie'] === key)!;
  const figures = (r: Record<string, string>) => [
    r['Émissions de la référence (kg CO2e)'],
    r['Émissions de l’option durable (kg CO2e)'],
    r['Émissions évitées (kg CO2e)'],
  ];
  // total: 3440 + 4 × 2040 = 11 600; 1860 + 4 × 510 = 3900; 1580 + 4 × 1530 = 7700
  expect(figures(row('Total'))).toEqual(['11600', '3900', '7700']);
  expect(row('Total')).toMatchObject({ 'Nombre de lignes': '3', 'Ce que comptent les chiffres': 'sur la période', 'Période (ans)': '4' });
  expect(row('Total').Note).toMatch(/^Estimation de premier ordre des émissions potentiellement évitées/);
  expect(row('Hors total (lignes en erreur)')['Nombre de lignes']).toBe('1');
  expect(figures(row('Hors total (lignes en erreur)'))).toEqual(['2160', '1580', '580']);
  expect(figures(row('Achats ponctuels'))).toEqual(['3440', '1860', '1580']);
  expect(figures(row('Flux annuels, par an'))).toEqual(['2040', '510', '1530']);
  expect(figures(row('Flux annuels sur 4 an(s)'))).toEqual(['8160', '2040', '6120']);

  const xlsx = unzipSync(new Uint8Array((await download(page, 'Classeur Excel (XLSX)')).bytes));
  expect(strFromU8(xlsx['xl/workbook.xml']!)).toContain('name="Constats"');
  const strings = strFromU8(xlsx['xl/sharedStrings.xml']!);
  expect(strings).toContain('Estimation de premier ordre des émissions potentiellement évitées');
  expect(strings).toContain('Le total couvre 4 an(s)');
  expect(strings).toContain('Règle 8 · erreur (spend-based-comparison) : Deux ratios monétaires');
  expect(strings).toContain('Ponctuel ou annuel');
  expect(strings).toContain('Compté dans le total');
  const sheets = Object.entries(xlsx)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes));
  // The lines sheet: one boolean "counted" cell a line, the multiplier and 6120 (1530 × 4) as numbers.
  const lineSheet = sheets.find((s) => (s.match(/t="b"/g) ?? []).length === 3)!;
  expect(lineSheet).toMatch(/<v>6120<\/v>/);
  expect(lineSheet).toMatch(/<v>4<\/v>/);

  // Printed: what the figure is, what the total counts, the line left out and the findings beside the lines.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Estimation de premier ordre des émissions potentiellement évitées/)).toBeVisible();
  // Said once, in the totals, on paper as on screen.
  await expect(page.getByTestId('total-basis')).toContainText('Total sur 4 an(s) : les achats ponctuels, plus 4 fois les flux annuels.');
  await expect(page.getByText(/^Hors total : 1 ligne\(s\) en erreur de méthode/)).toBeVisible();
  const findings = page.getByRole('region', { name: 'Constats de méthode' });
  await expect(findings.getByRole('row', { name: /Réparation informatique/ })).toContainText('Règle 8 · erreur (spend-based-comparison)');
  await expect(findings.getByRole('row', { name: /Réparation informatique/ })).toContainText('hors total');
  await page.emulateMedia({ media: 'screen' });
  await expect(findings).toBeHidden();
});

test('in English: the French spreadsheet CSV speaks English, the workbook writes 2.5 % and heads its sources "Source"', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'English' }).click();
  await waitForIntervals(page);
  // The dialect is chosen apart from the language: semicolons and decimal commas, words in English.
  await page.getByRole('radio', { name: /French spreadsheet/ }).check();
  const text = (await download(page, 'Categories (CSV)')).bytes.toString('utf8');
  expect(text.slice(1).split('\r\n')[0]).toMatch(
    /^Category;Number of lines;Baseline emissions \(kg CO2e\);Alternative emissions \(kg CO2e\);Avoided emissions/,
  );
  // food: 36 000 × 2.04 = 73 440; 36 000 × 0.2 × (2.04 − 0.51) = 11 016 avoided.
  expect(text).toContain('\nCatering and food;1;73440;62424;11016;');
  expect(text).toMatch(/\nTotal;7;213936;118313,3775;95622,6225;/);

  const xlsx = unzipSync(new Uint8Array((await download(page, 'Excel workbook (XLSX)')).bytes));
  const strings = strFromU8(xlsx['xl/sharedStrings.xml']!);
  expect(strings).toContain('<t>Avoided, 2.5 % lower bound (kg CO2e)</t>');
  expect(strings).not.toContain('2,5 %');
  expect(strings).toContain('<t>Source</t>');
  expect(strings).toContain('<t>kgCO2e/meal</t>');
});
