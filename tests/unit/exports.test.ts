// Files for analysts: CSV in both dialects, the XLSX workbook, the scenario file; hostile text neutralised.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FRENCH_SPREADSHEET_CSV, INTERNATIONAL_CSV, neutraliseFormula, writeCsv } from '../../src/data/formats/csv-writer';
import { csvWords } from '../../src/data/formats/csv-words';
import { estimateCategoriesCsv, estimateLinesCsv, LINE_CSV_HEADER } from '../../src/data/formats/estimate-csv';
import { readScenarioFile, scenarioToJson } from '../../src/data/formats/scenario-file';
import { buildWorkbook, workbookSheets } from '../../src/data/formats/xlsx-export';
import { estimateScenario, scenarioCosts, simulateEstimate, type Estimate, type Scenario } from '../../src/domain';
import { translate } from '../../src/i18n';
import { scenarioOf, testIndex } from '../helpers';

/** 12 t of pulp, virgin 297 → recycled 317 kgCO2e/t (240 kg more), bought at 800 → 900 €/t (1200 € more). */
const PULP_WITH_COSTS = {
  id: 'pulp',
  quantity: 12,
  unit: 't',
  baseline: { factor: 'pulp-virgin' },
  alternative: { factor: 'pulp-recycled' },
  costs: { baseline: { purchase: 800 }, alternative: { purchase: 900 } },
} as const;

const HOSTILE = [
  '=HYPERLINK("http://evil","x")',
  '+SUM(A1)',
  '-2+3',
  '@SUM(A1)',
  '\tcmd',
  '\rcmd',
  // What spreadsheets skip before a formula: spaces, a line feed, no-break and zero-width spaces; and the
  // full-width and small forms of the signs.
  ' =1+1',
  '\n=1+1',
  '\u00a0=1+1',
  '\u200b=1+1',
  '\ufeff@SUM(A1)',
  '\uff1d1+1',
  '\ufe661+1',
  '\uff0bSUM(A1)',
  '\uff0d2+3',
  '\uff20SUM(A1)',
];

function estimateOf(scenario: Scenario): Estimate {
  const result = estimateScenario(scenario, testIndex(scenario.customFactors));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const scenario = scenarioOf([
  {
    id: 'meals',
    label: 'Cantine <b>centrale</b>',
    quantity: 1000,
    unit: 'meal',
    share: 0.5,
    baseline: { factor: 'meal-beef' },
    alternative: { factor: 'meal-vegetarian' },
  },
  {
    id: 'laptops',
    label: HOSTILE[0],
    quantity: 120,
    unit: 'unit',
    baseline: { factor: 'laptop-new', lifetimeYears: 4 },
    alternative: { factor: 'laptop-new', lifetimeYears: 6 },
  },
]);
const estimate = estimateOf(scenario);

describe('formula injection', () => {
  it.each(HOSTILE)('neutralises %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(neutraliseFormula('Cantine')).toBe('Cantine');
    expect(writeCsv([[-12.5, 'a-b']], INTERNATIONAL_CSV)).toBe('-12.5,a-b\r\n');
  });
});

describe('sources in the file’s language', () => {
  it('words the few French words around a source in an English file, and leaves the codes dialect as the table gives it', () => {
    const source = 'ADEME – Base Carbone® (export) — contributeur : ADEME ; source : étude Agribalyse';
    expect(csvWords(FRENCH_SPREADSHEET_CSV, 'en').source(source)).toBe('ADEME – Base Carbone® (export) — contributor: ADEME ; source: study Agribalyse');
    expect(csvWords(FRENCH_SPREADSHEET_CSV, 'fr').source(source)).toBe(source);
    expect(csvWords(INTERNATIONAL_CSV, 'en').source(source)).toBe(source);
  });
});

describe('CSV exports', () => {
  it('per category, in the French spreadsheet dialect: BOM, semicolons, decimal commas, a French header and French words', () => {
    // food: 1000 × 0.5 × (6.29 − 0.51) = 2890 avoided, baseline 6290, alternative 3400
    // it: 120 × 156 × (1 − 4/6) = 6240 avoided, baseline 18720, alternative 12480
    const csv = estimateCategoriesCsv(estimate, FRENCH_SPREADSHEET_CSV, null, 'fr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(
      'Catégorie;Nombre de lignes;Émissions de la référence (kg CO2e);Émissions de l’option durable (kg CO2e);Émissions évitées (kg CO2e);' +
        'Borne basse 2,5 % des émissions évitées (kg CO2e);Borne haute 97,5 % des émissions évitées (kg CO2e);Table de facteurs;Version de la table;' +
        'Ce que comptent les chiffres;Période (ans);Constats;Note',
    );
    // No intervals computed: their columns stay, empty. No line states its flow: added as entered, as always.
    expect(rows[1]).toBe('Informatique;1;18720;12480;6240;;;test-table;1;lignes telles que saisies;;;');
    expect(rows[2]).toBe('Restauration et alimentation;1;6290;3400;2890;;;test-table;1;lignes telles que saisies;;;');
    expect(rows[3]).toBe(`Total;2;25010;15880;9130;;;test-table;1;lignes telles que saisies;;;${translate('fr', 'report.potential')}`);
    // Nothing left out, and no period: no rows by flow.
    expect(rows[4]).toBe('Hors total (lignes en erreur);0;0;0;0;;;test-table;1;lignes telles que saisies;;;');
    expect(rows).toHaveLength(5);
  });

  it('per category, in the international dialect: the machine header and codes, as before', () => {
    const rows = estimateCategoriesCsv(estimate, INTERNATIONAL_CSV, null, 'fr').trim().split('\r\n');
    expect(rows[0]).toBe(
      'category,line_count,baseline_kgco2e,alternative_kgco2e,avoided_kgco2e,avoided_p2_5_kgco2e,avoided_p97_5_kgco2e,table_id,table_version,basis,period_years,findings,note',
    );
    expect(rows[1]).toBe('it,1,18720,12480,6240,,,test-table,1,as-stated,,,');
    expect(rows[2]).toBe('food,1,6290,3400,2890,,,test-table,1,as-stated,,,');
    expect(rows[4]).toBe('excluded,0,0,0,0,,,test-table,1,as-stated,,,');
  });

  it('per line, in the international dialect, with hostile labels neutralised and HTML kept as text', () => {
    const csv = estimateLinesCsv(estimate, INTERNATIONAL_CSV, 'fr');
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain('Cantine <b>centrale</b>');
    expect(csv).toContain('Repas avec du bœuf');
    const [header, meals] = csv.trim().split('\r\n');
    const columns = header!.split(',');
    expect(meals!.split(',')[columns.indexOf('avoided_kgco2e')]).toBe('2890');
  });

  it('never writes a decimal point in the French dialect, nor a comma in the international one', () => {
    const line = estimateOf(scenarioOf([{ id: 'x', quantity: 3, unit: 'kWh', baseline: { factor: 'gas-pci' }, alternative: { factor: 'pellets-pci' } }]));
    // 3 × 0.239 = 0.717 ; 3 × 0.0113 = 0.0339 ; avoided 0.6831
    expect(estimateCategoriesCsv(line, FRENCH_SPREADSHEET_CSV, null, 'fr')).toContain('Chauffage;1;0,717;0,0339;0,6831;');
    expect(estimateCategoriesCsv(line, FRENCH_SPREADSHEET_CSV, null, 'fr')).toContain(`;lignes telles que saisies;;;${translate('fr', 'report.potential')}`);
    // The language follows the interface, the dialect stays: English words with semicolons and decimal commas.
    expect(estimateCategoriesCsv(line, FRENCH_SPREADSHEET_CSV, null, 'en')).toContain('Heating;1;0,717;0,0339;0,6831;');
    // With intervals: a line whose factors publish ±5 % and ±25 % gets a bracket around 0.6831.
    const intervals = simulateEstimate(line);
    const row = estimateCategoriesCsv(line, INTERNATIONAL_CSV, intervals).split('\r\n')[1]!.split(',');
    expect(Number(row[5])).toBeLessThan(0.6831);
    expect(Number(row[6])).toBeGreaterThan(0.6831);
    expect(estimateCategoriesCsv(line, INTERNATIONAL_CSV)).toContain('heating,1,0.717,0.0339,0.6831,');
  });
});

describe('scenario file', () => {
  it('read back, gives the same results to the last digit', () => {
    const read = readScenarioFile(scenarioToJson(scenario), 'scenario.json');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.scenario).toEqual(scenario);
    const again = estimateOf(read.scenario);
    expect(again.totals).toStrictEqual(estimate.totals);
    expect(again.lines.map((l) => l.avoided)).toStrictEqual(estimate.lines.map((l) => l.avoided));
  });

  it('names the file and path of every problem', () => {
    const read = readScenarioFile(
      '{"format":"carbone-evite/scenario@1","name":"x","factorTable":{"id":"t","version":"1"},"lines":[{"id":"a","quantity":-1,"unit":"meal","baseline":{"factor":"a"},"alternative":{"factor":"b"}}]}',
      'mine.json',
    );
    expect(read).toMatchObject({
      ok: false,
      problems: [{ file: 'mine.json', problem: { path: ['lines', 0, 'quantity'], message: 'Too small: expected number to be >=0' } }],
    });
    const truncated = readScenarioFile(scenarioToJson(scenario).slice(0, 80), 'cut.json');
    expect(truncated).toMatchObject({ ok: false, problems: [{ file: 'cut.json', problem: { code: 'invalid-json', path: [] } }] });
  });
});

describe('XLSX workbook', () => {
  it('has the five sheets, numbers as numbers, and no formula anywhere', async () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('fr', key, params);
    const blob = await buildWorkbook({
      scenario,
      estimate,
      costs: scenarioCosts(scenario, estimate),
      language: 'fr',
      t,
      exportedAt: new Date('2026-11-28T10:00:00Z'),
    });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    for (const name of ['Synthèse', 'Lignes', 'Catégories', 'Facteurs utilisés', 'Coût global', 'Méthode']) expect(workbook).toContain(`name="${name}"`);
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(7);
    const all = sheets.map((f) => strFromU8(files[f]!)).join('');
    expect(all).not.toContain('<f>');
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()) + all;
    // The hostile label is stored as text with its leading apostrophe.
    expect(strings).toContain("'=HYPERLINK(");
    expect(strings).not.toMatch(/<t[^>]*>=HYPERLINK/);
    // Line sheet: the avoided figures 2890 and 6240 are numeric cells.
    const lines = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(lines).toMatch(/<v>2890<\/v>/);
    expect(lines).toMatch(/<v>6240<\/v>/);
  });

  it('writes the classification, not a negative cost per tonne, for a switch that emits more; and no carbon value outside its years', () => {
    // 12 t of pulp, 297 → 317 kgCO2e/t: 240 kg more, for 1200 € more (800 → 900 €/t).
    const pulp = scenarioOf([PULP_WITH_COSTS], { economics: { carbonValue: { trajectory: 'quinet-2025', year: 2060 } } });
    const pulpEstimate = estimateOf(pulp);
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
    const sheets = workbookSheets({
      scenario: pulp,
      estimate: pulpEstimate,
      costs: scenarioCosts(pulp, pulpEstimate),
      language: 'en',
      t,
      exportedAt: new Date(),
    });
    const costSheet = sheets.find((s) => s.sheet === 'Whole-life cost')!.data as ({ value: unknown } | null)[][];
    expect(costSheet[1]![4]).toMatchObject({ value: 'costs more and emits more' });
    const carbonRow = costSheet.find((row) => row[0]?.value === 'Value of a tonne avoided')!;
    expect(carbonRow[1]?.value).toMatch(/^No value for 2060: this trajectory is published only from 2025 to 2050/);
  });
});

// A scenario over 3 years with every case the totals tell apart: a yearly flow counted 3 times, a one-off
// purchase counted once, and two lines with an error finding, shown but left out of the totals.
const ruled = scenarioOf(
  [
    {
      id: 'meals',
      label: 'Cantine',
      quantity: 1000,
      unit: 'meal',
      share: 0.5,
      flow: 'yearly',
      baseline: { factor: 'meal-beef', reference: { kind: 'market-average' } },
      alternative: { factor: 'meal-vegetarian' },
      baselineVariants: [{ factor: 'own-average-meal', label: 'Repas moyen' }],
    },
    {
      id: 'laptops',
      label: 'Portables',
      quantity: 120,
      unit: 'unit',
      flow: 'one-off',
      baseline: { factor: 'laptop-new', lifetimeYears: 4, reference: { kind: 'previous-contract' } },
      alternative: { factor: 'laptop-new', lifetimeYears: 6 },
    },
    // Rule 8: two monetary ratios.
    {
      id: 'ratio',
      label: '-Réparation',
      quantity: 10,
      unit: 'kEUR',
      flow: 'one-off',
      baseline: { factor: 'ratio-it' },
      alternative: { factor: 'ratio-repair' },
    },
    // Rule 10: a production technology in place of the grid mix.
    {
      id: 'green',
      label: 'Électricité',
      quantity: 5000,
      unit: 'kWh',
      flow: 'yearly',
      baseline: { factor: 'grid', reference: { kind: 'market-average' } },
      alternative: { factor: 'wind' },
    },
  ],
  {
    periodYears: 3,
    customFactors: [
      {
        id: 'own-average-meal',
        category: 'food',
        label: { fr: 'Repas moyen', en: 'Average meal' },
        value: 2.04,
        unit: 'kgCO2e/meal',
        source: 'Test',
        year: 2018,
      },
      { id: 'grid', category: 'energy', label: { fr: 'Réseau', en: 'Grid' }, value: 0.05, unit: 'kgCO2e/kWh', source: 'Test', year: 2024, supply: 'grid-mix' },
      {
        id: 'wind',
        category: 'energy',
        label: { fr: 'Éolien', en: 'Wind' },
        value: 0.01,
        unit: 'kgCO2e/kWh',
        source: 'Test',
        year: 2024,
        supply: 'production-technology',
      },
    ],
  },
);
const ruledEstimate = estimateOf(ruled);
const message = (line: string, code: string, language: 'fr' | 'en') =>
  ruledEstimate.lines.find((l) => l.id === line)!.findings.find((f) => f.code === code)!.message[language];

/** The CSV's rows as objects keyed by its header. */
const csvRecords = (csv: string, delimiter: ',' | ';') =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter, skipEmptyLines: true }).data;

describe('exports say what the totals count and what the method rules found', () => {
  it('the engine reads the scenario as the exports below expect', () => {
    expect(ruledEstimate.lines.map((l) => [l.id, l.counted, l.totalsMultiplier])).toEqual([
      ['meals', true, 3],
      ['laptops', true, 1],
      ['ratio', false, 0],
      ['green', false, 0],
    ]);
    expect(ruledEstimate.basis).toBe('period');
  });

  it('per line, international dialect: flow, counted, multiplier, findings in the file’s language, baseline variants', () => {
    const rows = csvRecords(estimateLinesCsv(ruledEstimate, INTERNATIONAL_CSV, 'en'), ',');
    const [meals, laptops, ratio, green] = rows;
    // meals: per year 1000 × 0.5 × (6.29 − 0.51) = 2890, counted 3 times: 8670.
    // Its variant, the average meal: 1000 × 0.5 × (2.04 − 0.51) = 765.
    expect(meals).toMatchObject({
      flow: 'yearly',
      counted: 'true',
      totals_multiplier: '3',
      avoided_kgco2e: '2890',
      avoided_in_totals_kgco2e: '8670',
      findings: '',
      baseline_variants: 'own-average-meal (Repas moyen): avoided_kgco2e=765',
    });
    // laptops: 120 × 156 × (1 − 4/6) = 6240, once.
    expect(laptops).toMatchObject({ flow: 'one-off', counted: 'true', totals_multiplier: '1', avoided_in_totals_kgco2e: '6240', baseline_variants: '' });
    // ratio: 10 × (216 − 158) = 580, shown, not counted; its label starts with "-": written as text.
    expect(ratio).toMatchObject({
      label: "'-Réparation",
      flow: 'one-off',
      counted: 'false',
      totals_multiplier: '0',
      avoided_kgco2e: '580',
      avoided_in_totals_kgco2e: '0',
    });
    expect(ratio!.findings).toBe(
      `R8 error spend-based-comparison: ${message('ratio', 'spend-based-comparison', 'en')} | R2 info baseline-reason-missing: ${message('ratio', 'baseline-reason-missing', 'en')}`,
    );
    // green: 5000 × (0.05 − 0.01) = 200, shown, not counted.
    expect(green).toMatchObject({ flow: 'yearly', counted: 'false', totals_multiplier: '0', avoided_kgco2e: '200' });
    expect(green!.findings).toBe(`R10 error green-electricity-contract: ${message('green', 'green-electricity-contract', 'en')}`);
    expect(green!.findings).toContain('Wind (wind)');
  });

  it('per line, French dialect: messages in French, decimal commas inside the variants text', () => {
    const half = estimateOf(
      scenarioOf(
        [
          {
            id: 'm',
            quantity: 1,
            unit: 'meal',
            share: 0.5,
            baseline: { factor: 'meal-beef' },
            alternative: { factor: 'meal-vegetarian' },
            baselineVariants: [{ factor: 'own' }],
          },
        ],
        { customFactors: [{ id: 'own', category: 'food', label: { fr: 'x', en: 'x' }, value: 2.04, unit: 'kgCO2e/meal', source: 'Test', year: 2018 }] },
      ),
    );
    // 1 × 0.5 × (2.04 − 0.51) = 0.765
    expect(csvRecords(estimateLinesCsv(half, FRENCH_SPREADSHEET_CSV, 'fr'), ';')[0]).toMatchObject({
      'Ponctuel ou annuel': '',
      'Compté dans le total': 'oui',
      'Autres références (évitées, kg CO2e)': 'own : 0,765',
    });
    const [, , ratio] = csvRecords(estimateLinesCsv(ruledEstimate, FRENCH_SPREADSHEET_CSV, 'fr'), ';');
    expect(ratio!['Constats']).toBe(
      `Règle 8 · erreur (spend-based-comparison) : ${message('ratio', 'spend-based-comparison', 'fr')} | ` +
        `Règle 2 · information (baseline-reason-missing) : ${message('ratio', 'baseline-reason-missing', 'fr')}`,
    );
    expect(ratio).toMatchObject({
      'Compté dans le total': 'non',
      'Ponctuel ou annuel': 'ponctuel',
      'Nature des données': 'monétaires (ratio par euro dépensé)',
    });
  });

  it('per category: as the totals count them, the excluded amount, and one-off / per year / over the period', () => {
    const rows = csvRecords(estimateCategoriesCsv(ruledEstimate, INTERNATIONAL_CSV, null, 'fr'), ',');
    const figures = rows.map((r) => [r.category, r.line_count, r.baseline_kgco2e, r.alternative_kgco2e, r.avoided_kgco2e, r.basis, r.period_years]);
    expect(figures).toEqual([
      // it: laptops counted (18 720 / 12 480 / 6240); the ratio line is in the count of lines, not in the figures.
      ['it', '2', '18720', '12480', '6240', 'period', '3'],
      // energy: its one line is left out.
      ['energy', '1', '0', '0', '0', 'period', '3'],
      // food: 3 × (6290 / 3400 / 2890)
      ['food', '1', '18870', '10200', '8670', 'period', '3'],
      // 18 720 + 18 870 = 37 590; 12 480 + 10 200 = 22 680; 6240 + 8670 = 14 910
      ['total', '4', '37590', '22680', '14910', 'period', '3'],
      // ratio + green, as stated: 2160 + 250 = 2410; 1580 + 50 = 1630; 580 + 200 = 780
      ['excluded', '2', '2410', '1630', '780', 'as-stated', ''],
      ['one-off', '1', '18720', '12480', '6240', 'one-off', ''],
      ['yearly-per-year', '1', '6290', '3400', '2890', 'per-year', ''],
      ['yearly-over-period', '1', '18870', '10200', '8670', 'period', '3'],
    ]);
    expect(rows[3]).toMatchObject({ findings: '', note: translate('fr', 'report.potential') });
    expect(rows.filter((r) => r.note !== '')).toHaveLength(1);
    // The same rows in the French spreadsheet dialect, named and qualified in words.
    const french = csvRecords(estimateCategoriesCsv(ruledEstimate, FRENCH_SPREADSHEET_CSV, null, 'fr'), ';');
    expect(french.map((r) => [r['Catégorie'], r['Émissions évitées (kg CO2e)'], r['Ce que comptent les chiffres'], r['Période (ans)']])).toEqual([
      ['Informatique', '6240', 'sur la période', '3'],
      ['Électricité', '0', 'sur la période', '3'],
      ['Restauration et alimentation', '8670', 'sur la période', '3'],
      ['Total', '14910', 'sur la période', '3'],
      ['Hors total (lignes en erreur)', '780', 'lignes telles que saisies', ''],
      ['Achats ponctuels', '6240', 'achats ponctuels', ''],
      ['Flux annuels, par an', '2890', 'par an', ''],
      ['Flux annuels sur 3 an(s)', '8670', 'sur la période', '3'],
    ]);
  });

  it('a yearly flow beside a one-off purchase without a period: shown apart, and the scenario’s finding on the total row', () => {
    const mixed = estimateOf(
      scenarioOf([
        { id: 'meals', quantity: 1000, unit: 'meal', flow: 'yearly', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
        {
          id: 'laptops',
          quantity: 120,
          unit: 'unit',
          flow: 'one-off',
          baseline: { factor: 'laptop-new', lifetimeYears: 4 },
          alternative: { factor: 'laptop-new', lifetimeYears: 6 },
        },
      ]),
    );
    const lines = csvRecords(estimateLinesCsv(mixed, INTERNATIONAL_CSV, 'en'), ',');
    expect(lines[0]).toMatchObject({ counted: 'false', totals_multiplier: '0' });
    expect(lines[0]!.findings).toMatch(/^R3 error yearly-flow-without-period: /);
    const rows = csvRecords(estimateCategoriesCsv(mixed, INTERNATIONAL_CSV, null, 'en'), ',');
    const total = rows.find((r) => r.category === 'total')!;
    // Only the laptops: 120 × 156 × (1 − 4/6) = 6240; the meals, 1000 × (6.29 − 0.51) = 5780, apart.
    expect(total).toMatchObject({ avoided_kgco2e: '6240', basis: 'one-off', period_years: '' });
    expect(total.findings).toMatch(/^R3 error yearly-flow-without-period: The scenario mixes/);
    expect(rows.find((r) => r.category === 'excluded')).toMatchObject({ line_count: '1', avoided_kgco2e: '5780' });
    expect(rows.map((r) => r.category)).not.toContain('one-off');
  });
});

describe('XLSX workbook: what the total counts and the findings', () => {
  async function sheetsOf(language: 'fr' | 'en') {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
    const hostile = { ...ruled, lines: ruled.lines.map((l) => (l.id === 'ratio' ? { ...l, label: HOSTILE[0] } : l)) };
    const blob = await buildWorkbook({
      scenario: hostile,
      estimate: estimateOf(hostile),
      costs: scenarioCosts(hostile, ruledEstimate),
      language,
      t,
      exportedAt: new Date('2026-11-28T10:00:00Z'),
    });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    const sheet = (n: number) => strFromU8(files[`xl/worksheets/sheet${n}.xml`]!);
    return { workbook, strings, sheet };
  }

  it('in French: the wording, the basis, the excluded amount, flow and counted columns, and a findings sheet', async () => {
    const { workbook, strings, sheet } = await sheetsOf('fr');
    expect(workbook).toContain('name="Constats"');
    const all = [1, 2, 3, 4, 5, 6, 7].map(sheet).join('');
    expect(all).not.toContain('<f>');
    // Summary: what the figure is (rule 5) and what the total counts.
    expect(strings).toContain(translate('fr', 'report.potential'));
    expect(strings).toContain('Le total couvre 3 an(s) : les achats ponctuels, plus les flux annuels comptés 3 fois.');
    expect(strings).toContain('Flux annuels sur 3 an(s)');
    const summary = sheet(1);
    // total 14 910 avoided; excluded 780; yearly over the period 8670; one-off 6240: numbers, not text.
    for (const value of ['14910', '780', '8670', '6240', '2890']) expect(summary).toMatch(new RegExp(`<v>${value}</v>`));
    // Lines: counted as booleans (t="b"), the multiplier and the avoided amount as the total counts it as numbers.
    const lines = sheet(2);
    expect(lines.match(/t="b"/g)).toHaveLength(4);
    expect(lines).toMatch(/<v>8670<\/v>/);
    expect(strings).toContain(`Règle 10 · erreur (green-electricity-contract) : ${message('green', 'green-electricity-contract', 'fr')}`);
    expect(strings).toContain('own-average-meal (Repas moyen) : 765');
    // Findings sheet: one row per finding (ratio: R8 and R2; green: R10) and the header.
    const findings = sheet(7);
    expect(findings.match(/<row /g)).toHaveLength(4);
    expect(strings).toContain(message('ratio', 'spend-based-comparison', 'fr'));
    expect(strings).toContain('spend-based-comparison');
    // The hostile label, in the lines and findings sheets, is text.
    expect(strings).toContain("'=HYPERLINK(");
    expect(strings).not.toMatch(/<t[^>]*>=HYPERLINK/);
  });

  it('in English', async () => {
    const { workbook, strings } = await sheetsOf('en');
    expect(workbook).toContain('name="Findings"');
    expect(strings).toContain(translate('en', 'report.potential'));
    expect(strings).toContain('The total covers 3 year(s): the one-off purchases, plus the yearly flows counted 3 times.');
    expect(strings).toContain(message('green', 'green-electricity-contract', 'en'));
  });
});

// Issue 12, points 6 and 10: files a person reads say things in words, in their language; the intervals
// carry the precision a Monte Carlo draw has; the international CSV stays what programs already read.
describe('files in words, intervals to 3 significant figures', () => {
  // Known bounds, so the rounding can be worked out by hand (the draws' own values would only copy the program).
  const summary = (p2_5: number, p97_5: number) => ({ mean: 0, p50: 0, p2_5, p97_5 });
  const drawn = simulateEstimate(estimate);
  const intervals = {
    ...drawn,
    lines: [
      { ...drawn.lines[0]!, avoided: summary(2344.912345, 3456.789123) }, // meals → 2340 and 3460
      { ...drawn.lines[1]!, avoided: summary(0.0123456, 98765.4321) }, // laptops → 0.0123 and 98 800
    ],
    categories: [
      { ...drawn.categories[0]!, avoided: summary(5555.55, 6789.01) }, // it → 5560 and 6790
      { ...drawn.categories[1]!, avoided: summary(2344.912345, 3456.789123) }, // food → 2340 and 3460
    ],
    totals: { ...drawn.totals, avoided: summary(7123.456, 11987.6) }, // → 7120 and 12 000 (1 1 9|8 carries)
  };

  it('French spreadsheet CSV per line: French header, category and unit words, decimal commas, bounds to 3 s.f.', () => {
    const csv = estimateLinesCsv(estimate, FRENCH_SPREADSHEET_CSV, 'fr', intervals);
    const header = csv.slice(1).split('\r\n')[0]!.split(';');
    expect(header.slice(0, 6)).toEqual(['Identifiant de ligne', 'Ligne', 'Catégorie', 'Quantité', 'Unité', 'Part basculée vers l’option durable']);
    expect(header).toContain('Émissions évitées (kg CO2e)');
    expect(header).toContain('Borne basse 2,5 % des émissions évitées (kg CO2e)');
    expect(header).toContain('Borne haute 97,5 % des émissions évitées (kg CO2e)');
    // Every column has its own French heading: none left as a code, none twice.
    expect(header).toHaveLength(LINE_CSV_HEADER.length);
    expect(new Set(header).size).toBe(header.length);
    for (const code of LINE_CSV_HEADER) expect(header).not.toContain(code);
    const [meals, laptops] = csvRecords(csv, ';');
    expect(meals).toMatchObject({
      Catégorie: 'Restauration et alimentation',
      Unité: 'repas',
      Quantité: '1000',
      'Part basculée vers l’option durable': '0,5',
      'Référence : valeur du facteur': '6,29',
      'Référence : unité du facteur': 'kgCO2e/repas',
      'Option durable : valeur du facteur': '0,51',
      'Nature des données': 'moyennes (base de données)',
      'Émissions évitées (kg CO2e)': '2890',
      'Borne basse 2,5 % des émissions évitées (kg CO2e)': '2340',
      'Borne haute 97,5 % des émissions évitées (kg CO2e)': '3460',
      'Compté dans le total': 'oui',
    });
    expect(laptops).toMatchObject({
      Catégorie: 'Informatique',
      Unité: 'unité(s)',
      'Référence : unité du facteur': 'kgCO2e/unité',
      'Borne basse 2,5 % des émissions évitées (kg CO2e)': '0,0123',
      'Borne haute 97,5 % des émissions évitées (kg CO2e)': '98800',
      // The hostile label, in words as in codes, is text.
      Ligne: `'=HYPERLINK("http://evil","x")`,
    });
    // No number written with a decimal point (text such as "Base Carbone® V23.6" keeps its own).
    const cells = [meals!, laptops!].flatMap((r) => Object.values(r));
    expect(cells.filter((c) => /^-?\d+\.\d+$/.test(c))).toEqual([]);
    expect(cells.filter((c) => /^-?\d+,\d+$/.test(c)).length).toBeGreaterThan(3);
  });

  it('international CSV per line: the same machine header as ever, codes, decimal points, bounds to 3 s.f.', () => {
    const csv = estimateLinesCsv(estimate, INTERNATIONAL_CSV, 'fr', intervals);
    expect(csv.split('\r\n')[0]).toBe(
      'line_id,label,category,quantity,unit,share,' +
        'baseline_factor_id,baseline_factor_label,baseline_factor_value,baseline_factor_unit,baseline_factor_source,baseline_factor_source_id,baseline_factor_year,baseline_lifetime_years,' +
        'alternative_factor_id,alternative_factor_label,alternative_factor_value,alternative_factor_unit,alternative_factor_source,alternative_factor_source_id,alternative_factor_year,alternative_lifetime_years,' +
        'lifetime_ratio,quantity_ratio,data_kind,baseline_kgco2e,alternative_kgco2e,avoided_kgco2e,avoided_p2_5_kgco2e,avoided_p97_5_kgco2e,' +
        'baseline_cost_eur,alternative_cost_eur,extra_cost_eur,cost_per_tonne_avoided_eur,cost_classification,table_id,table_version,warnings,' +
        'flow,counted,totals_multiplier,avoided_in_totals_kgco2e,findings,baseline_variants',
    );
    const [meals, laptops] = csvRecords(csv, ',');
    expect(meals).toMatchObject({
      category: 'food',
      unit: 'meal',
      share: '0.5',
      baseline_factor_unit: 'kgCO2e/meal',
      data_kind: 'average',
      counted: 'true',
      avoided_p2_5_kgco2e: '2340',
      avoided_p97_5_kgco2e: '3460',
    });
    expect(laptops).toMatchObject({ category: 'it', unit: 'unit', avoided_p2_5_kgco2e: '0.0123', avoided_p97_5_kgco2e: '98800' });
  });

  it('per category, the bounds to 3 s.f. in both dialects, the point figures untouched', () => {
    const french = csvRecords(estimateCategoriesCsv(estimate, FRENCH_SPREADSHEET_CSV, intervals, 'fr'), ';');
    expect(
      french.map((r) => [r['Catégorie'], r['Borne basse 2,5 % des émissions évitées (kg CO2e)'], r['Borne haute 97,5 % des émissions évitées (kg CO2e)']]),
    ).toEqual([
      ['Informatique', '5560', '6790'],
      ['Restauration et alimentation', '2340', '3460'],
      ['Total', '7120', '12000'],
      ['Hors total (lignes en erreur)', '', ''],
    ]);
    const international = csvRecords(estimateCategoriesCsv(estimate, INTERNATIONAL_CSV, intervals, 'en'), ',');
    expect(international[2]).toMatchObject({ category: 'total', avoided_kgco2e: '9130', avoided_p2_5_kgco2e: '7120', avoided_p97_5_kgco2e: '12000' });
  });

  it('in English with the French spreadsheet dialect: English words, semicolons, decimal commas', () => {
    const [meals] = csvRecords(estimateLinesCsv(estimate, FRENCH_SPREADSHEET_CSV, 'en', intervals), ';');
    expect(meals).toMatchObject({
      Category: 'Catering and food',
      Unit: 'meals',
      'Share switched to the alternative': '0,5',
      'Baseline: factor unit': 'kgCO2e/meal',
      'Counted in the total': 'yes',
      'Avoided emissions, 2.5 % lower bound (kg CO2e)': '2340',
    });
  });
});

describe('XLSX workbook: numbers as numbers, headings and units in the language, no invented zero', () => {
  type Row = ({ value: unknown; type?: unknown } | null)[];
  const drawn = simulateEstimate(estimate);
  const intervals = { ...drawn, totals: { ...drawn.totals, avoided: { mean: 0, p50: 0, p2_5: 7123.456, p97_5: 11987.6 } } };
  const sheetsIn = (language: 'fr' | 'en') =>
    workbookSheets({
      scenario,
      estimate,
      costs: scenarioCosts(scenario, estimate),
      language,
      t: (key, params) => translate(language, key, params),
      exportedAt: new Date('2026-11-28T10:00:00Z'),
      intervals,
    });
  const sheet = (language: 'fr' | 'en', name: string) => sheetsIn(language).find((s) => s.sheet === name)!.data as Row[];

  it('factors sheet: a "Source" heading, each value a number cell, its unit in words in its own column', () => {
    const factors = sheet('fr', 'Facteurs utilisés');
    expect(factors[0]!.map((c) => c?.value).slice(2, 6)).toEqual(['Valeur', 'Unité', 'Incertitude publiée (facultative)', 'Source']);
    const beef = factors.find((r) => r[0]?.value === 'meal-beef')!;
    expect(beef[2]).toMatchObject({ value: 6.29, type: Number });
    expect(beef[3]).toMatchObject({ value: 'kgCO2e/repas', type: String });
    for (const row of factors.slice(1)) expect(row[2]?.type).toBe(Number);
    expect(sheet('en', 'Factors used')[0]![5]?.value).toBe('Source');
  });

  it('lines sheet: factor values are numbers beside a unit column, in words', () => {
    const [header, meals] = sheet('fr', 'Lignes');
    expect(header!.map((c) => c?.value).slice(6, 12)).toEqual([
      'Facteur de référence',
      'Valeur de référence',
      'Unité de la référence',
      'Facteur de l’option durable',
      'Valeur de l’option durable',
      'Unité de l’option durable',
    ]);
    expect(meals!.slice(7, 12).map((c) => c?.value)).toEqual([6.29, 'kgCO2e/repas', 'meal-vegetarian — Repas végétarien', 0.51, 'kgCO2e/repas']);
    expect(meals![7]?.type).toBe(Number);
    expect(meals![10]?.type).toBe(Number);
    expect(meals![4]).toMatchObject({ value: 'repas' });
  });

  it('interval headings in each language’s decimal mark: 2.5 % in English, 2,5 % in French', () => {
    const english = sheetsIn('en').flatMap((s) => (s.data as Row[])[0]!.map((c) => String(c?.value ?? '')));
    expect(english).toContain('Avoided, 2.5 % lower bound (kg CO2e)');
    expect(english).toContain('Avoided, 97.5 % upper bound (kg CO2e)');
    expect(english.filter((h) => /\d,\d/.test(h))).toEqual([]);
    expect(sheet('fr', 'Catégories')[0]!.map((c) => c?.value)).toContain('Évitées, borne basse 2,5 % (kg CO2e)');
  });

  it('category sheet: the total row carries its interval, to 3 significant figures', () => {
    const total = sheet('fr', 'Catégories').find((r) => r[0]?.value === 'Total')!;
    // 9130 avoided in all; bounds 7123.456 → 7120 and 11 987.6 → 12 000.
    expect(total.slice(4, 7).map((c) => c?.value)).toEqual([9130, 7120, 12000]);
  });

  it('cost sheet: no cost entered, no 0 € total: empty cells and a note saying why', () => {
    const costs = sheet('fr', 'Coût global');
    const totalAt = costs.findIndex((r) => r[0]?.value === 'Total');
    expect(costs[totalAt]!.slice(1)).toEqual([null, null, null]);
    expect(costs[totalAt + 1]![0]?.value).toBe('Aucun coût saisi : le coût global n’est pas calculé.');
    expect(sheet('en', 'Whole-life cost').some((r) => r[0]?.value === 'No cost entered: the whole-life cost is not computed.')).toBe(true);
  });

  it('with costs entered, the totals are figures and no note is added', () => {
    // 12 t of pulp at 800 €/t and 900 €/t: 9600 € and 10 800 €, 1200 € more.
    const pulp = scenarioOf([PULP_WITH_COSTS]);
    const pulpEstimate = estimateOf(pulp);
    const costSheet = workbookSheets({
      scenario: pulp,
      estimate: pulpEstimate,
      costs: scenarioCosts(pulp, pulpEstimate),
      language: 'en',
      t: (key, params) => translate('en', key, params),
      exportedAt: new Date(),
    }).find((s) => s.sheet === 'Whole-life cost')!.data as Row[];
    const total = costSheet.find((r) => r[0]?.value === 'Total')!;
    expect(total.slice(1).map((c) => c?.value)).toEqual([9600, 10800, 1200]);
    expect(costSheet.some((r) => r[0]?.value === 'No cost entered: the whole-life cost is not computed.')).toBe(false);
  });
});
