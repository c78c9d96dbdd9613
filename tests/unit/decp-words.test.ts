// The public contracts screen's catalogues: the same keys in both languages, each with the same placeholders.
import { describe, expect, it } from 'vitest';
import { decpEn } from '../../src/i18n/decp-en';
import { decpFr } from '../../src/i18n/decp-fr';
import { translateDecp } from '../../src/i18n/decp-words';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('contracts screen words', () => {
  it('has the same keys and placeholders in French and English', () => {
    expect(Object.keys(decpEn).sort()).toEqual(Object.keys(decpFr).sort());
    for (const [key, fr] of Object.entries(decpFr)) expect(placeholders(decpEn[key as keyof typeof decpFr]), key).toEqual(placeholders(fr));
  });

  it('fills placeholders in the language asked for', () => {
    expect(translateDecp('fr', 'decp.drill.page', { page: 2, pages: 5 })).toBe('Page 2 sur 5');
    expect(translateDecp('en', 'decp.drill.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});
