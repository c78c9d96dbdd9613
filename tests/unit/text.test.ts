// The one accent-folding function, as searching, column matching and file names use it.
import { describe, expect, it } from 'vitest';
import { foldAccents, foldForSearch } from '../../src/domain';

describe('folding text', () => {
  it.each([
    ['Bœuf haché', 'boeuf hache'],
    ['ŒUVRE', 'oeuvre'],
    ['Cæcum', 'caecum'],
    ['Quantité (kWh)', 'quantite (kwh)'],
    ['Électricité', 'electricite'],
  ])('%s searches as %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('keeps the case when only accents go', () => {
    expect(foldAccents('Achats durables d’une collectivité — Œuvre')).toBe('Achats durables d’une collectivite — OEuvre');
  });
});
