// A line's name for people: its label, else "<baseline> → <alternative>"; never its id.
import { describe, expect, it } from 'vitest';
import { lineName, lineNames, textFor } from '../../src/domain';

const side = (fr: string, en: string) => ({ factor: { label: { fr, en } } });
const line = (label: string | undefined) => ({
  id: 'l-858814f3',
  label,
  explanation: { baseline: side('Repas avec bœuf', 'Beef meal'), alternative: side('Repas végétarien', 'Vegetarian meal') },
});

describe('lineName', () => {
  it('is the line’s own label when it has one', () => {
    expect(lineName(line('Cantine'), 'fr')).toBe('Cantine');
    expect(lineName(line('  Cantine '), 'en')).toBe('Cantine');
  });

  it('without a label (empty, only spaces or absent), is its two factors in the language asked, never its id', () => {
    expect(lineName(line(''), 'fr')).toBe('Repas avec bœuf → Repas végétarien');
    expect(lineName(line('   '), 'en')).toBe('Beef meal → Vegetarian meal');
    expect(lineName(line(undefined), 'en')).toBe('Beef meal → Vegetarian meal');
    expect(lineNames(line(''))).toEqual({ fr: 'Repas avec bœuf → Repas végétarien', en: 'Beef meal → Vegetarian meal' });
    expect(lineNames(line('')).fr).not.toContain('l-858814f3');
  });
});

describe('textFor: a template’s text read in the reader’s language until the buyer rewrites it', () => {
  const both = { fr: 'Cantines : un 2e repas végétarien', en: 'Canteens: a 2nd vegetarian meal' };

  it('while the stored text is the template’s own (in either language), gives it in the language asked', () => {
    expect(textFor(both.fr, both, 'en')).toBe(both.en);
    expect(textFor(both.en, both, 'fr')).toBe(both.fr);
    expect(textFor(` ${both.fr} `, both, 'en')).toBe(both.en);
  });

  it('once rewritten, gives the buyer’s text in every language; without both languages, the stored text', () => {
    expect(textFor('Cantines du collège', both, 'en')).toBe('Cantines du collège');
    expect(textFor('Cantine', undefined, 'en')).toBe('Cantine');
    expect(textFor(undefined, both, 'en')).toBeUndefined();
  });

  it('names a line from a template in the reader’s language, and by the buyer’s label once edited', () => {
    expect(lineName({ ...line(both.fr), labels: both }, 'en')).toBe(both.en);
    expect(lineNames({ ...line('Cantines du collège'), labels: both })).toEqual({ fr: 'Cantines du collège', en: 'Cantines du collège' });
  });
});
