// A 95 % interval in the same terms as its figure (issue 12, point 2): avoided, an increase (bounds negated and
// swapped), or from an increase to avoided when it spans zero. Tonnes: one decimal from 1 t, three significant
// digits below.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCatalogue } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { rangeWords } from '../../src/ui/results/range-words';

beforeAll(() => registerCatalogue('en', en));

describe('rangeWords', () => {
  it('says an avoided range as it is', () => {
    // 500 kg = 0.5 t (three significant digits below 1 t); 3000 kg = 3.0 t.
    expect(rangeWords({ p2_5: 500, p97_5: 3000 }, 'fr')).toBe('intervalle à 95 % : 0,5 t CO2e à 3,0 t CO2e');
    expect(rangeWords({ p2_5: 500, p97_5: 3000 }, 'en')).toBe('95 % interval: 0.5 t CO2e to 3.0 t CO2e');
  });

  it('says a range below zero as an increase, its bounds negated and swapped', () => {
    // Avoided −2500 to −400 kg is an increase of 400 kg (0.4 t) to 2500 kg (2.5 t).
    expect(rangeWords({ p2_5: -2500, p97_5: -400 }, 'fr')).toBe('intervalle à 95 % : hausse de 0,4 t CO2e à 2,5 t CO2e');
    expect(rangeWords({ p2_5: -2500, p97_5: -400 }, 'en')).toBe('95 % interval: an increase of 0.4 t CO2e to 2.5 t CO2e');
  });

  it('says plainly when the range spans both signs (the recycled-paper case)', () => {
    // Avoided −1200 to 721 kg: from an increase of 1.2 t to 0.721 t avoided.
    expect(rangeWords({ p2_5: -1200, p97_5: 721 }, 'fr')).toBe('intervalle à 95 % : d’une hausse de 1,2 t CO2e à 0,721 t CO2e évitées');
    expect(rangeWords({ p2_5: -1200, p97_5: 721 }, 'en')).toBe('95 % interval: from an increase of 1.2 t CO2e to 0.721 t CO2e avoided');
  });
});
