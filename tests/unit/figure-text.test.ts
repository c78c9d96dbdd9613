import { describe, expect, it } from 'vitest';
import { figureText } from '../../src/ui/exports/figure-text';
import { loadTestTable } from '../helpers';

const table = loadTestTable();
const totals = (avoided: number) => ({ baseline: 10_000, alternative: 10_000 - avoided, avoided });

describe('the words of an exported figure', () => {
  it('names the scenario, the buyer and year, the total with its basis and range, and credits the table and the day', () => {
    const text = figureText({
      scenario: { name: 'Cantines 2026', organisation: 'Ville de Quimper', year: 2026 },
      estimate: { totals: totals(95_600), basis: 'per-year', periodYears: null },
      table,
      interval: { p2_5: 80_600, p97_5: 116_000 },
      language: 'fr',
      day: '2026-12-02',
    });
    expect(text.title).toBe('Cantines 2026');
    expect(text.subtitle).toBe('Ville de Quimper · 2026 · Émissions de référence, de l’option durable et évitées par catégorie d’achat, en t CO2e');
    // 95 600 kg = 95,6 t, one decimal from a tonne up.
    expect(text.total).toBe('Émissions potentiellement évitées, par an : 95,6 t CO2e');
    expect(text.range).toBe('intervalle à 95 % : 80,6 t CO2e à 116,0 t CO2e');
    expect(text.increase).toBe(false);
    expect(text.credit).toMatch(
      /^Estimation de premier niveau .* Facteurs : Table de test \(valeurs Base Carbone V23\.6\), version 1 \([0-9a-f]{12}\)\. Carbone évité, 2 décembre 2026\.$/,
    );
  });

  it('says an increase as one, its range in the same terms, in English, with no buyer line when none is given', () => {
    const text = figureText({
      scenario: { name: 'Paper', organisation: '  ', year: undefined },
      estimate: { totals: totals(-240), basis: 'period', periodYears: 3 },
      table,
      // Avoided −1 200 kg to +721 kg: from an increase of 1.2 t to 0.721 t avoided.
      interval: { p2_5: -1_200, p97_5: 721 },
      language: 'en',
      day: '2026-01-05',
    });
    expect(text.subtitle).toBe('Baseline, sustainable-option and avoided emissions by purchase category, in t CO2e');
    // 240 kg is below a tonne: three significant digits, 0.24 t.
    expect(text.total).toBe('Potential increase in emissions, over 3 year(s): 0.24 t CO2e');
    expect(text.increase).toBe(true);
    expect(text.range).toBe('95 % interval: from an increase of 1.2 t CO2e to 0.721 t CO2e avoided');
    expect(text.credit).toMatch(/Factors: Test table \(Base Carbone V23\.6 values\), version 1 \([0-9a-f]{12}\)\. Carbone évité, 5 January 2026\.$/);
  });
});
