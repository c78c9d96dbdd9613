// The dashboard's rows, target gaps and drill-down pages, against figures counted by hand on
// tests/fixtures/decp/dashboard-2022.json (its contracts are tabulated in decp-columns.test.ts):
//
//   id  buyer           CPV div.  notified    € excl. VAT          env        social
//   A   21590163800019  45        2023-02-01  30,000               clause     none
//   B   21590163800019  45        2024-05-10  260,000              criterion  clause
//   C   20002715900017  90        2024-07-01  1,000,000 (ceiling)  both       reserved
//   D   20002715900017  30        2024-09-15  60,000.50            none       criterion
//   E   21350238800019  09        2023-12-31  unknown (0)          notStated  none
//   G   21590163800019  —         2024-01-20  6,000,000 (conc.)    clause     clause
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { figuresOfColumns, groupColumns } from '../../src/domain/decp/column-figures';
import { filterColumns } from '../../src/domain/decp/column-filter';
import { contractRowsOf } from '../../src/domain/decp/column-rows';
import { columnsOfContracts } from '../../src/domain/decp/columns';
import { shareRow, shareRows, targetGaps } from '../../src/domain/decp/dashboard';
import { fixture } from '../helpers';

const { columns } = columnsOfContracts(readDecpText('dashboard-2022.json', readFileSync(fixture('decp/dashboard-2022.json'), 'utf8')).contracts);
// 30,000 + 260,000 + 1,000,000 + 60,000.50 + 6,000,000
const KNOWN = 7_350_000.5;

describe('dashboard rows', () => {
  it('environmental shares of every contract, of contracts and of known amounts', () => {
    const row = shareRow(figuresOfColumns(columns), 'environmental');
    expect(row).toMatchObject({ key: 'all', contracts: 6, amount: KNOWN, amountUnknown: 1, ceilings: { contracts: 1, amount: 1_000_000 } });
    expect(row.cells.clause).toEqual({ contracts: 2, amount: 6_030_000, contractShare: 2 / 6, amountShare: 6_030_000 / KNOWN });
    expect(row.cells.notStated).toEqual({ contracts: 1, amount: 0, contractShare: 1 / 6, amountShare: 0 });
    // A clause (A, G), a criterion (B), both (C): 4 of 6; 6,030,000 + 260,000 + 1,000,000 of the known euros.
    expect(row.withConsideration.contracts).toBeCloseTo(4 / 6, 12);
    expect(row.withConsideration.amount).toBeCloseTo(7_290_000 / KNOWN, 12);
  });

  it('social shares count a reserved contract as a consideration', () => {
    const row = shareRow(figuresOfColumns(columns), 'social');
    expect(Object.keys(row.cells)).toEqual(['clause', 'criterion', 'both', 'reserved', 'none', 'notStated']);
    // B and G a clause, D a criterion, C reserved: 4 of 6.
    expect(row.withConsideration.contracts).toBeCloseTo(4 / 6, 12);
    expect(row.cells.reserved).toEqual({ contracts: 1, amount: 1_000_000, contractShare: 1 / 6, amountShare: 1_000_000 / KNOWN });
  });

  it('per year, within a filter: 2024 holds B, C, D, G; 2023 holds A and E', () => {
    const rows = shareRows(groupColumns(columns, 'year'), 'environmental');
    expect(rows.map((r) => [r.key, r.contracts, r.withConsideration.contracts])).toEqual([
      ['2023', 2, 0.5],
      ['2024', 4, 0.75],
    ]);
    // Region 32 (Hauts-de-France) holds A and B: both with a consideration.
    const selection = filterColumns(columns, { keys: { region: ['32'] } });
    expect(shareRow(figuresOfColumns(columns, selection), 'environmental').withConsideration).toEqual({ contracts: 1, amount: 1 });
  });
});

describe('distance from a target', () => {
  it('per buyer at 100 %: the buyer with nothing first, then half-way, then the one that meets it', () => {
    const gaps = targetGaps(groupColumns(columns, 'buyer'), 'environmental', 1);
    expect(gaps.map((g) => [g.key, g.contracts, g.share, g.gap, g.missing])).toEqual([
      ['21350238800019', 1, 0, 1, 1],
      ['20002715900017', 2, 0.5, 0.5, 1],
      ['21590163800019', 3, 1, 0, 0],
    ]);
  });

  it('at 80 %, and for social considerations', () => {
    const at80 = targetGaps(groupColumns(columns, 'buyer'), 'environmental', 0.8);
    expect(at80.map((g) => [g.key, g.missing])).toEqual([
      ['21350238800019', 1],
      ['20002715900017', 1], // 0.8 × 2 = 1.6 contracts: one more than the one it has
      ['21590163800019', 0],
    ]);
    expect(at80[1]!.gap).toBeCloseTo(0.3, 12);
    // Social: E none (0 of 1), A none beside B and G clauses (2 of 3), C reserved and D criterion (2 of 2).
    const social = targetGaps(groupColumns(columns, 'buyer'), 'social', 1);
    expect(social.map((g) => g.key)).toEqual(['21350238800019', '21590163800019', '20002715900017']);
    expect(social[1]!.gap).toBeCloseTo(1 / 3, 12);
  });

  it('per CPV division: equal gaps by contracts then key; the concession without CPV is `unknown`', () => {
    const gaps = targetGaps(groupColumns(columns, 'cpv-division'), 'environmental', 1);
    expect(gaps.map((g) => [g.key, g.gap])).toEqual([
      ['09', 1],
      ['30', 1],
      ['45', 0],
      ['90', 0],
      ['unknown', 0],
    ]);
  });
});

describe('drill-down pages', () => {
  it('reads only the rows of the page asked for, in the selection’s order', () => {
    const in2024 = filterColumns(columns, { keys: { year: ['2024'] } });
    expect([...in2024]).toEqual([1, 2, 3, 5]);
    const page = contractRowsOf(columns, in2024, 1, 2);
    expect(page).toEqual([
      {
        row: 2,
        id: 'C',
        object: 'Collecte des déchets',
        buyer: '20002715900017',
        buyerName: '',
        cpv: '90511000',
        procedure: "Appel d'offres ouvert",
        nature: 'Marché',
        amountEur: 1_000_000,
        notified: '2024-07-01',
        environmental: 'both',
        social: 'reserved',
        ceiling: true,
        concession: false,
        file: 'dashboard-2022.json',
      },
      expect.objectContaining({ row: 3, id: 'D', amountEur: 60_000.5, environmental: 'none', social: 'criterion', ceiling: false }),
    ]);
    expect(contractRowsOf(columns, in2024, 3, 25)).toEqual([expect.objectContaining({ id: 'G', cpv: '', concession: true, amountEur: 6_000_000 })]);
    expect(contractRowsOf(columns, Uint32Array.of(4), 0, 25)).toEqual([expect.objectContaining({ id: 'E', amountEur: null, notified: '2023-12-31' })]);
  });
});
