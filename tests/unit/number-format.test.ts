// One rule for figures in result tables (three significant figures, trailing zeros kept, no decimals from 100
// up) and equivalences told with two significant figures. fr-FR groups with a narrow no-break space (U+202F)
// and writes "73,0 %" with a no-break space before the sign; en-GB "73.0%".
import { describe, expect, it } from 'vitest';
import { formatApproximate, formatSignificant } from '../../src/i18n/format';

const spaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatSignificant', () => {
  it('gives every figure of a column three significant figures, zeros kept', () => {
    // 0.0586 has three already; 5.8 → 5.80; 28.64 → 28.6; 11 → 11.0.
    expect(['0.0586', '5.8', '28.64', '11'].map((v) => formatSignificant(Number(v), 'fr'))).toEqual(['0,0586', '5,80', '28,6', '11,0']);
    expect(['0.0586', '5.8', '28.64', '11'].map((v) => formatSignificant(Number(v), 'en'))).toEqual(['0.0586', '5.80', '28.6', '11.0']);
    // A negative figure keeps the same rule: −0.04 → −0.0400.
    expect(formatSignificant(-0.04, 'en')).toBe('-0.0400');
  });

  it('never rounds whole units away: no decimals from 100 up', () => {
    // 160.24 → 160; 1234.5 → 1 235 (rounded half up to the unit).
    expect(spaces(formatSignificant(160.24, 'fr'))).toBe('160');
    expect(spaces(formatSignificant(1234.5, 'fr'))).toBe('1 235');
    expect(formatSignificant(1234.5, 'en')).toBe('1,235');
    expect(formatSignificant(0, 'fr')).toBe('0');
  });

  it('writes shares of one rule: 73 % and 74.9 % side by side read alike', () => {
    // 0.73 → 73.0 %; 0.749 → 74.9 %; 0.0512 → 5.12 %; 1 → 100 %.
    expect([0.73, 0.749, 0.0512, 1].map((r) => spaces(formatSignificant(r, 'fr', 'percent')))).toEqual(['73,0 %', '74,9 %', '5,12 %', '100 %']);
    expect([0.73, 0.749].map((r) => formatSignificant(r, 'en', 'percent'))).toEqual(['73.0%', '74.9%']);
  });
});

describe('formatApproximate', () => {
  it('tells a count with two significant figures', () => {
    // 95 622.6225 kg / 0.00293 kg per km = 32 635 707.3 → 33 000 000; / 0.256 = 373 525.9 → 370 000; / 6.29 = 15 202.3 → 15 000.
    expect(spaces(formatApproximate(95622.6225 / 0.00293, 'fr'))).toBe('33 000 000');
    expect(spaces(formatApproximate(95622.6225 / 0.256, 'fr'))).toBe('370 000');
    expect(formatApproximate(95622.6225 / 6.29, 'en')).toBe('15,000');
    // Small counts keep their two figures: 3.44 → 3.4.
    expect(formatApproximate(3.44, 'fr')).toBe('3,4');
  });
});
