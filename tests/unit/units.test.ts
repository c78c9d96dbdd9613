import { describe, expect, it } from 'vitest';
import { compatibleUnits, conversionMultiplier, dimensionOf, parseFactorUnit } from '../../src/domain';

describe('unit conversion', () => {
  it.each([
    ['g', 'kg', 0.001],
    ['t', 'kg', 1000],
    ['kg', 't', 0.001],
    ['MWh', 'kWh', 1000],
    // 1 GJ = 10^9 J and 1 kWh = 3.6·10^6 J
    ['GJ', 'kWh', 1e9 / 3.6e6],
    ['GJ', 'MWh', 1e9 / 3.6e9],
    ['m3', 'L', 1000],
    ['kEUR', 'EUR', 1000],
    ['EUR', 'kEUR', 0.001],
    ['unit', 'unit', 1],
  ] as const)('1 %s is %f %s', (from, to, expected) => {
    expect(conversionMultiplier(from, to)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['kg', 'kWh'],
    ['km', 'pkm'],
    ['pkm', 'tkm'],
    ['meal', 'unit'],
    ['EUR', 'unit'],
    ['m2', 'm3'],
  ] as const)('refuses %s to %s: different dimensions', (from, to) => {
    expect(conversionMultiplier(from, to)).toBeNull();
  });

  it('offers only units of the same dimension', () => {
    expect(compatibleUnits('kWh').sort()).toEqual(['GJ', 'MWh', 'kWh']);
    expect(compatibleUnits('meal')).toEqual(['meal']);
    expect(dimensionOf('tkm')).toBe('freight');
  });

  it('reads factor units written kgCO2e/<unit> only', () => {
    expect(parseFactorUnit('kgCO2e/kWh')).toBe('kWh');
    expect(parseFactorUnit('kgCO2e/kEUR')).toBe('kEUR');
    expect(parseFactorUnit('tCO2e/kWh')).toBeNull();
    expect(parseFactorUnit('kgCO2e/repas')).toBeNull();
    expect(parseFactorUnit('kgCO2e/constructor')).toBeNull();
  });
});
