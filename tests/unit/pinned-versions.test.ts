// A scenario keeps the numbers of the table version it is pinned to, whatever versions ship after it.
import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { estimateWithTables, scenarioOf } from '../helpers';

const bundled = readBundledTables();
if (!bundled.ok) throw new Error('bundled tables do not parse');
const tables = bundled.value;

// The same purchases under each version: 10 000 kWh of grid electricity instead of natural gas (kWh PCI),
// and 50 k€ of IT services instead of IT products (a spend-based comparison, flagged as such).
const lines = (version: '2024.1' | '2025.1' | '2025.2') => [
  {
    id: 'heat',
    quantity: 10000,
    unit: 'kWh' as const,
    baseline: { factor: 'natural-gas-2022-pci' },
    alternative: { factor: version === '2024.1' ? 'electricity-grid-2023' : 'electricity-grid-2024' },
  },
  {
    id: 'it',
    quantity: 50,
    unit: 'kEUR' as const,
    baseline: { factor: version === '2024.1' ? 'spend-it-electronics-2022' : 'spend-it-electronics-2023' },
    alternative: { factor: version === '2024.1' ? 'spend-it-services-2022' : 'spend-it-services-2023' },
  },
];

describe('scenarios pinned to a version', () => {
  it.each([
    // 2024.1: heat 10 000 × (0.239 − 0.058) = 1 810; IT 50 × (238 − 79) = 7 950, two monetary ratios:
    // rule 8 keeps it out of the total, which is the heat alone
    ['2024.1', 1810, 7950],
    // 2025.1: heat 10 000 × (0.239 − 0.0519) = 1 871; IT 50 × (216 − 75) = 7 050, left out likewise
    ['2025.1', 1871, 7050],
    // 2025.2: the 2025.1 values annotated for the method rules, so the same figures
    ['2025.2', 1871, 7050],
  ] as const)('version %s gives its own figures with every version at hand', (version, heat, it) => {
    const scenario = scenarioOf(lines(version), { factorTable: { id: 'ademe-selection', version } });
    const estimate = estimateWithTables(scenario, tables);
    if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
    expect(estimate.value.table).toEqual({ id: 'ademe-selection', version });
    expect(estimate.value.lines[0]?.avoided).toBeCloseTo(heat, 9);
    expect(estimate.value.lines[1]?.avoided).toBeCloseTo(it, 9);
    expect(estimate.value.lines[1]?.warnings).toContain('spend-based-comparison');
    expect(estimate.value.lines[1]?.findings.map((f) => [f.rule, f.code, f.severity])).toContainEqual([8, 'spend-based-comparison', 'error']);
    expect(estimate.value.lines[1]?.counted).toBe(false);
    expect(estimate.value.totals.avoided).toBeCloseTo(heat, 9);
    expect(estimate.value.excluded.avoided).toBeCloseTo(it, 9);
  });

  it('a factor of one version is unknown to the other: versions are never mixed', () => {
    const scenario = scenarioOf(lines('2024.1'), { factorTable: { id: 'ademe-selection', version: '2025.1' } });
    const estimate = estimateWithTables(scenario, tables);
    expect(estimate.ok).toBe(false);
    if (!estimate.ok)
      expect(estimate.problems.map((p) => p.params?.factor)).toEqual(['electricity-grid-2023', 'spend-it-electronics-2022', 'spend-it-services-2022']);
  });
});
