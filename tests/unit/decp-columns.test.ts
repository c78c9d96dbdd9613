// Contracts as columns, grouped and filtered, against figures counted by hand on
// tests/fixtures/decp/dashboard-2022.json:
//
//   row  id  buyer           CPV       procedure               place               notified    € excl. VAT        env        social
//   0    A   21590163800019  45233140  Procédure adaptée       postcode 59170      2023-02-01  30,000             clause     none
//   1    B   21590163800019  45210000  Appel d'offres ouvert   department 62       2024-05-10  260,000 (*)        criterion  clause
//   2    C   20002715900017  90511000  Appel d'offres ouvert   commune 75056       2024-07-01  1,000,000 ceiling  both       reserved
//   3    D   20002715900017  30197630  Procédure adaptée       region 53           2024-09-15  60,000.50          none       criterion
//   4    E   21350238800019  09310000  Procédure adaptée       —                   2023-12-31  0 → unknown        notStated  none
//   5    G   21590163800019  —         Procédure négociée ouv. —                   2024-01-20  6,000,000 (concession) clause  clause
//   (*) B is published twice; the later publication (2024-06-01, 260,000 €) wins over 250,000 €: one duplicate.
//   Places: 59170 → 59 → region 32; 62 → 32; 75056 → 75 → 11; region 53 without department.
//   Known amounts: 30,000 + 260,000 + 1,000,000 + 60,000.50 + 6,000,000 = 7,350,000.50 €.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { columnsOfContracts, type DecpColumns } from '../../src/domain/decp/columns';
import { concatColumns, sliceColumns } from '../../src/domain/decp/column-parts';
import { filterColumns } from '../../src/domain/decp/column-filter';
import { classShares, figuresOfColumns, groupColumns } from '../../src/domain/decp/column-figures';
import { DECP_COLUMN_GROUPINGS, type DecpColumnGrouping } from '../../src/domain/decp/column-keys';
import { reportDecp } from '../../src/domain/decp/report';
import { fixture } from '../helpers';

const read = (name: string) => readDecpText(name, readFileSync(fixture(`decp/${name}`), 'utf8'));
const dashboard = () => columnsOfContracts(read('dashboard-2022.json').contracts);

const keysAndCounts = (columns: DecpColumns, by: DecpColumnGrouping, selection?: Uint32Array) =>
  groupColumns(columns, by, { selection }).map((g) => [g.key, g.contracts]);

describe('contracts as columns', () => {
  it('holds six contracts, the duplicate merged into its later version', () => {
    const { columns, duplicates } = dashboard();
    expect(columns.length).toBe(6);
    expect(duplicates).toBe(1);
    expect([...columns.id.codes].map((c) => columns.id.values[c])).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
    expect([...columns.amountCents]).toEqual([3_000_000, 26_000_000, 100_000_000, 6_000_050, NaN, 600_000_000]);
    expect([...columns.notified]).toEqual([20230201, 20240510, 20240701, 20240915, 20231231, 20240120]);
  });

  it('gives the figures counted by hand, overall', () => {
    const f = figuresOfColumns(dashboard().columns);
    expect(f.contracts).toBe(6);
    expect(f.environmental).toEqual({ clause: 2, criterion: 1, both: 1, none: 1, notStated: 1 });
    expect(f.environmentalAmounts).toEqual({ clause: 6_030_000, criterion: 260_000, both: 1_000_000, none: 60_000.5, notStated: 0 });
    expect(f.social).toEqual({ clause: 2, criterion: 1, both: 0, reserved: 1, none: 2, notStated: 0 });
    expect(f.socialAmounts).toEqual({ clause: 6_260_000, criterion: 60_000.5, both: 0, reserved: 1_000_000, none: 30_000, notStated: 0 });
    expect(f.amountUnknown).toBe(1);
    expect(f.ceilings).toEqual({ contracts: 1, amount: 1_000_000 });
  });

  it('agrees with the figures of the contracts as objects', () => {
    const { report, contracts } = reportDecp([read('dashboard-2022.json')]);
    const { contracts: _n, ...objects } = report;
    const figures = figuresOfColumns(columnsOfContracts(contracts).columns);
    expect(figures.contracts).toBe(_n);
    expect({ ...figures }).toMatchObject({
      environmental: objects.environmental,
      social: objects.social,
      environmentalAmounts: objects.environmentalAmounts,
      socialAmounts: objects.socialAmounts,
      amountUnknown: objects.amountUnknown,
      ceilings: objects.ceilings,
    });
  });

  it.each([
    [
      'year',
      [
        ['2023', 2],
        ['2024', 4],
      ],
    ],
    [
      'cpv-division',
      [
        ['09', 1],
        ['30', 1],
        ['45', 2],
        ['90', 1],
        ['unknown', 1],
      ],
    ],
    [
      'cpv-group',
      [
        ['093', 1],
        ['301', 1],
        ['452', 2],
        ['905', 1],
        ['unknown', 1],
      ],
    ],
    [
      'buyer',
      [
        ['20002715900017', 2],
        ['21350238800019', 1],
        ['21590163800019', 3],
      ],
    ],
    [
      'procedure',
      [
        ["Appel d'offres ouvert", 2],
        ['Procédure adaptée', 3],
        ['Procédure négociée ouverte', 1],
      ],
    ],
    [
      'nature',
      [
        ['Concession de service', 1],
        ['Marché', 4],
        ['Marché de partenariat', 1],
      ],
    ],
    [
      'department',
      [
        ['59', 1],
        ['62', 1],
        ['75', 1],
        ['unknown', 3],
      ],
    ],
    [
      'region',
      [
        ['11', 1],
        ['32', 2],
        ['53', 1],
        ['unknown', 2],
      ],
    ],
    [
      'amount-band',
      [
        ['0-40000', 1],
        ['40000-90000', 1],
        ['221000-5538000', 2],
        ['5538000+', 1],
        ['unknown', 1],
      ],
    ],
  ] as const)('groups by %s', (by, expected) => {
    expect(keysAndCounts(dashboard().columns, by)).toEqual(expected);
  });

  it('every grouping puts each of the six contracts in exactly one group', () => {
    for (const by of DECP_COLUMN_GROUPINGS)
      expect(
        groupColumns(dashboard().columns, by).reduce((n, g) => n + g.contracts, 0),
        by,
      ).toBe(6);
  });

  it('sums amounts per group in euros, the unknown amount apart', () => {
    const years = groupColumns(dashboard().columns, 'year');
    const known = (g: (typeof years)[number]) => Object.values(g.environmentalAmounts).reduce((a, b) => a + b, 0);
    expect(years.map((g) => [g.key, known(g), g.amountUnknown])).toEqual([
      ['2023', 30_000, 1],
      ['2024', 7_320_000.5, 0],
    ]);
  });

  it.each([
    ['a region', { keys: { region: ['32'] } }, [0, 1]],
    ['a year and two CPV divisions', { keys: { year: ['2024'], 'cpv-division': ['45', '90'] } }, [1, 2]],
    ['environmental classes without ceilings', { environmental: ['clause', 'both'], ceilings: 'exclude' }, [0, 5]],
    ['ceilings only', { ceilings: 'only' }, [2]],
    ['concessions', { kinds: ['concession'] }, [5]],
    ['an unknown amount', { keys: { 'amount-band': ['unknown'] } }, [4]],
    ['a procedure and an unknown department', { keys: { procedure: ['Procédure adaptée'], department: ['unknown'] } }, [3, 4]],
    ['social classes', { social: ['reserved', 'criterion'] }, [2, 3]],
    ['a key no contract has', { keys: { year: ['1999'] } }, []],
    ['nothing', {}, [0, 1, 2, 3, 4, 5]],
  ] as const)('filters on %s', (_, filter, rows) => {
    expect([...filterColumns(dashboard().columns, filter)]).toEqual(rows);
  });

  it('groups a filtered selection', () => {
    const { columns } = dashboard();
    const selection = filterColumns(columns, { keys: { region: ['32'] } });
    expect(keysAndCounts(columns, 'year', selection)).toEqual([
      ['2023', 1],
      ['2024', 1],
    ]);
    expect(figuresOfColumns(columns, selection).environmentalAmounts).toEqual({ clause: 30_000, criterion: 260_000, both: 0, none: 0, notStated: 0 });
  });

  it('gives the shares of contracts and of amounts per class', () => {
    const shares = classShares(figuresOfColumns(dashboard().columns));
    expect(shares.environmental.contracts).toEqual({ clause: 2 / 6, criterion: 1 / 6, both: 1 / 6, none: 1 / 6, notStated: 1 / 6 });
    expect(shares.environmental.amounts.clause).toBeCloseTo(6_030_000 / 7_350_000.5, 12);
    expect(shares.environmental.any.contracts).toBeCloseTo(4 / 6, 12);
    expect(shares.environmental.any.amount).toBeCloseTo(7_290_000 / 7_350_000.5, 12);
    expect(shares.social.any.contracts).toBeCloseTo(4 / 6, 12);
    expect(shares.social.any.amount).toBeCloseTo(7_320_000.5 / 7_350_000.5, 12);
    expect(classShares(figuresOfColumns(dashboard().columns, new Uint32Array(0))).social.any).toEqual({ contracts: 0, amount: 0 });
  });

  it('slices into parts and joins them back to the same figures', () => {
    const { columns } = dashboard();
    const parts = [sliceColumns(columns, 0, 2), sliceColumns(columns, 2, 5), sliceColumns(columns, 5, 6)];
    expect(parts.map((p) => p.length)).toEqual([2, 3, 1]);
    // A slice's string tables hold only what its rows use: rows 0–1 name one buyer.
    expect(parts[0]!.buyer.values).toEqual(['', '21590163800019']);
    const joined = concatColumns(parts);
    expect(joined.duplicates).toBe(0);
    expect(figuresOfColumns(joined.columns)).toEqual(figuresOfColumns(columns));
    expect(keysAndCounts(joined.columns, 'buyer')).toEqual(keysAndCounts(columns, 'buyer'));
  });

  it('merges a contract present in two data sets, the later version winning', () => {
    const { columns } = dashboard();
    // The same six contracts twice: six duplicates, six contracts.
    const twice = concatColumns([columns, columns]);
    expect(twice.duplicates).toBe(6);
    expect(twice.columns.length).toBe(6);
    // The tabular fixture and the 2022 JSON of the same three contracts: tied dates, more modifications
    // win, then the part added last.
    const a = columnsOfContracts(read('same-tabular.csv').contracts).columns;
    const b = columnsOfContracts(read('same-2022.json').contracts).columns;
    const both = concatColumns([a, b]);
    expect(both.duplicates).toBe(3);
    expect(figuresOfColumns(both.columns).contracts).toBe(3);
  });

  it('tells apart one id used by two buyers when joining parts', () => {
    // Id X of buyer 1 (10 €), X of buyer 2 (20 €), and X of buyer 2 again, published later (30 €): two contracts,
    // one duplicate, the later version of buyer 2's X kept: 10 + 30 = 40 €.
    const one = (buyer: string, euros: number, published: string) =>
      columnsOfContracts(
        readDecpText(
          'x.json',
          JSON.stringify({
            marches: [{ id: 'X', acheteur: { id: buyer }, montant: euros, dateNotification: '2024-01-01', datePublicationDonnees: published }],
          }),
        ).contracts,
      ).columns;
    const joined = concatColumns([one('21590163800019', 10, '2024-01-02'), one('20002715900017', 20, '2024-01-02'), one('20002715900017', 30, '2024-02-01')]);
    expect(joined.columns.length).toBe(2);
    expect(joined.duplicates).toBe(1);
    expect([...joined.columns.amountCents]).toEqual([1000, 3000]);
  });

  it('keeps the buyer names the tabular export gives', () => {
    const { columns } = columnsOfContracts(read('same-tabular.csv').contracts);
    expect(groupColumns(columns, 'buyer').map((g) => [g.key, g.name])).toEqual([
      ['20002715900017', 'Ville de Dunkerque'],
      ['21590163800019', 'Ville de Croix'],
    ]);
  });
});
