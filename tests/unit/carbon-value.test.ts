import { describe, expect, it } from 'vitest';
import { CARBON_VALUE_TRAJECTORIES, carbonValue } from '../../src/domain';

const t2025 = CARBON_VALUE_TRAJECTORIES.find((t) => t.id === 'quinet-2025')!;
const t2019 = CARBON_VALUE_TRAJECTORIES.find((t) => t.id === 'quinet-2019')!;

describe('carbon value', () => {
  it('gives the published points', () => {
    expect(carbonValue(t2025, 2025)).toBe(256);
    expect(carbonValue(t2025, 2030)).toBe(300);
    expect(carbonValue(t2025, 2050)).toBe(563);
    expect(carbonValue(t2019, 2040)).toBe(500);
  });

  it('interpolates geometrically between them', () => {
    // 2027: 256 × (300/256)^(2/5) = 256 × exp(0.4 × ln 1.171875) = 256 × 1.06550 ≈ 272.77
    expect(carbonValue(t2025, 2027)).toBeCloseTo(256 * (300 / 256) ** 0.4, 9);
    expect(carbonValue(t2025, 2027)).toBeCloseTo(272.77, 1);
    // 2040 on the 2025 trajectory: 300 × (563/300)^(10/20) = 300 × 1.3699 ≈ 410.97 (NOTES §3: ≈ 411)
    expect(carbonValue(t2025, 2040)).toBeCloseTo(410.97, 1);
  });

  it('does not extrapolate', () => {
    expect(carbonValue(t2025, 2020)).toBe(256);
    expect(carbonValue(t2025, 2070)).toBe(563);
  });
});
