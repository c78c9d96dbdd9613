// The workshop templates: each one is a valid scenario in both languages, pinned to ademe-selection 2025.1,
// estimates against the bundled table, and says what it assumes. The expected totals are worked out by hand
// from the formula
//   baseline = q·Fb ; alternative = q·(1−s)·Fb + q·r·s·(Lb/La)·Fa ; avoided = baseline − alternative
// with the values of emission-factors/ademe-selection/2025.1.json — not copied from the program's output.
import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { readBundledTemplates } from '../../src/data/formats/template-files-node';
import { parseScenario, type Estimate } from '../../src/domain';
import { inLanguage, scenarioFromTemplate, type Template } from '../../src/domain/template';
import { templateFactors } from '../../src/domain/template-factors';
import { LANGUAGES, type Language } from '../../src/i18n';
import { estimateWithTables } from '../helpers';

const bundled = readBundledTables();
if (!bundled.ok) throw new Error(JSON.stringify(bundled.problems));
const tables = bundled.value;

const shipped = readBundledTemplates();
if (!shipped.ok) throw new Error(JSON.stringify(shipped.problems));
// The demo is a template file too, but opened on the first visit rather than listed (see demo.test.ts).
const TEMPLATES = shipped.value.filter((t) => t.id !== 'demo');

function estimateOf(template: Template, language: Language = 'fr'): Estimate {
  const parsed = parseScenario(scenarioFromTemplate(template, language));
  if (!parsed.ok) throw new Error(`${template.id} (${language}): ${JSON.stringify(parsed.problems)}`);
  const estimate = estimateWithTables(parsed.value, tables);
  if (!estimate.ok) throw new Error(`${template.id} (${language}): ${JSON.stringify(estimate.problems)}`);
  return estimate.value;
}

function byId(id: string): Template {
  const found = TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`No template ${id}`);
  return found;
}

const cases = TEMPLATES.flatMap((t) => LANGUAGES.map((language) => [t.id, language, t] as const));

describe('workshop templates', () => {
  it('are at least twelve, with unique kebab-case ids', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(12);
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(cases)('%s (%s) parses, pins ademe-selection 2025.1 and estimates against the bundled table', (_id, language, template) => {
    const input = scenarioFromTemplate(template, language);
    expect(input.factorTable).toMatchObject({ id: 'ademe-selection', version: '2025.1' });
    const parsed = parseScenario(input);
    expect(parsed.ok, JSON.stringify(parsed.ok ? null : parsed.problems)).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.customFactors).toEqual([]);
    expect(parsed.value.lines.length).toBeGreaterThanOrEqual(1);
    expect(parsed.value.lines.length).toBeLessThanOrEqual(3);
    for (const line of parsed.value.lines) {
      expect(line.label?.trim(), `${template.id}/${line.id} label`).toBeTruthy();
      expect(line.baseline.reference, `${template.id}/${line.id} reference`).toBeDefined();
      expect(line.baseline.reference?.note?.trim(), `${template.id}/${line.id} reference note`).toBeTruthy();
    }
    const estimate = estimateWithTables(parsed.value, tables);
    expect(estimate.ok, JSON.stringify(estimate.ok ? null : estimate.problems)).toBe(true);
    if (estimate.ok) expect(estimate.value.table).toMatchObject({ id: 'ademe-selection', version: '2025.1' });
  });

  it.each(cases)('%s (%s) has a title, a summary and assumptions', (_id, language, template) => {
    expect(inLanguage(template.title, language).trim()).not.toBe('');
    expect(inLanguage(template.summary, language).trim()).not.toBe('');
    expect(inLanguage(template.assumptions, language).length).toBeGreaterThan(0);
    for (const assumption of inLanguage(template.assumptions, language)) expect(assumption.trim()).not.toBe('');
    if (template.noSaving) expect(inLanguage(template.noSaving, language).trim()).not.toBe('');
  });

  it('gives the same figures in both languages, with labels in each language', () => {
    for (const template of TEMPLATES) {
      const fr = estimateOf(template, 'fr');
      const en = estimateOf(template, 'en');
      expect(en.totals).toEqual(fr.totals);
      expect(scenarioFromTemplate(template, 'fr').name).toBe(inLanguage(template.title, 'fr'));
      expect(scenarioFromTemplate(template, 'en').name).toBe(inLanguage(template.title, 'en'));
    }
  });
});

describe('template totals, worked out by hand (kgCO2e)', () => {
  it('school-catering-vegetarian', () => {
    // baseline = 144 000 × 6.29 = 905 760
    // avoided = 144 000 × 0.2 × (6.29 − 0.51) = 28 800 × 5.78 = 166 464
    const { totals } = estimateOf(byId('school-catering-vegetarian'));
    expect(totals.baseline).toBeCloseTo(905760, 6);
    expect(totals.avoided).toBeCloseTo(166464, 6);
  });

  it('catering-less-beef', () => {
    // avoided = 24 000 × 0.5 × (7.26 − 2.01) = 12 000 × 5.25 = 63 000
    expect(estimateOf(byId('catering-less-beef')).totals.avoided).toBeCloseTo(63000, 6);
  });

  it('it-refurbished-devices', () => {
    // laptops:     80 × 0.5 × 156 × (1 − 5/8) = 40 × 156 × 3/8 = 2 340
    // smartphones: 50 × 0.6 × 39.1 × (1 − 3/5) = 30 × 39.1 × 0.4 = 469.2
    // total = 2 809.2
    const { lines, totals } = estimateOf(byId('it-refurbished-devices'));
    expect(lines.find((l) => l.id === 'laptops-refurbished')?.avoided).toBeCloseTo(2340, 6);
    expect(lines.find((l) => l.id === 'smartphones-refurbished')?.avoided).toBeCloseTo(469.2, 6);
    expect(totals.avoided).toBeCloseTo(2809.2, 6);
  });

  it('it-longer-lifetimes', () => {
    // (120 × 156 + 50 × 169 + 100 × 248) × (1 − 4/6) = (18 720 + 8 450 + 24 800) / 3 = 51 970 / 3 = 17 323.33…
    expect(estimateOf(byId('it-longer-lifetimes')).totals.avoided).toBeCloseTo(51970 / 3, 6);
  });

  it('fleet-electric-cars', () => {
    // avoided = 400 000 × 0.5 × (0.19 − 0.103) = 200 000 × 0.087 = 17 400
    expect(estimateOf(byId('fleet-electric-cars')).totals.avoided).toBeCloseTo(17400, 6);
  });

  it('business-travel-train', () => {
    // baseline = 280 000 × 0.225 = 63 000
    // avoided = 280 000 × 0.8 × (0.225 − 1.2 × 0.00293) = 224 000 × 0.221484 = 49 612.416
    const { totals } = estimateOf(byId('business-travel-train'));
    expect(totals.baseline).toBeCloseTo(63000, 6);
    expect(totals.avoided).toBeCloseTo(49612.416, 6);
  });

  it('furniture-reuse', () => {
    // (150 × 24.8 + 60 × 60.1 + 20 × 907) × 0.5 × (1 − 10/15) = (3 720 + 3 606 + 18 140) / 6 = 25 466 / 6 = 4 244.33…
    expect(estimateOf(byId('furniture-reuse')).totals.avoided).toBeCloseTo(25466 / 6, 6);
  });

  it('construction-timber', () => {
    // avoided = 800 × (425 − 144) = 800 × 281 = 224 800
    expect(estimateOf(byId('construction-timber')).totals.avoided).toBeCloseTo(224800, 6);
  });

  it('heat-pump-instead-of-gas', () => {
    // baseline = 400 000 × 0.239 = 95 600 ; alternative = 400 000 × 0.3 × 0.0645 = 7 740
    // avoided = 95 600 − 7 740 = 87 860
    const { totals } = estimateOf(byId('heat-pump-instead-of-gas'));
    expect(totals.baseline).toBeCloseTo(95600, 6);
    expect(totals.alternative).toBeCloseTo(7740, 6);
    expect(totals.avoided).toBeCloseTo(87860, 6);
  });

  it('led-public-lighting', () => {
    // avoided = 800 000 × 0.6 × (1 − 0.5) × 0.0587 = 240 000 × 0.0587 = 14 088
    expect(estimateOf(byId('led-public-lighting')).totals.avoided).toBeCloseTo(14088, 6);
  });

  it('heating-pellets-instead-of-oil', () => {
    // avoided = 150 000 × (0.325 − 0.0113) = 150 000 × 0.3137 = 47 055
    expect(estimateOf(byId('heating-pellets-instead-of-oil')).totals.avoided).toBeCloseTo(47055, 6);
  });

  it('school-trips-coach', () => {
    // avoided = 30 000 × (0.16 − 0.0376) = 30 000 × 0.1224 = 3 672
    expect(estimateOf(byId('school-trips-coach')).totals.avoided).toBeCloseTo(3672, 6);
  });
});

describe('the honest templates', () => {
  it('paper-recycled shows an increase and says why', () => {
    // 12 t × (297 − 317) = −240
    const template = byId('paper-recycled');
    const { totals, lines } = estimateOf(template);
    expect(totals.avoided).toBeLessThan(0);
    expect(totals.avoided).toBeCloseTo(-240, 6);
    expect(lines[0]?.warnings).toContain('increase');
    for (const language of LANGUAGES) expect(template.noSaving && inLanguage(template.noSaving, language).trim()).toBeTruthy();
  });

  it('green-electricity-contract avoids exactly nothing and says why', () => {
    // 2 500 000 × 0.0519 on both sides: 0
    const template = byId('green-electricity-contract');
    const { totals, lines } = estimateOf(template);
    expect(totals.avoided).toBe(0);
    expect(lines[0]?.warnings).toContain('no-saving');
    for (const language of LANGUAGES) expect(template.noSaving && inLanguage(template.noSaving, language).trim()).toBeTruthy();
  });

  it('only these two have noSaving text', () => {
    expect(
      TEMPLATES.filter((t) => t.noSaving)
        .map((t) => t.id)
        .sort(),
    ).toEqual(['green-electricity-contract', 'paper-recycled']);
  });
});

describe('template texts and factor values', () => {
  // A value written in prose goes stale with the next table version; the app shows it from the table.
  const texts = (template: Template): string[] => {
    const lines = template.scenario.lines;
    const localised = [
      template.title,
      template.summary,
      template.noSaving,
      template.scenario.name,
      ...lines.flatMap((l) => [l.label, l.provenance, l.baseline.reference?.note]),
    ];
    return LANGUAGES.flatMap((language) => [
      ...localised.flatMap((t) => (t === undefined ? [] : [inLanguage(t, language)])),
      ...inLanguage(template.assumptions, language),
    ]);
  };

  it.each(shipped.value.map((t) => [t.id, t] as const))('%s writes no factor value, and its factors are all in its table', (_id, template) => {
    const factors = templateFactors(template, tables);
    if (!factors.ok) throw new Error(JSON.stringify(factors.problems));
    const numbers = new Set(texts(template).flatMap((text) => text.match(/\d+(?:[.,]\d+)*/g) ?? []));
    for (const factor of [...factors.value.used, ...factors.value.mentioned]) {
      const written = [String(factor.value), String(factor.value).replace('.', ',')];
      expect(
        written.filter((w) => numbers.has(w)),
        `${template.id} writes the value of ${factor.id}`,
      ).toEqual([]);
    }
    for (const text of texts(template)) expect(text).not.toMatch(/\d\s*kgCO2e/);
  });
});
