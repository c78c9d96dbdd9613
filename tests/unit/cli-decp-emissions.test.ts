// `npm run estimate -- decp <file>... --emissions`: the report's JSON with `emissionsAtStake`, the same figures
// the app shows, computed by hand in decp-spend.test.ts for tests/fixtures/decp/spend-2022.json (ratios of table
// 2025.2: furniture 231, chemicals 603, IT services 75 kgCO2e/k€; ±80 %).
import { describe, expect, it } from 'vitest';
import { runEstimateCli } from '../../scripts/cli/dispatch';
import { fixture } from '../helpers';

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runEstimateCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const SPEND = fixture('decp/spend-2022.json');

describe('decp --emissions', () => {
  it('adds the emissions at stake per CPV division to the JSON, the report unchanged', () => {
    const { code, out, err } = cli('decp', SPEND, '--emissions');
    expect([code, err]).toEqual([0, '']);
    const r = JSON.parse(out);
    const plain = JSON.parse(cli('decp', SPEND).out);
    expect({ ...r, emissionsAtStake: undefined }).toEqual({ ...plain, emissionsAtStake: undefined });
    const e = r.emissionsAtStake;
    expect(e.mapping.version).toBe('2025.2');
    expect(e.mapping.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(e.table).toMatchObject({ id: 'ademe-selection', version: '2025.2' });
    // 12 × 231 + 5 × 603 = 5,787 kg in division 39 (8,000 € of domestic appliances unmapped); 40 × 75 = 3,000 kg in 72.
    expect(
      e.divisions.map((d: { division: string; amountEur: number; unmappedAmountEur: number; kgCO2e: object }) => [
        d.division,
        d.amountEur,
        d.unmappedAmountEur,
        d.kgCO2e,
      ]),
    ).toEqual([
      ['39', 25_000, 8_000, { central: 5_787, low: 1_157.4, high: 10_416.6 }],
      ['72', 40_000, 0, { central: 3_000, low: 600, high: 5_400 }],
    ]);
    expect(e.total).toEqual({
      contracts: 4,
      amountEur: 65_000,
      mappedAmountEur: 57_000,
      unmappedAmountEur: 8_000,
      kgCO2e: { central: 8_787, low: 1_757.4, high: 15_816.6 },
    });
    // The framework agreement: 100 × 75 = 7,500 kg, apart.
    expect(e.ceilings).toEqual({
      contracts: 1,
      amountEur: 100_000,
      mappedAmountEur: 100_000,
      unmappedAmountEur: 0,
      kgCO2e: { central: 7_500, low: 1_500, high: 13_500 },
    });
    expect(e.amountUnknown).toBe(0);
    expect(e.euroYears).toEqual([2023]);
    const part = e.divisions[0].parts.find((p: { key: string }) => p.key === '39');
    expect(part.factor).toBeNull();
    expect(part.reason.en).toMatch(/^Mixed division/);
    expect(e.statement.en).toMatch(/not avoided emissions/);
  });

  it('without --emissions, no emissionsAtStake', () => {
    expect(JSON.parse(cli('decp', SPEND).out)).not.toHaveProperty('emissionsAtStake');
  });

  it('is JSON only', () => {
    const { code, out, err } = cli('decp', SPEND, '--emissions', '--format', 'csv');
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/--emissions is given in the JSON only/);
  });
});
