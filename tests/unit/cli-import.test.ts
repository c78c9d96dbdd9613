// The command line with ADEME exports: `import-table`, and `--factors export.csv` for an estimate.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';

const dir = mkdtempSync(join(tmpdir(), 'carbone-evite-cli-import-'));

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, errLines: err.trim().split('\n') };
}

// The columns the reader needs, named as in the export; a real export has 67, in another order.
const HEADER = [
  'Type Ligne',
  "Identifiant de l'élément",
  "Type de l'élément",
  "Statut de l'élément",
  'Nom base français',
  'Nom base anglais',
  'Nom attribut français',
  'Nom attribut anglais',
  'Nom frontière français',
  'Nom frontière anglais',
  'Code de la catégorie',
  'Unité français',
  'Contributeur',
  'Source',
  'Date de création',
  'Date de modification',
  'Période de validité',
  'Incertitude',
  'Commentaire français',
  'Total poste non décomposé',
].join(';');
// Rows of the V23.6 export, reduced to those columns.
const BEEF_MEAL =
  "Elément;20687;Facteur d'émission;Valide générique;Repas;Meal;;;classique - avec boeuf;classic - with beef;Achats de services > Restauration;kgCO2e/repas;ADEME;;2014-11-05 00:00:00;2018-09-18 00:00:00;2021-12-01 00:00:00;50;;6,29";
const VEGETARIAN_MEAL =
  "Elément;20683;Facteur d'émission;Valide générique;Repas;Meal;;;végétarien;vegan;Achats de services > Restauration;kgCO2e/repas;ADEME;;2014-11-05 00:00:00;2018-09-18 00:00:00;2021-12-01 00:00:00;50;;0,51";
const GRID_ELECTRICITY =
  "Elément;43642;Facteur d'émission;Valide générique;Electricité;Grid electricity;2024 - mix moyen;2024;consommation;;Electricité > Mix réseau électrique > France continentale > Moyen;kgCO2e/kWh;ADEME;;2025-04-24 00:00:00;2025-04-24 00:00:00;Données valides pour l'année 2024;10;;0,0519";
const GRID_UPSTREAM = GRID_ELECTRICITY.replace(/^Elément/, 'Poste').replace(/0,0519$/, '0,0131');
const ARCHIVED =
  "Elément;34052;Facteur d'émission;Archivé;Salade César au poulet;;;;;;Achats de biens > Produits agro-alimentaires;kgCO2e/kg de poids net;;;2021-03-04 00:00:00;2024-05-17 00:00:00;2023-12-31 00:00:00;;;2,81";
const PER_TOE =
  "Elément;12898;Facteur d'émission;Valide générique;Agglomérés de houille;Concentrated coal;;;;;Combustibles > Fossiles > Solides > Charbons;kgCO2e/tep PCI;ADEME;;2014-10-17 00:00:00;2014-10-17 00:00:00;2017-12-01 00:00:00;20;;4382";

const exportFile = (name: string, rows: string[]) => write(name, [HEADER, ...rows].join('\r\n') + '\r\n');

const scenario = (factorTable: { id: string; version: string }) =>
  JSON.stringify({
    format: 'carbone-evite/scenario@1',
    name: 'Canteen',
    factorTable,
    lines: [{ id: 'meals', quantity: 1000, unit: 'meal', baseline: { factor: 'bc-20687' }, alternative: { factor: 'bc-20683' } }],
  });

describe('estimate import-table', () => {
  it('prints the table on stdout and the counts and rejected rows on stderr', () => {
    // Lines: 1 header, 2 beef, 3 archived, 4 vegetarian, 5 per toe, 6 breakdown, 7 electricity.
    const file = exportFile('export.csv', [BEEF_MEAL, ARCHIVED, VEGETARIAN_MEAL, PER_TOE, GRID_UPSTREAM, GRID_ELECTRICITY]);
    const { code, out, errLines } = cli('import-table', file);
    expect(code).toBe(0);
    expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + '\n');
    const table = JSON.parse(out);
    expect(table).toMatchObject({ id: 'base-carbone-import', version: '2025-04-24', publishedOn: '2025-04-24', sources: ['export.csv'] });
    expect(table.factors.map((f: { id: string; value: number; unit: string }) => [f.id, f.value, f.unit])).toEqual([
      ['bc-20687', 6.29, 'kgCO2e/meal'],
      ['bc-20683', 0.51, 'kgCO2e/meal'],
      ['bc-43642', 0.0519, 'kgCO2e/kWh'],
    ]);
    expect(errLines).toEqual([
      `${file}: 6 data rows: 3 factors accepted, 2 rows rejected, 1 breakdown (Poste) rows skipped`,
      `${file}:3: archived: Element 34052 is archived (Statut de l'élément "Archivé").`,
      `${file}:5: unit: Unit "kgCO2e/tep PCI" has no equivalent among the engine's units.`,
    ]);
  });

  it('takes --id and --version', () => {
    const file = exportFile('named.csv', [VEGETARIAN_MEAL]);
    const { code, out } = cli('import-table', file, '--id', 'ademe-export', '--version', '23.6');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ id: 'ademe-export', version: '23.6', publishedOn: '2018-09-18' });
  });

  it('lists the first 50 rejected rows, then how many more', () => {
    const archived = Array.from({ length: 53 }, (_, i) => ARCHIVED.replace('34052', String(50000 + i)));
    const file = exportFile('many.csv', [VEGETARIAN_MEAL, ...archived]);
    const { code, errLines } = cli('import-table', file);
    expect(code).toBe(0);
    expect(errLines).toHaveLength(1 + 50 + 1);
    expect(errLines[1]).toBe(`${file}:3: archived: Element 50000 is archived (Statut de l'élément "Archivé").`);
    expect(errLines[50]).toMatch(new RegExp(`^${file}:52: archived: Element 50049 `));
    expect(errLines[51]).toBe('… and 3 more');
  });

  it('exits 2 when no factor is accepted', () => {
    const file = exportFile('none.csv', [ARCHIVED, PER_TOE]);
    const { code, out, errLines } = cli('import-table', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(new RegExp(`^${file}: "none\\.csv" has no emission factor .*archived: 1, unit: 1`));
  });

  it('exits 2 on a whole-file problem, one line naming the file', () => {
    const comma = write('comma.csv', [HEADER.replace(/;/g, ','), VEGETARIAN_MEAL.replace(/;/g, ',')].join('\n'));
    const cases: [string, RegExp][] = [
      [comma, /: "comma\.csv" is separated by comma ","/],
      [write('empty.csv', ''), /: "empty\.csv" is empty$/],
      [write('cut.csv', HEADER.replace(';Incertitude', '') + '\n' + VEGETARIAN_MEAL), /lacks the column "Incertitude"/],
      [join(dir, 'missing.csv'), /: Cannot read the file: no such file$/],
    ];
    for (const [file, expected] of cases) {
      const { code, out, errLines } = cli('import-table', file);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(errLines).toHaveLength(1);
      expect(errLines[0]!.startsWith(`${file}: `)).toBe(true);
      expect(errLines[0]).toMatch(expected);
    }
  });

  it('refuses an export over 64 MB before reading it, saying its size', () => {
    const huge = write('huge.csv', '');
    truncateSync(huge, 70 * 1024 * 1024); // sparse: nothing is written
    const { code, errLines } = cli('import-table', huge);
    expect(code).toBe(2);
    expect(errLines).toEqual([`${huge}: the file is 70.0 MB (73,400,320 bytes), larger than the 64 MB an export may be`]);
  });

  it('reads a Windows-1252 export', () => {
    const text = [HEADER, VEGETARIAN_MEAL].join('\r\n');
    const bytes = Uint8Array.from([...text], (c) => c.charCodeAt(0)); // é, è, ô… are one byte each
    expect(bytes.includes(0xe9)).toBe(true);
    const { code, out } = cli('import-table', write('cp1252.csv', bytes));
    expect(code).toBe(0);
    expect(JSON.parse(out).factors[0].label.fr).toBe('Repas — végétarien');
  });

  it('usage errors exit 2 with the usage line', () => {
    for (const args of [['import-table'], ['import-table', 'a.csv', '--id'], ['import-table', 'a.csv', '--bogus'], ['import-table', 'a.csv', 'b.csv']]) {
      const { code, err } = cli(...args);
      expect(code).toBe(2);
      expect(err).toContain('usage: npm run estimate -- import-table');
    }
  });
});

describe('estimate with --factors export.csv', () => {
  const file = exportFile('canteen.csv', [BEEF_MEAL, ARCHIVED, VEGETARIAN_MEAL]);

  it('estimates a scenario pinned to the import of an official export', () => {
    const { code, out, err } = cli(write('pinned.json', scenario({ id: 'base-carbone-import', version: '2018-09-18' })), '--factors', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.table).toEqual({ id: 'base-carbone-import', version: '2018-09-18' });
    // 1000 × 6.29 − 1000 × 0.51 = 5780
    expect(result.totals.avoided).toBeCloseTo(5780, 9);
    expect(result.lines[0].explanation.baseline.factor).toMatchObject({ id: 'bc-20687', value: 6.29, sourceId: '20687' });
  });

  it('gives the import the id the scenario is pinned to', () => {
    const { code, out } = cli(write('own-id.json', scenario({ id: 'ademe-2025', version: '2018-09-18' })), '--factors', file);
    expect(code).toBe(0);
    expect(JSON.parse(out).table).toEqual({ id: 'ademe-2025', version: '2018-09-18' });
  });

  it('prints the rejected rows on stderr with --verbose only', () => {
    const { code, errLines } = cli(write('verbose.json', scenario({ id: 'base-carbone-import', version: '2018-09-18' })), '--factors', file, '--verbose');
    expect(code).toBe(0);
    expect(errLines).toEqual([
      `${file}: 3 data rows: 2 factors accepted, 1 rows rejected, 0 breakdown (Poste) rows skipped`,
      `${file}:3: archived: Element 34052 is archived (Statut de l'élément "Archivé").`,
    ]);
  });

  it('names the versions at hand when the scenario is pinned to another export date', () => {
    const { code, errLines } = cli(write('other-date.json', scenario({ id: 'base-carbone-import', version: '2025-04-24' })), '--factors', file);
    expect(code).toBe(2);
    expect(errLines).toEqual([expect.stringMatching(/factorTable\.version: .*no version "2025-04-24".*2018-09-18/)]);
  });

  it('an export that cannot be read is one line naming it, exit 2', () => {
    const bad = write('bad.csv', 'a,b,c\n1,2,3\n');
    const { code, errLines } = cli(write('s.json', scenario({ id: 'base-carbone-import', version: '2018-09-18' })), '--factors', bad);
    expect(code).toBe(2);
    expect(errLines).toEqual([expect.stringMatching(new RegExp(`^${bad}: "bad\\.csv" is separated by comma`))]);
  });
});
