// Reading an ADEME Base Carbone® export: small CSVs written here with the export's real column names
// and rows copied from the V23.6 export. Every expected number is read off the rows written below.
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  decodeCsvBytes,
  importBaseCarbone,
  mapBaseCarboneCategory,
  mapBaseCarboneUnit,
  MAX_EXPORT_BYTES,
  parseDecimalComma,
  parseFullDate,
  type BaseCarboneImport,
} from '../../src/data/formats/base-carbone';

import { describeProblem } from '../../src/i18n/problem-words';
import { describeRejection } from '../../src/ui/tables/rejection-words';
// The 67 columns of the V23.6 export, in its order.
const HEADER = [
  'Type Ligne',
  "Identifiant de l'élément",
  'Structure',
  "Type de l'élément",
  "Statut de l'élément",
  'Nom base français',
  'Nom base anglais',
  'Nom base espagnol',
  'Nom attribut français',
  'Nom attribut anglais',
  'Nom attribut espagnol',
  'Nom frontière français',
  'Nom frontière anglais',
  'Nom frontière espagnol',
  'Code de la catégorie',
  'Tags français',
  'Tags anglais',
  'Tags espagnol',
  'Unité français',
  'Unité anglais',
  'Unité espagnol',
  'Contributeur',
  'Autres Contributeurs',
  'Programme',
  'Url du programme',
  'Source',
  'Localisation géographique',
  'Sous-localisation géographique français',
  'Sous-localisation géographique anglais',
  'Sous-localisation géographique espagnol',
  'Date de création',
  'Date de modification',
  'Période de validité',
  'Incertitude',
  'Réglementations',
  'Transparence',
  'Qualité',
  'Qualité TeR',
  'Qualité GR',
  'Qualité TiR',
  'Qualité C',
  'Qualité P',
  'Qualité M',
  'Commentaire français',
  'Commentaire anglais',
  'Commentaire espagnol',
  'Type poste',
  'Nom poste français',
  'Nom poste anglais',
  'Nom poste espagnol',
  'Total poste non décomposé',
  'CO2f',
  'CH4f',
  'CH4b',
  'N2O',
  'Code gaz supplémentaire 1',
  'Valeur gaz supplémentaire 1',
  'Code gaz supplémentaire 2',
  'Valeur gaz supplémentaire 2',
  'Code gaz supplémentaire 3',
  'Valeur gaz supplémentaire 3',
  'Code gaz supplémentaire 4',
  'Valeur gaz supplémentaire 4',
  'Code gaz supplémentaire 5',
  'Valeur gaz supplémentaire 5',
  'Autres GES',
  'CO2b',
];

type Row = Partial<Record<string, string>>;

const element = (fields: Row): Row => ({
  'Type Ligne': 'Elément',
  Structure: 'élément non décomposé',
  "Type de l'élément": "Facteur d'émission",
  "Statut de l'élément": 'Valide générique',
  ...fields,
});

function cells(row: Row, header = HEADER): string[] {
  return header.map((name) => row[name] ?? '');
}

function csvLine(values: readonly string[], sep = ';'): string {
  return values.map((v) => (/[";\r\n,]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(sep);
}

function csv(rows: readonly Row[], { header = HEADER, sep = ';', eol = '\r\n' } = {}): string {
  return [csvLine(header, sep), ...rows.map((r) => csvLine(cells(r, header), sep))].join(eol) + eol;
}

// Rows of the V23.6 export (values as written there).
const VEGETARIAN_MEAL = element({
  "Identifiant de l'élément": '20683',
  'Nom base français': 'Repas',
  'Nom base anglais': 'Meal',
  'Nom frontière français': 'végétarien',
  'Nom frontière anglais': 'vegan',
  'Code de la catégorie': 'Achats de services > Restauration',
  'Unité français': 'kgCO2e/repas',
  Contributeur: 'ADEME',
  'Date de création': '2014-11-05 00:00:00',
  'Date de modification': '2018-09-18 00:00:00',
  'Période de validité': '2021-12-01 00:00:00',
  Incertitude: '50',
  'Total poste non décomposé': '0,51',
});
const GRID_ELECTRICITY = element({
  "Identifiant de l'élément": '43642',
  'Nom base français': 'Electricité',
  'Nom base anglais': 'Grid electricity',
  'Nom attribut français': '2024 - mix moyen',
  'Nom attribut anglais': '2024',
  'Nom frontière français': 'consommation',
  'Code de la catégorie': 'Electricité > Mix réseau électrique > France continentale > Moyen',
  'Unité français': 'kgCO2e/kWh',
  Contributeur: 'ADEME',
  'Date de création': '2025-04-24 00:00:00',
  'Date de modification': '2025-04-24 00:00:00',
  'Période de validité': "Données valides pour l'année 2024",
  Incertitude: '10',
  'Commentaire français': 'Ce FE est basé sur le lissage des données des années 2024, 2023, 2022 et 2021.',
  'Total poste non décomposé': '0,0519',
});
const GRID_ELECTRICITY_UPSTREAM = {
  ...GRID_ELECTRICITY,
  'Type Ligne': 'Poste',
  'Type poste': 'Amont',
  'Total poste non décomposé': '0,0131',
};
const IT_SPEND = element({
  "Identifiant de l'élément": '43420',
  'Nom base français': 'Produits informatiques, électroniques et optiques - 2023',
  'Code de la catégorie': 'Achats de biens > Ratios monétaires',
  'Unité français': 'kgCO2e/keuro (2023) HT',
  Contributeur: 'SDES/INSEE',
  'Date de création': '2025-03-20 00:00:00',
  'Date de modification': '2025-03-20 00:00:00',
  'Période de validité': '2026',
  Incertitude: '80',
  'Total poste non décomposé': '216',
});
const VIRGIN_PULP = element({
  "Identifiant de l'élément": '26739',
  'Nom base français': 'Pâte à papier',
  'Nom base anglais': 'Paper',
  'Nom attribut français': 'Moyen',
  'Nom frontière français': 'neuf',
  'Nom frontière anglais': 'new',
  'Code de la catégorie': 'Achats de biens > Papier, carton',
  'Unité français': 'kgCO2e/tonne',
  Source: 'FEDEREC / ADEME',
  'Date de création': '2018-09-18 00:00:00',
  'Date de modification': '2018-09-18 00:00:00',
  'Période de validité': '2021-12-01 00:00:00',
  Incertitude: '20',
  'Total poste non décomposé': '297',
});
const NATURAL_GAS_PCI = element({
  "Identifiant de l'élément": '37132',
  'Nom base français': 'Gaz naturel - 2022',
  'Nom base anglais': 'Natural gas - 2022',
  'Nom attribut français': 'mix moyen',
  'Nom attribut anglais': 'Mix',
  'Nom frontière français': 'consommation',
  'Nom frontière anglais': 'Consumption',
  'Code de la catégorie': 'Combustibles > Fossiles > Gazeux > Gaz naturel',
  'Unité français': 'kgCO2e/kWh PCI',
  Contributeur: 'ADEME',
  'Date de création': '2023-03-15 00:00:00',
  'Date de modification': '2023-03-15 00:00:00',
  'Période de validité': '2025-02-28 00:00:00',
  Incertitude: '5',
  'Total poste non décomposé': '0,239',
});
// As the copied export has it: stray quotes around and inside the name, no uncertainty.
const CEREAL_BAR = element({
  "Identifiant de l'élément": '40963',
  'Nom base français': '"""Barre céréalière """"équilibre"""" aux fruits"""',
  'Nom base anglais': 'Cereal bar with fruit',
  'Nom attribut français': 'enrichie en vitamines et minéraux',
  'Nom attribut anglais': 'fortified with vitamins and minerals',
  'Code de la catégorie': 'Achats de biens > Produits agro-alimentaires, plats préparés et boissons > Produits céréaliers',
  'Unité français': 'kgCO2e/kg de poids net',
  Source: 'Agribalyse 3.1',
  'Date de création': '2023-03-16 00:00:00',
  'Date de modification': '2024-05-17 00:00:00',
  'Période de validité': '2026-02-24 00:00:00',
  'Total poste non décomposé': '2,46',
});
const ARCHIVED_SALAD = element({
  "Identifiant de l'élément": '34052',
  "Statut de l'élément": 'Archivé',
  'Nom base français': '"""\tSalade César au poulet (salade verte"""',
  'Code de la catégorie': 'Achats de biens > Produits agro-alimentaires, plats préparés et boissons > Entrées et plats composés',
  'Unité français': 'kgCO2e/kg de poids net',
  'Date de création': '2021-03-04 00:00:00',
  'Date de modification': '2024-05-17 00:00:00',
  'Total poste non décomposé': '2,81',
});
const WATER_SOFTENER_DATA = element({
  "Identifiant de l'élément": '23324',
  "Type de l'élément": 'Données source',
  'Nom base français': "Adoucisseur d'eau",
  'Code de la catégorie': 'Statistiques territoriales > Résidentiel > Equipements électriques',
  'Unité français': 'kWh / (ménage.an)',
  'Date de création': '2014-11-06 00:00:00',
  'Date de modification': '2014-11-06 00:00:00',
  'Total poste non décomposé': '20',
});
const COAL_PER_TOE = element({
  "Identifiant de l'élément": '12898',
  'Nom base français': 'Agglomérés de houille',
  'Code de la catégorie': 'Combustibles > Fossiles > Solides > Charbons',
  'Unité français': 'kgCO2e/tep PCI',
  'Date de création': '2014-10-17 00:00:00',
  'Date de modification': '2014-10-17 00:00:00',
  'Total poste non décomposé': '4382',
});
const LAND_USE_NEGATIVE = element({
  "Identifiant de l'élément": '15331',
  'Nom base français': "Changement d'affectation des sols direct (culture vers forêt)",
  'Code de la catégorie': "UTCF > Changement d'affectation des sols",
  'Unité français': 'kgCO2e/ha.an',
  'Date de création': '2014-11-05 00:00:00',
  'Date de modification': '2014-11-05 00:00:00',
  'Total poste non décomposé': '-1610',
});
// Made up: a Base Empreinte dataset from ecoinvent, a value written in words, a row without dates.
const ECOINVENT_ROW = { ...VIRGIN_PULP, "Identifiant de l'élément": '90001', Source: 'ecoinvent 3.9.1' };
const VALUE_IN_WORDS = { ...VIRGIN_PULP, "Identifiant de l'élément": '90002', 'Total poste non décomposé': 'voir commentaire' };
const NO_DATES = { ...VIRGIN_PULP, "Identifiant de l'élément": '90003', 'Date de création': '', 'Date de modification': 'inconnue' };

function imported(text: string, options = {}): Extract<BaseCarboneImport, { ok: true }> {
  const result = importBaseCarbone(text, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.problem.message).join('\n'));
  return result;
}

function refused(text: string, options = {}) {
  const result = importBaseCarbone(text, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

function problems(text: string, options = {}): string[] {
  const result = importBaseCarbone(text, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map((p) => p.problem.message);
}

describe('importBaseCarbone: accepted rows', () => {
  const result = imported(csv([VEGETARIAN_MEAL, GRID_ELECTRICITY, GRID_ELECTRICITY_UPSTREAM, IT_SPEND, VIRGIN_PULP, NATURAL_GAS_PCI, CEREAL_BAR]), {
    fileName: 'base-carbone.csv',
  });
  const factor = (sourceId: string) => result.table.factors.find((f) => f.sourceId === sourceId);

  it('counts 7 data rows: 6 factors, 1 breakdown row skipped, none rejected', () => {
    expect(result.counts).toEqual({ rows: 7, accepted: 6, rejected: 0, skipped: 1 });
    expect(result.rejected).toEqual([]);
    expect(result.table.factors.map((f) => f.id)).toEqual(['bc-20683', 'bc-43642', 'bc-43420', 'bc-26739', 'bc-37132', 'bc-40963']);
  });

  it('reads every field of the vegetarian meal', () => {
    expect(factor('20683')).toEqual({
      id: 'bc-20683',
      category: 'food',
      label: { fr: 'Repas — végétarien', en: 'Meal — vegan' },
      value: 0.51,
      unit: 'kgCO2e/meal',
      uncertainty: 0.5,
      source: 'ADEME – Base Carbone® (export) — contributeur : ADEME',
      sourceId: '20683',
      year: 2018,
      validUntil: '2021-12-01',
    });
  });

  it('reads the grid electricity: English names falling back to French, comment as note, validity not a date', () => {
    expect(factor('43642')).toEqual({
      id: 'bc-43642',
      category: 'energy',
      label: { fr: 'Electricité — 2024 - mix moyen — consommation', en: 'Grid electricity — 2024 — consommation' },
      value: 0.0519,
      unit: 'kgCO2e/kWh',
      uncertainty: 0.1,
      source: 'ADEME – Base Carbone® (export) — contributeur : ADEME',
      sourceId: '43642',
      year: 2025,
      note: {
        fr: 'Ce FE est basé sur le lissage des données des années 2024, 2023, 2022 et 2021.',
        en: 'Ce FE est basé sur le lissage des données des années 2024, 2023, 2022 et 2021.',
      },
    });
  });

  it('reads a spend-based ratio per k€ of 2023, excluding VAT, as kEUR in the IT category', () => {
    expect(factor('43420')).toMatchObject({
      category: 'it',
      value: 216,
      unit: 'kgCO2e/kEUR',
      uncertainty: 0.8,
      year: 2025,
      label: {
        fr: 'Produits informatiques, électroniques et optiques - 2023 — par k€ HT 2023',
        en: 'Produits informatiques, électroniques et optiques - 2023 — per k€ HT 2023 (excl. VAT)',
      },
      source: 'ADEME – Base Carbone® (export) — contributeur : SDES/INSEE',
    });
    expect(factor('43420')).not.toHaveProperty('validUntil'); // "2026" is a year, not a date
  });

  it('reads tonnes, kWh PCI, kg net weight, the Source column and dirty names', () => {
    expect(factor('26739')).toMatchObject({
      category: 'paper',
      value: 297,
      unit: 'kgCO2e/t',
      label: { fr: 'Pâte à papier — Moyen — neuf', en: 'Paper — Moyen — new' },
      source: 'ADEME – Base Carbone® (export) — source : FEDEREC / ADEME',
      year: 2018,
      validUntil: '2021-12-01',
    });
    expect(factor('37132')).toMatchObject({
      category: 'heating',
      value: 0.239,
      unit: 'kgCO2e/kWh',
      uncertainty: 0.05,
      label: {
        fr: 'Gaz naturel - 2022 — mix moyen — consommation — par kWh PCI',
        en: 'Natural gas - 2022 — Mix — Consumption — per kWh LHV (PCI)',
      },
      year: 2023,
      validUntil: '2025-02-28',
    });
    const bar = factor('40963');
    expect(bar).toMatchObject({
      category: 'food',
      value: 2.46,
      unit: 'kgCO2e/kg',
      label: {
        fr: 'Barre céréalière "équilibre" aux fruits — enrichie en vitamines et minéraux — par kg de poids net',
        en: 'Cereal bar with fruit — fortified with vitamins and minerals — per kg net weight',
      },
      source: 'ADEME – Base Carbone® (export) — source : Agribalyse 3.1',
      year: 2024,
      validUntil: '2026-02-24',
    });
    expect(bar).not.toHaveProperty('uncertainty');
  });

  it('makes a table dated by the latest modification among accepted rows', () => {
    const { factors: _factors, ...rest } = result.table;
    expect(rest).toEqual({
      format: 'carbone-evite/factor-table@1',
      id: 'base-carbone-import',
      version: '2025-04-24',
      title: { fr: 'Import Base Carbone® du 24/04/2025', en: 'Base Carbone® import of 2025-04-24' },
      publishedOn: '2025-04-24',
      licence: 'Licence Ouverte / Etalab 2.0 — ADEME, Base Carbone®',
      sources: ['base-carbone.csv'],
    });
  });

  it('takes the table id and version given', () => {
    const table = imported(csv([VEGETARIAN_MEAL]), { tableId: 'my-export', version: '23.6' }).table;
    expect([table.id, table.version, table.publishedOn, table.sources]).toEqual(['my-export', '23.6', '2018-09-18', ['Base Carbone® export']]);
  });

  it('falls back to the creation year when the modification date is not a date', () => {
    const row = { ...VIRGIN_PULP, 'Date de modification': '' };
    expect(imported(csv([row])).table.factors[0]?.year).toBe(2018);
    const created2016 = { ...VIRGIN_PULP, 'Date de création': '12/05/2016', 'Date de modification': 'n/a' };
    expect(imported(csv([created2016])).table.factors[0]?.year).toBe(2016);
  });

  it('cuts a long comment to about 400 characters', () => {
    const long = { ...VEGETARIAN_MEAL, 'Commentaire français': 'mot '.repeat(200), 'Commentaire anglais': 'Short.' };
    const note = imported(csv([long])).table.factors[0]?.note;
    expect(note?.fr.length).toBeLessThanOrEqual(400);
    expect(note?.fr.endsWith('…')).toBe(true);
    expect(note?.en).toBe('Short.');
  });
});

describe('importBaseCarbone: rejected rows', () => {
  // Line 1 is the header. The meal's comment holds a line break, so it spans lines 2 and 3.
  const rows = [
    { ...VEGETARIAN_MEAL, 'Commentaire français': 'Première ligne\nseconde ligne' }, // lines 2-3
    ARCHIVED_SALAD, // 4
    WATER_SOFTENER_DATA, // 5
    COAL_PER_TOE, // 6
    LAND_USE_NEGATIVE, // 7
    VALUE_IN_WORDS, // 8
    VEGETARIAN_MEAL, // 9: same id as line 2
    NO_DATES, // 10
    ECOINVENT_ROW, // 11
    GRID_ELECTRICITY_UPSTREAM, // 12: skipped
    GRID_ELECTRICITY, // 13
  ];
  const result = imported(csv(rows));

  it('counts 11 data rows: 2 accepted, 8 rejected, 1 skipped', () => {
    expect(result.counts).toEqual({ rows: 11, accepted: 2, rejected: 8, skipped: 1 });
    expect(result.table.factors.map((f) => f.sourceId)).toEqual(['20683', '43642']);
    expect(result.table.factors[0]?.note?.fr).toBe('Première ligne seconde ligne');
  });

  it('gives each rejected row its line number, reason and a sentence naming the value at fault', () => {
    expect(result.rejected.map(({ row, elementId, reason }) => ({ row, elementId, reason }))).toEqual([
      { row: 4, elementId: '34052', reason: 'archived' },
      { row: 5, elementId: '23324', reason: 'not-a-factor' },
      { row: 6, elementId: '12898', reason: 'unit' },
      { row: 7, elementId: '15331', reason: 'value' },
      { row: 8, elementId: '90002', reason: 'value' },
      { row: 9, elementId: '20683', reason: 'duplicate-id' },
      { row: 10, elementId: '90003', reason: 'missing-field' },
      { row: 11, elementId: '90001', reason: 'not-a-factor' },
    ]);
    const detail = (row: number) => result.rejected.find((r) => r.row === row)?.detail;
    expect(detail(4)).toContain('archived');
    expect(result.rejected[0]?.name).toBe('Salade César au poulet (salade verte'); // tab and quotes cleaned
    expect(detail(5)).toContain('"Données source"');
    expect(detail(6)).toContain('"kgCO2e/tep PCI"');
    expect(detail(7)).toContain('"-1610"');
    expect(detail(8)).toContain('"voir commentaire"');
    expect(detail(9)).toContain('row 2');
    expect(detail(10)).toContain('"inconnue"');
    expect(detail(11)).toMatch(/ecoinvent.*cannot be redistributed/);
  });

  it('rejects an uncertainty that is not a percentage', () => {
    const row = { ...VIRGIN_PULP, Incertitude: 'élevée' };
    const { rejected, counts } = imported(csv([VEGETARIAN_MEAL, row]));
    expect(counts.accepted).toBe(1);
    expect(rejected).toEqual([expect.objectContaining({ row: 3, reason: 'value', detail: expect.stringContaining('"élevée"') })]);
  });

  it('rejects a row with missing fields', () => {
    const text = csv([VEGETARIAN_MEAL]) + 'Elément;20684;élément non décomposé\r\n';
    const { rejected } = imported(text);
    expect(rejected).toEqual([expect.objectContaining({ row: 3, reason: 'missing-field', detail: expect.stringContaining('3 fields') })]);
  });

  it('refuses a file where no row makes a factor, with the counts per reason', () => {
    const [problem, ...more] = problems(csv([ARCHIVED_SALAD, COAL_PER_TOE, GRID_ELECTRICITY_UPSTREAM]), { fileName: 'old.csv' });
    expect(more).toEqual([]);
    expect(problem).toContain('"old.csv"');
    expect(problem).toContain('archived: 1, unit: 1');
  });
});

describe('importBaseCarbone: whole-file problems', () => {
  it('refuses a comma-separated file, naming the separator and the file', () => {
    const [problem] = problems(csv([VEGETARIAN_MEAL], { sep: ',' }), { fileName: 'export.csv' });
    expect(problem).toMatch(/"export\.csv" is separated by comma ","/);
  });

  it('refuses a tab-separated file', () => {
    expect(problems(csv([VEGETARIAN_MEAL], { sep: '\t' }))[0]).toMatch(/separated by tab/);
  });

  it('names the missing columns', () => {
    const header = HEADER.filter((h) => h !== 'Unité français' && h !== 'Incertitude');
    const [problem] = problems(csv([VEGETARIAN_MEAL], { header }), { fileName: 'cut.csv' });
    expect(problem).toBe('"cut.csv" lacks the columns "Unité français", "Incertitude" of a Base Carbone® export');
  });

  it('refuses a file where a quote opens and never closes, naming its line, rather than read the rest as one cell', () => {
    // Header on line 1, the meal on line 2, the quote opens in the third row's name (line 3); line 4 would vanish.
    const broken = { ...GRID_ELECTRICITY, 'Nom base français': '"Électricité' };
    const text = [csvLine(HEADER), csvLine(cells(VEGETARIAN_MEAL)), cells(broken).join(';'), csvLine(cells(IT_SPEND))].join('\r\n');
    const [problem] = refused(text, { fileName: 'cut.csv' });
    expect(problem?.problem).toMatchObject({ code: 'unterminated-quote', params: { line: 3 } });
    expect(describeProblem(problem!.problem, 'fr').text).toMatch(/^Le guillemet ouvert ligne 3 n’est jamais refermé/);
  });

  it('refuses an empty file and a file without data rows', () => {
    expect(problems('', { fileName: 'e.csv' })).toEqual(['"e.csv" is empty']);
    expect(problems(' \r\n\r\n')).toEqual(['The file is empty']);
    expect(problems(csv([]), { fileName: 'h.csv' })).toEqual(['"h.csv" has a header but no data rows']);
  });

  it('reads headers with a byte-order mark, quotes, spaces or underscores', () => {
    const header = HEADER.map((h, i) => (i === 0 ? `\uFEFF"${h}"` : i === 1 ? ` ${h.replace(/ /g, '_')} ` : h));
    const text = [header.join(';'), csvLine(cells(VEGETARIAN_MEAL))].join('\n');
    expect(imported(text).counts).toEqual({ rows: 1, accepted: 1, rejected: 0, skipped: 0 });
  });

  it('reports progress about every 1,000 rows, ending at 1', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ ...VEGETARIAN_MEAL, "Identifiant de l'élément": String(100000 + i) }));
    const fractions: number[] = [];
    imported(csv(rows), { onProgress: (f: number) => fractions.push(f) });
    // 2,500 data rows plus the empty record after the final line break: rows 1000 and 2000, then the end.
    expect(fractions).toHaveLength(3);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});

describe('a refused export and its rejected rows, worded for the Tables screen in the reader’s language', () => {
  it('names the file and says what is wrong in French and in English, never the engine’s English sentence in French', () => {
    const [comma] = refused(csv([VEGETARIAN_MEAL], { sep: ',' }), { fileName: 'export.csv' });
    expect(comma?.file).toBe('export.csv');
    expect(describeProblem(comma!.problem, 'fr').text).toBe(
      'Les colonnes sont séparées par des virgules, et non par des points-virgules comme dans un export de la Base Carbone®',
    );
    expect(describeProblem(comma!.problem, 'en').text).toBe('Its columns are separated by commas, not by semicolons as in a Base Carbone® export');
    const [empty] = refused('', { fileName: 'e.csv' });
    expect(describeProblem(empty!.problem, 'fr')).toEqual({ text: 'Le fichier est vide', path: '' });
  });

  it('counts the rows of a file that gave no factor by reason, in words', () => {
    // One archived element (the salad) and one in tonnes of oil equivalent, a unit the engine has not: 3 data rows,
    // the third (upstream grid electricity) a Poste row, skipped.
    const [nothing] = refused(csv([ARCHIVED_SALAD, COAL_PER_TOE, GRID_ELECTRICITY_UPSTREAM]), { fileName: 'old.csv' });
    expect(describeProblem(nothing!.problem, 'fr').text).toBe(
      'Aucun facteur d’émission ne peut en être importé (lignes de données : 3 ; lignes de détail « Poste » ignorées : 1 ; lignes refusées : 2 — élément archivé : 1, unité non reconnue : 1)',
    );
  });

  it('says why each row was rejected in the reader’s language, the export’s own values quoted', () => {
    const row = { ...VIRGIN_PULP, Incertitude: 'élevée' };
    const [rejected] = imported(csv([VEGETARIAN_MEAL, row])).rejected;
    expect(describeRejection(rejected!, 'fr')).toBe('L’incertitude « élevée » n’est pas un pourcentage de 0 à 400');
    expect(describeRejection(rejected!, 'en')).toBe('Uncertainty “élevée” is not a percentage from 0 to 400');
  });
});

describe('importBaseCarbone: large files', () => {
  // A valid row with a long comment (as real Agribalyse rows have), repeated with distinct ids.
  const template = csvLine(cells({ ...GRID_ELECTRICITY, "Identifiant de l'élément": '@ID@', 'Commentaire français': 'x'.repeat(1500) }));

  it('imports a 50 MB export', () => {
    const count = Math.ceil((50 * 1024 * 1024) / (template.length + 2));
    const lines = [csvLine(HEADER)];
    for (let i = 0; i < count; i++) lines.push(template.replace('@ID@', String(1_000_000 + i)));
    const text = lines.join('\r\n');
    expect(text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const result = imported(text);
    expect(result.counts).toEqual({ rows: count, accepted: count, rejected: 0, skipped: 0 });
    expect(result.table.factors.at(-1)).toMatchObject({ id: `bc-${1_000_000 + count - 1}`, value: 0.0519 });
  }, 60_000);

  it('refuses an export over 64 MB, saying its size', () => {
    const text = csvLine(HEADER) + '\r\n' + (template + '\r\n').repeat(Math.ceil(MAX_EXPORT_BYTES / template.length) + 1);
    const bytes = Buffer.byteLength(text, 'utf8');
    expect(bytes).toBeGreaterThan(64 * 1024 * 1024);
    const [problem] = problems(text, { fileName: 'huge.csv' });
    expect(problem).toContain(`"huge.csv" is ${(bytes / 1048576).toFixed(1)} MB (${bytes.toLocaleString('en-GB')} bytes)`);
    expect(problem).toContain('64 MB');
  }, 60_000);
});

describe('decodeCsvBytes', () => {
  // Windows-1252: Latin-1 above 0xA0, and these in 0x80–0x9F.
  const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, œ: 0x9c };
  function windows1252(text: string): Uint8Array {
    return Uint8Array.from([...text], (c) => {
      const code = CP1252_EXTRA[c] ?? c.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0 && !(c in CP1252_EXTRA))) throw new Error(`no Windows-1252 byte for ${c}`);
      return code;
    });
  }

  it('reads Windows-1252 bytes, those of 0x80–0x9F included', () => {
    const text = 'Élément;œuf – 12 €;l’année;°;ô;è';
    const bytes = windows1252(text);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xc9, 0x6c, 0xe9]);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads UTF-8 and drops its byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Type Ligne;Élément')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Type Ligne;Élément', encoding: 'utf-8' });
  });

  it('reads UTF-16 as Excel’s “Unicode text” writes it, with or without its byte-order mark, little- or big-endian', () => {
    const text = 'Libellé\tQuantité\r\nRepas végétarien\t1 200\r\n';
    const le = (t: string) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = (t: string) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    // « é » is U+00E9: E9 00 in little-endian.
    expect(Array.from(le('é'))).toEqual([0xe9, 0x00]);
    expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, ...le(text)]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(le(text))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(Uint8Array.from([0xfe, 0xff, ...be(text)]))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeCsvBytes(be(text))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('gives the same table from a Windows-1252 export and from a UTF-8 one with a byte-order mark', () => {
    const text = csv([VEGETARIAN_MEAL, GRID_ELECTRICITY, GRID_ELECTRICITY_UPSTREAM, IT_SPEND, ARCHIVED_SALAD]);
    const fromCp1252 = decodeCsvBytes(windows1252(text));
    const fromUtf8 = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect([fromCp1252.encoding, fromUtf8.encoding]).toEqual(['windows-1252', 'utf-8']);
    const a = imported(fromCp1252.text);
    const b = imported(fromUtf8.text);
    expect(a.counts).toEqual({ rows: 5, accepted: 3, rejected: 1, skipped: 1 });
    expect(a).toEqual(b);
    expect(a.table.factors[0]?.label.fr).toBe('Repas — végétarien');
  });
});

describe('cell readers', () => {
  it.each([
    ['0,51', 0.51],
    ['1 833', 1833],
    ['1\u00a0833,5', 1833.5],
    [' 216 ', 216],
    ['2,5E-3', 0.0025],
    ['-1610', -1610],
    ['', null],
    ['n.d.', null],
    ['1,2,3', null],
  ])('parseDecimalComma(%j) = %j', (cell, expected) => {
    expect(parseDecimalComma(cell)).toBe(expected);
  });

  it.each([
    ['2025-04-24 00:00:00', '2025-04-24'],
    ['2025-04-24', '2025-04-24'],
    ['24/04/2025', '2025-04-24'],
    ['1/2/2021 00:00', '2021-02-01'],
    ['2023', null],
    ["Données valides pour l'année 2024", null],
    ['déc.-21', null],
    ['31/02/2024', null],
  ])('parseFullDate(%j) = %j', (cell, expected) => {
    expect(parseFullDate(cell)).toBe(expected);
  });

  it('cleans stray quotes, tabs and double spaces', () => {
    expect(cleanText('"""\tSalade César au poulet (salade verte"""')).toBe('Salade César au poulet (salade verte');
    expect(cleanText('Pile alcaline  AAA')).toBe('Pile alcaline AAA');
    expect(cleanText('"""Bière """"spéciale"""" (5-6° alcool)"')).toBe('Bière "spéciale" (5-6° alcool)');
  });
});

describe('units of the export', () => {
  it.each([
    ['kgCO2e/unité', 'unit', undefined],
    ['kgCO2e/appareil', 'unit', 'appareil'],
    ['kgCO2e/repas', 'meal', undefined],
    ['kgCO2e/kWh', 'kWh', undefined],
    ['kgCO2e/kWh PCI', 'kWh', 'kWh PCI'],
    ['kgCO2e/KWh PCI', 'kWh', 'kWh PCI'],
    ['kgCO2e/kWh PCS', 'kWh', 'kWh PCS'],
    ['kgCO2e/GJ PCI', 'GJ', 'GJ PCI'],
    ['kgCO2e/MWh', 'MWh', undefined],
    ['kgCO2e/kg', 'kg', undefined],
    [' kgCO2e/Kg ', 'kg', undefined],
    ['kgCO2e/kg de poids net', 'kg', 'kg de poids net'],
    ['kgCO2e/kg de poids vif', 'kg', 'kg de poids vif'],
    ['kgCO2e/kgH2', 'kg', "kg d'hydrogène (H2)"],
    ['kgCO2e/tonne', 't', undefined],
    ['kgCO2e/tonne de déchets', 't', 'tonne de déchets'],
    ['kgCO2e/tonne produites', 't', 'tonne produite'],
    ['kgCO2e/t.km', 'tkm', undefined],
    ['kgCO2e/tonne.km', 'tkm', undefined],
    ['kgCO2e/passager.km', 'pkm', undefined],
    ['kgCO2e/km', 'km', undefined],
    ['kgCO2e/litre', 'L', undefined],
    ['kgCO2e/Litre', 'L', undefined],
    ['kgCO2e/m3', 'm3', undefined],
    ['kgCO2e/m²', 'm2', undefined],
    ['kgCO2e/m² SHON', 'm2', 'm² SHON'],
    ['kgCO2e/keuro (2023) HT', 'kEUR', 'k€ HT 2023'],
  ])('%j → %s', (text, unit, qualifierFr) => {
    const match = mapBaseCarboneUnit(text);
    expect(match?.unit).toBe(unit);
    expect(match?.qualifier?.fr).toBe(qualifierFr);
  });

  it.each([
    'kgCO2e/tep PCI',
    'kgCO2e/MJ PCI',
    'kgCO2e/ha',
    'kgCO2e/ha.an',
    'kgCO2e/mL',
    'kgCO2e/m',
    'kgCO2e/plant',
    'kgCO2e/100 feuilles A4',
    'kWh / (ménage.an)',
    '',
  ])('%j is not mapped', (text) => {
    expect(mapBaseCarboneUnit(text)).toBeNull();
  });
});

describe('categories of the export', () => {
  it.each([
    ['Achats de biens > Produits agro-alimentaires, plats préparés et boissons > Viandes, oeufs, poissons', '', 'food'],
    ['Achats de services > Restauration', '', 'food'],
    ['Electricité > Mix réseau électrique > France continentale', '', 'energy'],
    ['Combustibles > Fossiles > Liquides > Usage source fixe', '', 'heating'],
    ['Combustibles > Fossiles > Liquides > Usage sources mobiles > Usage routier', '', 'travel'],
    ['Réseaux de chaleur / froid > Île-de-France > 75. Paris', '', 'heating'],
    ['Transport de personnes > Ferroviaire > France continentale', '', 'travel'],
    ['Transport de marchandises > Routier > Par catégorie', '', 'travel'],
    ['Achats de biens > Machines et équipements > Informatique et équipements électroniques', '', 'it'],
    ['Achats de biens > Papier, carton', '', 'paper'],
    ['Achats de biens > Mobilier', '', 'furniture'],
    ["Achats de biens > Bâtiments, ouvrages d'art et voirie > Bâtiments", '', 'construction'],
    ['Achats de biens > Produits minéraux non métalliques > Ciment, chaux, plâtre, béton', '', 'construction'],
    ['Achats de biens > Textile et habillement > Coton', '', 'textiles'],
    ['Achats de biens > Plastiques et produits chimiques > Produits chimiques > Produits chimiques de base', '', 'cleaning'],
    ['Achats de biens > Plastiques et produits chimiques > Produits chimiques > Engrais, phytosanitaires... > Phytosanitaires', '', 'other'],
    ['Traitement des déchets > Ménages et assimilés > Emballages', '', 'other'],
    ['Achats de biens > Ratios monétaires', 'Produits informatiques, électroniques et optiques - 2023', 'it'],
    ['Achats de biens > Ratios monétaires', 'Meubles  - 2023', 'furniture'],
    ['Achats de services > Ratios monétaires', "Services d'hébergement et de restauration - 2023", 'food'],
    ['Achats de services > Ratios monétaires', 'Services immobiliers - 2023', 'other'],
  ])('%s (%s) → %s', (code, name, category) => {
    expect(mapBaseCarboneCategory(code, name)).toBe(category);
  });
});
