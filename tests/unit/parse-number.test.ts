import { describe, expect, it } from 'vitest';
import { parseLocalNumber } from '../../src/i18n/parse-number';

describe('parseLocalNumber', () => {
  it.each([
    ['1 234,5', 'fr', 1234.5],
    ['1\u202f234,5', 'fr', 1234.5],
    ['1234.5', 'fr', 1234.5],
    ['0,25', 'fr', 0.25],
    ['−3', 'fr', -3],
    ['1,234.5', 'en', 1234.5],
    ['1234.5', 'en', 1234.5],
    ['.5', 'en', 0.5],
    ['2e3', 'en', 2000],
  ] as const)('%s (%s) is %f', (text, language, expected) => {
    expect(parseLocalNumber(text, language)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1e999', 'not-a-number'],
  ] as const)('refuses %j: %s', (text, reason) => {
    expect(parseLocalNumber(text, 'fr')).toEqual({ ok: false, reason });
  });
});
