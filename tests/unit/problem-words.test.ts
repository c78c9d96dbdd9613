// Problems worded for people: where in words, what in the interface's language, the JSON path kept apart;
// never the engine's English sentence in the French interface.
import { describe, expect, it } from 'vitest';
import { parseJsonText, parseScenario, type Problem } from '../../src/domain';
import { describeProblem } from '../../src/i18n/problem-words';

const line = (over: Record<string, unknown>) => ({ id: 'a', quantity: 1, unit: 'meal', baseline: { factor: 'x' }, alternative: { factor: 'y' }, ...over });
const scenario = (over: Record<string, unknown>) => ({
  format: 'carbone-evite/scenario@1',
  name: 'Cantines',
  factorTable: { id: 't', version: '1' },
  lines: [line({})],
  ...over,
});

function problemsOf(input: unknown): Problem[] {
  const parsed = parseScenario(input);
  if (parsed.ok) throw new Error('accepted');
  return parsed.problems;
}

describe('describeProblem', () => {
  it('words every schema problem of a file, in French and in English, each with its JSON path', () => {
    const problems = problemsOf(
      scenario({
        name: undefined,
        lines: [line({ quantity: -1 }), line({ id: 'b', share: 1.5, baseline: { factor: 'x', lifetimeYears: 0 } })],
        economics: { discountRate: 0.25 },
      }),
    );
    const fr = problems.map((p) => describeProblem(p, 'fr'));
    const en = problems.map((p) => describeProblem(p, 'en'));
    expect(fr).toEqual([
      { text: 'Nom : valeur manquante', path: 'name' },
      // 0,2 with the French decimal comma.
      { text: 'Paramètres économiques, taux d’actualisation : doit être au plus 0,2', path: 'economics.discountRate' },
      { text: 'Ligne 1, quantité : doit être au moins 0', path: 'lines[0].quantity' },
      // gt(0): the bound itself is refused.
      { text: 'Ligne 2, référence, durée de vie (années) : doit être supérieur à 0', path: 'lines[1].baseline.lifetimeYears' },
      { text: 'Ligne 2, part : doit être au plus 1', path: 'lines[1].share' },
    ]);
    expect(en.map((p) => p.text)).toEqual([
      'Name: missing value',
      'Economics, discount rate: must be at most 0.2',
      'Line 1, quantity: must be at least 0',
      'Line 2, baseline, lifetime (years): must be more than 0',
      'Line 2, share: must be at most 1',
    ]);
    problems.forEach((p, i) => expect(fr[i]?.text).not.toContain(p.message));
  });

  it('words a value outside a list, a wrong type and a duplicate id', () => {
    const [type, unit] = problemsOf(scenario({ lines: [line({ unit: 'litre', quantity: '3' })] }));
    expect(describeProblem(unit!, 'fr').text).toMatch(/^Ligne 1, unité : doit valoir l’une de ces valeurs : .*\bmeal\b/);
    expect(describeProblem(type!, 'fr')).toEqual({ text: 'Ligne 1, quantité : doit être un nombre', path: 'lines[0].quantity' });
    expect(describeProblem(type!, 'en').text).toBe('Line 1, quantity: must be a number');
    const [twice] = problemsOf(scenario({ lines: [line({}), line({})] }));
    expect(describeProblem(twice!, 'fr')).toEqual({ text: 'Ligne 2, identifiant : l’identifiant « a » est utilisé deux fois', path: 'lines[1].id' });
    expect(describeProblem(twice!, 'en').text).toBe('Line 2, identifier: identifier “a” is used twice');
  });

  it('falls back on a generic sentence in the interface’s language, never the engine’s English, with the path', () => {
    // A check of the engine's own (low must not exceed high), and a problem with no parameters at all.
    const [range] = problemsOf(scenario({ lines: [line({ assumptions: { quantity: { low: 2, high: 1 } } })] }));
    expect(range?.message).toBe('low must not exceed high');
    expect(describeProblem(range!, 'fr')).toEqual({ text: 'Ligne 1, hypothèses, quantité : valeur refusée', path: 'lines[0].assumptions.quantity' });
    expect(describeProblem(range!, 'en').text).toBe('Line 1, assumptions, quantity: value refused');
    const bare: Problem = { code: 'invalid-value', path: ['sources', 0], message: 'Something in English' };
    expect(describeProblem(bare, 'fr')).toEqual({ text: 'Sources n° 1 : valeur refusée', path: 'sources[0]' });
  });

  it('says a file is not JSON, with the line and column when the parser gives them, and no path', () => {
    const json = parseJsonText('{"format": ');
    if (json.ok) throw new Error('accepted');
    expect(describeProblem(json.problems[0]!, 'fr')).toEqual({ text: 'Le fichier n’est pas du JSON lisible', path: '' });
    const placed: Problem = { code: 'invalid-json', path: [], message: 'Not valid JSON (line 3, column 7): …', params: { line: 3, column: 7 } };
    expect(describeProblem(placed, 'fr').text).toBe('Le fichier n’est pas du JSON lisible (ligne 3, colonne 7)');
    expect(describeProblem(placed, 'en').text).toBe('The file is not readable JSON (line 3, column 7)');
  });
});
