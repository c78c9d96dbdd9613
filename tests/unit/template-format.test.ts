// The `carbone-evite/template@1` format: texts in one language or both, the scenario it opens as, and every
// problem of a broken file reported with its JSON path.
import { describe, expect, it } from 'vitest';
import { formatPath, type Problem } from '../../src/domain';
import { parseScenarioOrTemplate, parseTemplate, parseTemplates, scenarioFromTemplate, TEMPLATE_FORMAT, TEMPLATES_FORMAT } from '../../src/domain/template';
import { isMissingTable, templateFactors } from '../../src/domain/template-factors';
import { loadTestTable } from '../helpers';

const line = (id = 'meals') => ({
  id,
  label: { fr: 'Repas végétariens', en: 'Vegetarian meals' },
  provenance: { fr: 'Repas servis l’an dernier', en: 'Meals served last year' },
  quantity: 1000,
  unit: 'meal',
  share: 0.5,
  baseline: { factor: 'meal-beef', reference: { kind: 'previous-contract', note: { fr: 'Contrat 2024', en: '2024 contract' } } },
  alternative: { factor: 'meal-vegetarian' },
});

const template = (extra: Record<string, unknown> = {}, lines: unknown[] = [line()]) => ({
  format: TEMPLATE_FORMAT,
  id: 'veggie-meals',
  title: { fr: 'Repas végétariens', en: 'Vegetarian meals' },
  summary: 'Un repas sur deux.',
  assumptions: { fr: ['Hypothèse'], en: ['Assumption'] },
  scenario: { format: 'carbone-evite/scenario@1', name: { fr: 'Repas', en: 'Meals' }, factorTable: { id: 'test-table', version: '1' }, lines },
  ...extra,
});

const where = (problems: readonly Problem[]) => problems.map((p) => formatPath(p.path));

describe('template@1', () => {
  it('opens as a scenario@1 in each language, the provenance left out, both languages kept beside the texts given in both', () => {
    const parsed = parseTemplate(template());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const en = scenarioFromTemplate(parsed.value, 'en');
    expect(en).toEqual({
      format: 'carbone-evite/scenario@1',
      name: 'Meals',
      factorTable: { id: 'test-table', version: '1' },
      customFactors: [],
      lines: [
        {
          id: 'meals',
          label: 'Vegetarian meals',
          labels: { fr: 'Repas végétariens', en: 'Vegetarian meals' },
          quantity: 1000,
          unit: 'meal',
          share: 0.5,
          baseline: {
            factor: 'meal-beef',
            reference: { kind: 'previous-contract', note: '2024 contract', notes: { fr: 'Contrat 2024', en: '2024 contract' } },
          },
          alternative: { factor: 'meal-vegetarian' },
        },
      ],
    });
    expect(scenarioFromTemplate(parsed.value, 'fr').lines[0]?.baseline.reference?.note).toBe('Contrat 2024');
  });

  it('takes a plain text for both languages', () => {
    const parsed = parseTemplate(template({ assumptions: ['Même texte'] }, [{ ...line(), label: 'Repas', provenance: 'Factures' }]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    for (const language of ['fr', 'en'] as const) {
      expect(scenarioFromTemplate(parsed.value, language).lines[0]?.label).toBe('Repas');
      expect(scenarioFromTemplate(parsed.value, language).lines[0]).not.toHaveProperty('labels');
    }
  });

  it('opens a baseline variant with its label and reason in each language', () => {
    const variant = {
      factor: 'meal-beef',
      label: { fr: 'Si c’était du bœuf', en: 'If it were beef' },
      reference: { kind: 'other', note: { fr: 'Cas défavorable', en: 'Worst case' } },
    };
    const parsed = parseTemplate(template({}, [{ ...line(), baselineVariants: [variant, { factor: 'meal-chicken', label: 'Poulet' }] }]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(scenarioFromTemplate(parsed.value, 'en').lines[0]?.baselineVariants).toEqual([
      {
        factor: 'meal-beef',
        label: 'If it were beef',
        labels: variant.label,
        reference: { kind: 'other', note: 'Worst case', notes: variant.reference.note },
      },
      { factor: 'meal-chicken', label: 'Poulet' },
    ]);
    expect(scenarioFromTemplate(parsed.value, 'fr').lines[0]?.baselineVariants?.[0]).toEqual({
      factor: 'meal-beef',
      label: 'Si c’était du bœuf',
      labels: variant.label,
      reference: { kind: 'other', note: 'Cas défavorable', notes: variant.reference.note },
    });
  });

  it.each([
    ['a missing provenance', template({}, [{ ...line(), provenance: undefined }]), 'scenario.lines[0].provenance'],
    ['a title without English', template({ title: { fr: 'Repas' } }), 'title.en'],
    ['an empty assumption', template({ assumptions: { fr: ['ok', ' '], en: ['ok', 'ok'] } }), 'assumptions.fr[1]'],
    ['a number as a summary', template({ summary: 5 }), 'summary'],
    ['an id with capitals', template({ id: 'Veggie' }), 'id'],
    ['a share above 1', template({}, [{ ...line(), share: 1.5 }]), 'scenario.lines[0].share'],
    ['no lines', template({}, []), 'scenario.lines'],
    [
      'a variant label without English',
      template({}, [{ ...line(), baselineVariants: [{ factor: 'meal-beef', label: { fr: 'Bœuf' } }] }]),
      'scenario.lines[0].baselineVariants[0].label.en',
    ],
    ['a line id used twice', template({}, [line('a'), line('a')]), 'scenario.lines[1].id'],
    ['another format', template({ format: 'carbone-evite/scenario@1' }), 'format'],
  ])('refuses %s, saying where', (_what, input, path) => {
    const parsed = parseTemplate(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(where(parsed.problems)).toContain(path);
  });

  it('says what a text may be when it is neither shape', () => {
    const parsed = parseTemplate(template({ summary: 5 }));
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.problems[0]?.message).toBe('Expected a non-empty text, or {"fr": …, "en": …} with both languages');
  });
});

describe('templates@1, several templates in one file', () => {
  it('gives every template, or every problem with the index of the template', () => {
    const two = { format: TEMPLATES_FORMAT, templates: [template(), template({ id: 'other' })] };
    const parsed = parseTemplates(two);
    expect(parsed.ok && parsed.value.map((t) => t.id)).toEqual(['veggie-meals', 'other']);

    const broken = { format: TEMPLATES_FORMAT, templates: [template(), template({ summary: '' }), template()] };
    const refused = parseTemplates(broken);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(where(refused.problems)).toEqual(['templates[1].summary', 'templates[2].id']);
  });

  it('also reads a single template, and names both formats when it is neither', () => {
    expect(parseTemplates(template()).ok).toBe(true);
    const other = parseTemplates({ format: 'carbone-evite/scenario@1' });
    if (other.ok) throw new Error('accepted');
    expect(other.problems[0]).toMatchObject({ path: ['format'], message: expect.stringContaining(TEMPLATES_FORMAT) });
    const empty = parseTemplates({ format: TEMPLATES_FORMAT, templates: [] });
    if (empty.ok) throw new Error('accepted');
    expect(where(empty.problems)).toEqual(['templates']);
  });
});

describe('a scenario file or a template file', () => {
  it('reads either as a scenario, a template in the language asked for', () => {
    const fromTemplate = parseScenarioOrTemplate(template(), 'en');
    expect(fromTemplate.ok && fromTemplate.value.name).toBe('Meals');
    const french = parseScenarioOrTemplate(template());
    expect(french.ok && french.value.name).toBe('Repas');
    const plain = parseScenarioOrTemplate({ format: 'carbone-evite/scenario@1', name: 'S', factorTable: { id: 't', version: '1' }, lines: [] });
    expect(plain.ok && plain.value.name).toBe('S');
  });

  it('reports a template’s problems with paths from the template’s root', () => {
    const parsed = parseScenarioOrTemplate(template({}, [{ ...line(), quantity: -1 }]));
    if (parsed.ok) throw new Error('accepted');
    expect(where(parsed.problems)).toEqual(['scenario.lines[0].quantity']);
  });
});

describe('the factors a template uses, from its pinned table', () => {
  const table = loadTestTable();
  const parsed = (input: unknown) => {
    const result = parseTemplate(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };

  it('lists each factor once, used then mentioned, with the value of the table', () => {
    const factors = templateFactors(parsed(template({ mentionedFactors: ['meal-vegetarian', 'beef-kg'] }, [line('a'), line('b')])), [table]);
    if (!factors.ok) throw new Error(JSON.stringify(factors.problems));
    expect(factors.value.table).toEqual({ id: 'test-table', version: '1' });
    expect(factors.value.used.map((f) => [f.id, f.value, f.perUnit])).toEqual([
      ['meal-beef', 6.29, 'meal'],
      ['meal-vegetarian', 0.51, 'meal'],
    ]);
    expect(factors.value.mentioned.map((f) => f.id)).toEqual(['beef-kg']);
  });

  it('says plainly when the pinned version is not at hand', () => {
    const factors = templateFactors(parsed(template()), [{ ...table, version: '2' }]);
    if (factors.ok) throw new Error('accepted');
    expect(isMissingTable(factors.problems)).toBe(true);
    expect(factors.problems[0]).toMatchObject({ code: 'unknown-table-version', path: ['scenario', 'factorTable', 'version'] });
  });

  it('names an unknown factor or a unit that cannot meet its factor by path', () => {
    const broken = template({ mentionedFactors: ['nope'] }, [
      { ...line(), alternative: { factor: 'missing' } },
      { ...line('kg'), unit: 'kg' },
    ]);
    const factors = templateFactors(parsed(broken), [table]);
    if (factors.ok) throw new Error('accepted');
    expect(isMissingTable(factors.problems)).toBe(false);
    expect(where(factors.problems)).toEqual(['scenario.lines[0].alternative.factor', 'scenario.lines[1].unit', 'mentionedFactors[0]']);
  });
});
