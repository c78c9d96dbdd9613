// Emissions at stake and the scenario started from contracts, against figures computed by hand with the
// ratios of table 2025.2 (kgCO2e per k€ excl. VAT, 2023 euros, uncertainty 80 %: low = 0.2 ×, high = 1.8 ×):
// construction 245, furniture 231, chemicals 603, IT services 75.
//
// tests/fixtures/decp/dashboard-2022.json (see decp-columns.test.ts):
//   A 45233140  30,000 €   → 45, 30 k€ × 245 = 7,350 kg
//   B 45210000  260,000 €  → 45, 260 × 245 = 63,700 kg             division 45: 290,000 €, 71,050 kg [14,210 – 127,890]
//   C 90511000  1,000,000 € framework ceiling, 90 unmapped        apart, never in the total
//   D 30197630  60,000.50 € → 301 unmapped
//   E 09310000  amount 0   → unknown amount
//   G concession, no CPV, 6,000,000 € → unmapped (`unknown`)
//   Total: 4 contracts, 6,350,000.50 €, of which 290,000 mapped and 6,060,000.50 unmapped.
//
// tests/fixtures/decp/spend-2022.json:
//   S1 39130000  12,000 €  → 391 furniture    12 × 231 = 2,772 kg
//   S2 39830000  5,000 €   → 398 chemicals    5 × 603  = 3,015 kg
//   S3 39710000  8,000 €   → 39 (397 domestic appliances), unmapped
//   S4 72000000  100,000 € framework ceiling  → 72, 100 × 75 = 7,500 kg apart [1,500 – 13,500]
//   S5 72500000  40,000 €  → 72               40 × 75 = 3,000 kg [600 – 5,400]
//   Division 39: 3 contracts, 25,000 €, 17,000 mapped, 8,000 unmapped, 5,787 kg [1,157.4 – 10,416.6]
//   Total: 4 contracts, 65,000 €, 57,000 mapped, 8,000 unmapped, 8,787 kg [1,757.4 – 15,816.6]
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveBundledSpendMapping } from '../../src/data/bundled/cpv-spend';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { evaluateScenario, parseScenario, type Scenario } from '../../src/domain';
import { columnsOfContracts } from '../../src/domain/decp/columns';
import { scenarioFromContracts } from '../../src/domain/decp/contract-scenario';
import { emissionsAtStake, type SpendRange } from '../../src/domain/decp/emissions-at-stake';
import { fixture } from '../helpers';

const tables = (() => {
  const read = readBundledTables();
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
})();
const resolved = (() => {
  const r = resolveBundledSpendMapping(tables);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
})();
const columnsOf = (name: string) => columnsOfContracts(readDecpText(name, readFileSync(fixture(`decp/${name}`), 'utf8')).contracts).columns;
const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

const expectRange = (range: SpendRange | null, central: number, low: number, high: number) => {
  expect(range).not.toBeNull();
  expect(range!.central).toBeCloseTo(central, 6);
  expect(range!.low).toBeCloseTo(low, 6);
  expect(range!.high).toBeCloseTo(high, 6);
};

describe('emissions at stake', () => {
  it('per CPV division, ceilings apart, unknown amounts and unmapped amounts said (dashboard-2022)', () => {
    const e = emissionsAtStake(columnsOf('dashboard-2022.json'), resolved);
    expect(e.divisions.map((d) => [d.division, d.contracts, d.amountEur, d.mappedAmountEur, d.amountUnknown, d.ceilings.contracts])).toEqual([
      ['09', 0, 0, 0, 1, 0],
      ['30', 1, 60_000.5, 0, 0, 0],
      ['45', 2, 290_000, 290_000, 0, 0],
      ['90', 0, 0, 0, 0, 1],
      ['unknown', 1, 6_000_000, 0, 0, 0],
    ]);
    const d45 = e.divisions.find((d) => d.division === '45')!;
    expectRange(d45.kgCO2e, 71_050, 14_210, 127_890);
    expect(d45.parts.map((p) => [p.key, p.factor?.id, p.contracts])).toEqual([['45', 'spend-construction-2023', 2]]);
    expect(d45.label?.en).toBe('Construction work');
    expect(e.total).toMatchObject({ contracts: 4, amountEur: 6_350_000.5, mappedAmountEur: 290_000, unmappedAmountEur: 6_060_000.5 });
    expectRange(e.total.kgCO2e, 71_050, 14_210, 127_890);
    expect(e.ceilings).toMatchObject({ contracts: 1, amountEur: 1_000_000, mappedAmountEur: 0, unmappedAmountEur: 1_000_000 });
    expect(e.amountUnknown).toBe(1);
    expect(e.euroYears).toEqual([2023]);
    expect(e.withoutUncertainty).toEqual([]);
    const unknown = e.divisions.at(-1)!.parts[0]!;
    expect([unknown.factor, unknown.kgCO2e, unknown.reason.en]).toEqual([null, null, 'No CPV code (concessions publish none): no ratio can be chosen.']);
  });

  it('groups of a mixed division, a mapped ceiling apart (spend-2022)', () => {
    const e = emissionsAtStake(columnsOf('spend-2022.json'), resolved);
    const d39 = e.divisions.find((d) => d.division === '39')!;
    expect(d39.parts.map((p) => [p.key, p.factor?.id ?? null, p.amountEur])).toEqual([
      ['39', null, 8_000],
      ['391', 'spend-furniture-2023', 12_000],
      ['398', 'spend-chemicals-2023', 5_000],
    ]);
    expect(d39).toMatchObject({ contracts: 3, amountEur: 25_000, mappedAmountEur: 17_000, unmappedAmountEur: 8_000 });
    expectRange(d39.kgCO2e, 5_787, 1_157.4, 10_416.6);
    const d72 = e.divisions.find((d) => d.division === '72')!;
    expectRange(d72.kgCO2e, 3_000, 600, 5_400);
    expectRange(d72.ceilings.kgCO2e, 7_500, 1_500, 13_500);
    expect(e.total).toMatchObject({ contracts: 4, amountEur: 65_000, mappedAmountEur: 57_000, unmappedAmountEur: 8_000 });
    expectRange(e.total.kgCO2e, 8_787, 1_757.4, 15_816.6);
    expect(e.ceilings).toMatchObject({ contracts: 1, amountEur: 100_000, mappedAmountEur: 100_000 });
    expectRange(e.ceilings.kgCO2e, 7_500, 1_500, 13_500);
  });

  it('of a selection only', () => {
    // Rows 0 and 4 of spend-2022: S1 (2,772 kg) and S5 (3,000 kg).
    const e = emissionsAtStake(columnsOf('spend-2022.json'), resolved, Uint32Array.of(0, 4));
    expect(e.divisions.map((d) => d.division)).toEqual(['39', '72']);
    expectRange(e.total.kgCO2e, 5_772, 1_154.4, 10_389.6);
    expect(e.ceilings.contracts).toBe(0);
  });

  it('says what monetary ratios cannot tell, in both languages', () => {
    const e = emissionsAtStake(columnsOf('spend-2022.json'), resolved, new Uint32Array(0));
    expect(e.divisions).toEqual([]);
    expect(e.total.kgCO2e).toEqual({ central: 0, low: 0, high: 0 });
    expect(e.statement.fr).toMatch(/ne distingue pas un achat durable d’un achat conventionnel/);
    expect(e.statement.en).toMatch(/cannot tell a sustainable purchase from a conventional one/);
    expect(e.mapping.version).toBe('2025.2');
    expect(e.table).toMatchObject({ id: 'ademe-selection', version: '2025.2' });
  });
});

describe('a scenario started from contracts', () => {
  const columns = columnsOf('spend-2022.json');

  it('one line per usable contract: object, amount, CPV, a spend-based baseline; unmapped and unknown amounts left out', () => {
    const { scenario, lineBy, leftOut } = scenarioFromContracts(columns, all(columns.length), resolved, { name: 'Marchés 2024', language: 'fr' });
    expect(lineBy).toBe('contract');
    expect(leftOut).toEqual({ amountUnknown: 0, unmapped: { contracts: 1, amountEur: 8_000 } });
    expect(scenario.factorTable).toEqual({ id: 'ademe-selection', version: '2025.2', checksum: resolved.mapping.table.checksum });
    expect(scenario.lines.map((l) => [l.id, l.label, l.quantity, l.unit, l.baseline.factor, l.alternative.factor, l.share, l.fromContracts?.cpv])).toEqual([
      ['c1', 'Mobilier de bureau', 12_000, 'EUR', 'spend-furniture-2023', 'spend-furniture-2023', 0, '39130000'],
      ['c2', "Produits d'entretien", 5_000, 'EUR', 'spend-chemicals-2023', 'spend-chemicals-2023', 0, '39830000'],
      [
        'c3',
        'Accord-cadre de tierce maintenance applicative (plafond d’accord-cadre)',
        100_000,
        'EUR',
        'spend-it-services-2023',
        'spend-it-services-2023',
        0,
        '72000000',
      ],
      ['c4', 'Hébergement du site internet', 40_000, 'EUR', 'spend-it-services-2023', 'spend-it-services-2023', 0, '72500000'],
    ]);
    expect(scenario.lines[2]!.fromContracts).toEqual({
      cpv: '72000000',
      contracts: 1,
      amountEur: 100_000,
      ids: [{ buyer: '21590163800019', id: 'S4' }],
      ceiling: true,
    });
    expect(scenario.lines[0]!.baseline.reference?.kind).toBe('previous-contract');
    // What a file written from it reads back as: the same scenario.
    const reread = parseScenario(JSON.parse(JSON.stringify(scenario)));
    expect(reread.ok && reread.value).toEqual(scenario);
  });

  it('evaluates without claiming any avoided tonne: every line needs activity data (rule 8, error, both languages)', () => {
    const { scenario } = scenarioFromContracts(columns, all(columns.length), resolved, { name: 'x', language: 'en' });
    const evaluation = evaluateScenario(scenario, tables);
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
    const { estimate } = evaluation.value;
    expect(estimate.totals).toEqual({ baseline: 0, alternative: 0, avoided: 0 });
    // Left out: the spend-based baselines, 12 × 231 + 5 × 603 + 100 × 75 + 40 × 75 = 16,287 kg; nothing avoided.
    expect(estimate.excluded.baseline).toBeCloseTo(16_287, 6);
    expect(estimate.excluded.avoided).toBe(0);
    for (const line of estimate.lines) {
      expect(line.counted).toBe(false);
      expect(line.findings.map((f) => [f.rule, f.code, f.severity])).toEqual([[8, 'activity-data-needed', 'error']]);
      expect(line.findings[0]!.message.fr).toMatch(/Ligne hors total/);
      expect(line.findings[0]!.message.en).toMatch(/Line left out of the total/);
    }
  });

  it('once the buyer states activity data on both sides, the line counts', () => {
    const { scenario } = scenarioFromContracts(columns, Uint32Array.of(0), resolved, { name: 'x', language: 'en' });
    const line = scenario.lines[0]!;
    const stated: Scenario = {
      ...scenario,
      lines: [
        { ...line, quantity: 40, unit: 'unit', baseline: { ...line.baseline, factor: 'chair-plastic' }, alternative: { factor: 'chair-wood' }, share: 1 },
      ],
    };
    const evaluation = evaluateScenario(stated, tables);
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
    const counted = evaluation.value.estimate.lines[0]!;
    expect(counted.counted).toBe(true);
    expect(counted.findings.map((f) => f.code)).not.toContain('activity-data-needed');
    // 40 chairs × (34.4 − 18.6) kgCO2e = 632 kg.
    expect(evaluation.value.estimate.totals.avoided).toBeCloseTo(632, 6);
    // Without the mark, two monetary ratios fall under rule 8's general check again.
    const unmarked: Scenario = { ...scenario, lines: [{ ...line, fromContracts: undefined }] };
    const general = evaluateScenario(unmarked, tables);
    expect(general.ok && general.value.estimate.lines[0]!.findings.map((f) => f.code)).toContain('spend-based-comparison');
  });

  it('past the cap, one line per CPV division or group, the amounts added', () => {
    const { scenario, lineBy } = scenarioFromContracts(columns, all(columns.length), resolved, { name: 'x', language: 'en', maxLines: 3 });
    expect(lineBy).toBe('cpv');
    expect(scenario.lines.map((l) => [l.id, l.label, l.quantity, l.fromContracts?.contracts, l.fromContracts?.ceiling ?? false])).toEqual([
      ['g1', 'CPV 391 — Furniture (1 contract)', 12_000, 1, false],
      ['g2', 'CPV 398 — Cleaning and polishing products (1 contract)', 5_000, 1, false],
      ['g3', 'CPV 72 — IT services: consulting, software development, Internet and support (2 contracts)', 140_000, 2, true],
    ]);
    expect(scenario.lines[2]!.fromContracts?.ids).toEqual([
      { buyer: '21590163800019', id: 'S4' },
      { buyer: '21590163800019', id: 'S5' },
    ]);
  });
});
