import { describe, expect, it } from 'vitest';
import { sourceText } from '../../src/i18n/source-text';

describe('sourceText', () => {
  it('keeps French text as it is in French', () => {
    expect(sourceText('ADEME – Base Carbone® V23.6 (contributeur ADEME)', 'fr')).toBe('ADEME – Base Carbone® V23.6 (contributeur ADEME)');
  });
  it('translates the words around a source in English, and leaves the source’s own title', () => {
    expect(sourceText('ADEME – Base Carbone® V23.6 (contributeur ADEME ; étude ADEME « Modélisation »)', 'en')).toBe(
      'ADEME – Base Carbone® V23.6 (contributor: ADEME ; study ADEME « Modélisation »)',
    );
    expect(sourceText('Base Carbone (source : IFPEN ; programme : DPE)', 'en')).toBe('Base Carbone (source: IFPEN ; programme: DPE)');
  });
  it('names the licence in English', () => {
    expect(sourceText('Licence Ouverte / Etalab 2.0 — crédit : ADEME – Base Carbone® V23.6', 'en')).toBe(
      'Etalab Open Licence 2.0 — credit: ADEME – Base Carbone® V23.6',
    );
  });
});
