// The same three contracts written in every shape DECP come in (tests/fixtures/decp/same-*): the 2019 and
// 2022 schemas in JSON and XML, and the tabular export. Each shape must give the same contracts and the
// same figures; the 2019 schema has no considerations, so there every contract is "not stated".
//
// The contracts, and the figures by hand:
//   2024-001  buyer 21590163800019  CPV 30197630  notified 2024-03-15  50,000.00 €     env clause + criterion = both, social clause
//             two holders (two rows in the tabular file, one contract)
//   2024-002  buyer 21590163800019  CPV 45210000-2 → 45210000  2024-06-01  120,000.50 €, modified on 2024-09-01
//             to 130,000.25 € and 8 months   env "Pas de considération" = none, social "Marché réservé" = reserved
//   2023-017  buyer 20002715900017  CPV 90511000  2023-11-30  800,000.00 €, a framework agreement (ceiling)
//             env criterion, social "Pas de considération" = none
//   Total 50,000 + 130,000.25 + 800,000 = 980,000.25 €.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { groupContracts } from '../../src/domain/decp/aggregate';
import { reportDecp } from '../../src/domain/decp/report';
import { fixture } from '../helpers';

const read = (name: string) => readDecpText(name, readFileSync(fixture(`decp/${name}`), 'utf8'));

const SHAPES_2022 = [
  ['same-2022.json', 'json-2022'],
  ['same-2022.xml', 'xml-2022'],
  ['same-tabular.csv', 'tabular'],
] as const;
const SHAPES_2019 = [
  ['same-2019.json', 'json-2019'],
  ['same-2019.xml', 'xml-2019'],
] as const;

/** What every shape must agree on, contract by contract. */
const essentials = (name: string) =>
  read(name).contracts.map((c) => ({
    key: c.key,
    cpv: c.cpv.value,
    notified: c.notificationDate.value,
    amount: c.amount.value,
    months: c.durationMonths.value,
    ceiling: c.amountIsCeiling,
  }));

const EXPECTED_CONTRACTS = [
  { key: '21590163800019|2024-001', cpv: '30197630', notified: '2024-03-15', amount: 50000, months: 12, ceiling: false },
  { key: '21590163800019|2024-002', cpv: '45210000', notified: '2024-06-01', amount: 130000.25, months: 8, ceiling: false },
  { key: '20002715900017|2023-017', cpv: '90511000', notified: '2023-11-30', amount: 800000, months: 48, ceiling: true },
];

describe('the same contracts in every shape', () => {
  it.each([...SHAPES_2022, ...SHAPES_2019])('%s is read as %s, three contracts, no defect', (name, shape) => {
    const file = read(name);
    expect(file.problem).toBeNull();
    expect(file.shape).toBe(shape);
    expect(file.defects).toEqual([]);
    expect(essentials(name)).toEqual(EXPECTED_CONTRACTS);
  });

  it.each(SHAPES_2022)('%s gives the hand-counted figures', (name) => {
    const { report } = reportDecp([read(name)]);
    expect(report.contracts).toBe(3);
    expect(report.duplicates).toBe(0);
    expect(report.environmental).toEqual({ clause: 0, criterion: 1, both: 1, none: 1, notStated: 0 });
    expect(report.environmentalAmounts).toEqual({ clause: 0, criterion: 800000, both: 50000, none: 130000.25, notStated: 0 });
    expect(report.social).toEqual({ clause: 1, criterion: 0, both: 0, reserved: 1, none: 1, notStated: 0 });
    expect(report.socialAmounts).toEqual({ clause: 50000, criterion: 0, both: 0, reserved: 130000.25, none: 800000, notStated: 0 });
    expect(report.amountUnknown).toBe(0);
    expect(report.ceilings).toEqual({ contracts: 1, amount: 800000 });
  });

  it.each(SHAPES_2019)('%s: the 2019 schema states no considerations, so all are notStated', (name) => {
    const { report } = reportDecp([read(name)]);
    expect(report.contracts).toBe(3);
    expect(report.environmental).toEqual({ clause: 0, criterion: 0, both: 0, none: 0, notStated: 3 });
    expect(report.social).toEqual({ clause: 0, criterion: 0, both: 0, reserved: 0, none: 0, notStated: 3 });
    expect(report.environmentalAmounts.notStated).toBe(980000.25);
    expect(report.socialAmounts.notStated).toBe(980000.25);
  });

  it('every shape splits by year, CPV division and buyer alike', () => {
    for (const [name] of [...SHAPES_2022, ...SHAPES_2019]) {
      const { contracts } = reportDecp([read(name)]);
      const split = (by: 'year' | 'cpv' | 'buyer') => groupContracts(contracts, by).map((g) => [g.key, g.contracts, g.environmentalAmounts]);
      const sum = (a: Record<string, number>) => Object.values(a).reduce((x, y) => x + y, 0);
      expect(
        split('year').map(([k, n, a]) => [k, n, sum(a as Record<string, number>)]),
        name,
      ).toEqual([
        ['2023', 1, 800000],
        ['2024', 2, 180000.25],
      ]);
      expect(
        split('cpv').map(([k, n]) => [k, n]),
        name,
      ).toEqual([
        ['30', 1],
        ['45', 1],
        ['90', 1],
      ]);
      expect(
        split('buyer').map(([k, n]) => [k, n]),
        name,
      ).toEqual([
        ['20002715900017', 1],
        ['21590163800019', 2],
      ]);
    }
  });

  it('all five files together: three contracts, twelve duplicates merged, the 2022 considerations kept', () => {
    // Each of the 3 contracts is in 5 files: 15 records, 12 merged. The versions tie on their latest date
    // (2024-002's tabular row, without its modification's date, is older), so the one read last wins:
    // the 2022 JSON, whose considerations are the ones counted.
    const names = ['same-2019.json', 'same-2019.xml', 'same-tabular.csv', 'same-2022.xml', 'same-2022.json'];
    const { report } = reportDecp(names.map(read));
    expect(report.contracts).toBe(3);
    expect(report.duplicates).toBe(12);
    expect(report.environmental).toEqual({ clause: 0, criterion: 1, both: 1, none: 1, notStated: 0 });
  });
});
