// A line's name for people: its label, else "<baseline> → <alternative>"; never its id.
import { describe, expect, it } from 'vitest';
import { lineName, lineNames } from '../../src/domain';

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
