import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARBON_VALUE_TRAJECTORIES, CARBON_VALUE_TRAJECTORY_IDS, CarbonValuesSchema, carbonValue } from '../../src/domain';

const t2025 = CARBON_VALUE_TRAJECTORIES.find((t) => t.id === 'quinet-2025')!;
const t2019 = CARBON_VALUE_TRAJECTORIES.find((t) => t.id === 'quinet-2019')!;
const file = JSON.parse(readFileSync(new URL('../../emission-factors/carbon-values.json', import.meta.url), 'utf8')) as {
  trajectories: { points: { year: number; readIn: string[] }[] }[];
};

describe('carbon value', () => {
  it('gives the published points', () => {
    expect(carbonValue(t2025, 2025)).toMatchObject({ status: 'published', value: 256 });
    expect(carbonValue(t2025, 2030)).toMatchObject({ status: 'published', value: 300 });
    expect(carbonValue(t2025, 2050)).toMatchObject({ status: 'published', value: 563 });
    expect(carbonValue(t2019, 2018)).toMatchObject({ status: 'published', value: 54 });
    expect(carbonValue(t2019, 2040)).toMatchObject({ status: 'published', value: 500 });
  });

  it('interpolates geometrically between them, naming the two points', () => {
    // 2027: 256 × (300/256)^(2/5) = 256 × exp(0.4 × ln 1.171875) = 256 × 1.06550 ≈ 272.77
    const y2027 = carbonValue(t2025, 2027);
    expect(y2027.status).toBe('interpolated');
    expect(y2027.value).toBeCloseTo(272.77, 1);
    expect(y2027).toMatchObject({ from: { year: 2025 }, to: { year: 2030 } });
    // 2040 on the 2025 trajectory: 300 × (563/300)^(10/20) = 300 × 1.3699 ≈ 410.97 (NOTES §3: ≈ 411, computed, not sourced)
    expect(carbonValue(t2025, 2040).value).toBeCloseTo(410.97, 1);
  });

  it('gives no value outside the published years, rather than holding the end value flat', () => {
    expect(carbonValue(t2025, 2024)).toEqual({ status: 'outside-range', value: null, first: 2025, last: 2050 });
    expect(carbonValue(t2025, 2051)).toEqual({ status: 'outside-range', value: null, first: 2025, last: 2050 });
    expect(carbonValue(t2019, 2017)).toEqual({ status: 'outside-range', value: null, first: 2018, last: 2050 });
  });
});

describe('the carbon-value data', () => {
  it('holds the trajectories a scenario may name, each point with where it was read and no page invented', () => {
    expect(CARBON_VALUE_TRAJECTORIES.map((t) => t.id).sort()).toEqual([...CARBON_VALUE_TRAJECTORY_IDS].sort());
    for (const t of CARBON_VALUE_TRAJECTORIES)
      for (const p of t.points) {
        expect(p.readIn.length).toBeGreaterThan(0);
        // Nobody has opened the reports (NOTES.md §3): a page appears here only once someone has.
        expect(p.pageInReport).toBeNull();
      }
  });

  it('refuses a point read in an unnamed source, and years out of order', () => {
    const unnamed = structuredClone(file);
    unnamed.trajectories[0]!.points[0]!.readIn = ['somewhere'];
    expect(CarbonValuesSchema.safeParse(unnamed).success).toBe(false);
    const disordered = structuredClone(file);
    disordered.trajectories[0]!.points[1]!.year = 2020;
    expect(CarbonValuesSchema.safeParse(disordered).success).toBe(false);
    expect(CarbonValuesSchema.safeParse(file).success).toBe(true);
  });
});
