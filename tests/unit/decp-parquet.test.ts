// The consolidated tabular dataset in Parquet gives the same contracts and figures as its CSV and the other
// shapes: the three contracts of tests/fixtures/decp/same-tabular.csv (by hand in decp-shapes.test.ts),
// written as Parquet with the published file's column types.
import { describe, expect, it } from 'vitest';
import { readDecpBytes } from '../../src/data/formats/decp/decp-bytes';
import { reportDecp } from '../../src/domain/decp/report';
import { tabularFixtureAsParquet } from '../decp-parquet-fixture';

describe('DECP in Parquet', () => {
  it('reads the three contracts of the tabular fixture, co-holders folded, no defect', async () => {
    const read = await readDecpBytes('same.parquet', tabularFixtureAsParquet());
    expect(read.problem).toBeNull();
    expect(read.shape).toBe('tabular');
    expect(read.defects).toEqual([]);
    expect(
      read.contracts.map((c) => ({
        key: c.key,
        cpv: c.cpv.value,
        notified: c.notificationDate.value,
        amount: c.amount.value,
        months: c.durationMonths.value,
        ceiling: c.amountIsCeiling,
      })),
    ).toEqual([
      { key: '21590163800019|2024-001', cpv: '30197630', notified: '2024-03-15', amount: 50000, months: 12, ceiling: false },
      { key: '21590163800019|2024-002', cpv: '45210000', notified: '2024-06-01', amount: 130000.25, months: 8, ceiling: false },
      { key: '20002715900017|2023-017', cpv: '90511000', notified: '2023-11-30', amount: 800000, months: 48, ceiling: true },
    ]);
  });

  it('gives the hand-counted figures of every other shape', async () => {
    const { report } = reportDecp([await readDecpBytes('same.parquet', tabularFixtureAsParquet())]);
    expect(report.contracts).toBe(3);
    expect(report.environmental).toEqual({ clause: 0, criterion: 1, both: 1, none: 1, notStated: 0 });
    expect(report.environmentalAmounts).toEqual({ clause: 0, criterion: 800000, both: 50000, none: 130000.25, notStated: 0 });
    expect(report.social).toEqual({ clause: 1, criterion: 0, both: 0, reserved: 1, none: 1, notStated: 0 });
    expect(report.socialAmounts).toEqual({ clause: 50000, criterion: 0, both: 0, reserved: 130000.25, none: 800000, notStated: 0 });
    expect(report.ceilings).toEqual({ contracts: 1, amount: 800000 });
  });

  it('reads the place of execution columns', async () => {
    const bytes = tabularFixtureAsParquet('decp/same-tabular.csv', {
      lieuExecution_code: ['59170', '59170', '62', null],
      lieuExecution_typeCode: ['Code postal', 'Code postal', 'Code département', null],
    });
    const read = await readDecpBytes('same.parquet', bytes);
    expect(read.contracts.map((c) => [c.place.department, c.place.region])).toEqual([
      ['59', '32'],
      ['62', '32'],
      [null, null],
    ]);
  });

  it('reads one row group at a time, folding co-holders across groups, and says its progress per group', async () => {
    // One row a group: 2024-001's two holders are in groups 1 and 2.
    const seen: number[] = [];
    const read = await readDecpBytes('groups.parquet', tabularFixtureAsParquet('decp/same-tabular.csv', {}, 1), (f) => seen.push(f));
    expect(read.contracts.map((c) => c.key)).toEqual(['21590163800019|2024-001', '21590163800019|2024-002', '20002715900017|2023-017']);
    expect(read.contracts.map((c) => c.record)).toEqual(['row 1', 'row 3', 'row 4']);
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('a Parquet file cut short is a problem of the file, not an exception', async () => {
    const whole = tabularFixtureAsParquet();
    const read = await readDecpBytes('cut.parquet', whole.slice(0, Math.floor(whole.byteLength / 2)));
    expect(read.contracts).toEqual([]);
    expect(read.problem).toMatch(/^not readable as Parquet/);
  });
});
