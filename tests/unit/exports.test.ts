// Files for analysts: CSV in both dialects, the XLSX workbook, the scenario file; hostile text neutralised.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FRENCH_SPREADSHEET_CSV, INTERNATIONAL_CSV, neutraliseFormula, writeCsv } from '../../src/data/formats/csv-writer';
import { estimateCategoriesCsv, estimateLinesCsv } from '../../src/data/formats/estimate-csv';
import { readScenarioFile, scenarioToJson } from '../../src/data/formats/scenario-file';
import { buildWorkbook, workbookSheets } from '../../src/data/formats/xlsx-export';
import { estimateScenario, scenarioCosts, simulateEstimate, type Estimate, type Scenario } from '../../src/domain';
import { translate } from '../../src/i18n';
import { scenarioOf, testIndex } from '../helpers';

const HOSTILE = ['=HYPERLINK("http://evil","x")', '+SUM(A1)', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

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

describe('CSV exports', () => {
  it('per category, in the French spreadsheet dialect: BOM, semicolons, decimal commas', () => {
    // food: 1000 × 0.5 × (6.29 − 0.51) = 2890 avoided, baseline 6290, alternative 3400
    // it: 120 × 156 × (1 − 4/6) = 6240 avoided, baseline 18720, alternative 12480
    const csv = estimateCategoriesCsv(estimate, FRENCH_SPREADSHEET_CSV);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(
      'category;line_count;baseline_kgco2e;alternative_kgco2e;avoided_kgco2e;avoided_p2_5_kgco2e;avoided_p97_5_kgco2e;table_id;table_version',
    );
    // No intervals computed: their columns stay, empty.
    expect(rows[1]).toBe('it;1;18720;12480;6240;;;test-table;1');
    expect(rows[2]).toBe('food;1;6290;3400;2890;;;test-table;1');
    expect(rows[3]).toBe('total;2;25010;15880;9130;;;test-table;1');
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
    expect(estimateCategoriesCsv(line, FRENCH_SPREADSHEET_CSV)).toContain('heating;1;0,717;0,0339;0,6831;');
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
    expect(read).toEqual({ ok: false, problems: ['mine.json: lines[0].quantity: Too small: expected number to be >=0'] });
    const truncated = readScenarioFile(scenarioToJson(scenario).slice(0, 80), 'cut.json');
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.problems[0]).toMatch(/^cut\.json: \(root\): Not valid JSON/);
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
    expect(sheets).toHaveLength(6);
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
    const pulp = scenarioOf(
      [
        {
          id: 'pulp',
          quantity: 12,
          unit: 't',
          baseline: { factor: 'pulp-virgin' },
          alternative: { factor: 'pulp-recycled' },
          costs: { baseline: { purchase: 800 }, alternative: { purchase: 900 } },
        },
      ],
      { economics: { carbonValue: { trajectory: 'quinet-2025', year: 2060 } } },
    );
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
