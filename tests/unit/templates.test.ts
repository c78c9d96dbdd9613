// The workshop templates: each one is a valid scenario in both languages, pinned to ademe-selection 2025.2,
// estimates against the bundled table, and says what it assumes. The expected totals are worked out by hand
// from the formula
//   baseline = q·Fb ; alternative = q·(1−s)·Fb + q·r·s·(Lb/La)·Fa ; avoided = baseline − alternative
// with the values of emission-factors/ademe-selection/2025.2.json (2025.1's values, annotated) — not copied from the program's output.
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

  it.each(cases)('%s (%s) parses, pins ademe-selection 2025.2 and estimates against the bundled table', (_id, language, template) => {
    const input = scenarioFromTemplate(template, language);
    expect(input.factorTable).toMatchObject({ id: 'ademe-selection', version: '2025.2' });
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
    if (estimate.ok) expect(estimate.value.table).toMatchObject({ id: 'ademe-selection', version: '2025.2' });
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
  it('school-catering-vegetarian: the average meal as baseline, the beef meal only as a labelled variant', () => {
    // baseline = 144 000 × 2.04 = 293 760
    // avoided = 144 000 × 0.2 × (2.04 − 0.51) = 28 800 × 1.53 = 44 064
    // variant, every meal replaced a beef meal: baseline 144 000 × 6.29 = 905 760, avoided 28 800 × (6.29 − 0.51) = 28 800 × 5.78 = 166 464
    const { totals, lines, basis } = estimateOf(byId('school-catering-vegetarian'));
    expect(basis).toBe('per-year');
    expect(totals.baseline).toBeCloseTo(293760, 6);
    expect(totals.avoided).toBeCloseTo(44064, 6);
    const [variant] = lines[0]?.variants ?? [];
    expect(lines[0]?.variants).toHaveLength(1);
    expect(variant?.factor.id).toBe('meal-beef');
    expect(variant?.label).toBe('Si chaque repas remplacé était un repas au bœuf');
    expect(variant?.reference?.kind).toBe('other');
    expect(variant?.baseline).toBeCloseTo(905760, 6);
    expect(variant?.avoided).toBeCloseTo(166464, 6);
  });

  it('catering-less-beef: the standard beef meal as baseline, the meat-dominant one only as a variant', () => {
    // baseline = 24 000 × 6.29 = 150 960
    // avoided = 24 000 × 0.5 × (6.29 − 2.01) = 12 000 × 4.28 = 51 360
    // variant, meat-dominant recipes today: baseline 24 000 × 7.26 = 174 240, avoided 12 000 × (7.26 − 2.01) = 12 000 × 5.25 = 63 000
    const { totals, lines } = estimateOf(byId('catering-less-beef'));
    expect(totals.baseline).toBeCloseTo(150960, 6);
    expect(totals.avoided).toBeCloseTo(51360, 6);
    const [variant] = lines[0]?.variants ?? [];
    expect(variant?.factor.id).toBe('meal-meat-dominant-beef');
    expect(variant?.baseline).toBeCloseTo(174240, 6);
    expect(variant?.avoided).toBeCloseTo(63000, 6);
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

  it('furniture-reuse counts only the manufacture of the new items reuse avoids, not their distribution transport', () => {
    // avoided = q × s × F × (1 − r × 10/15), with r = 1 + d/2 so that it equals q × s × F × (1 − d) / 3,
    // d the distribution-transport share of the element (Base Carbone V23.6 posts: 8/24.8, 21/60.1, 460/907, rounded):
    //   chairs     150 × 0.5 × 24.8 × (1 − 1.16 × 2/3)  = 1 860 × 0.68 / 3 = 421.6
    //   tables      60 × 0.5 × 60.1 × (1 − 1.175 × 2/3) = 1 803 × 0.65 / 3 = 390.65
    //   wardrobes   20 × 0.5 × 907 × (1 − 1.255 × 2/3)  = 9 070 × 0.49 / 3 = 1 481.433…
    //   total = 421.6 + 390.65 + 4 444.3 / 3 = 2 293.683…
    const { lines, totals } = estimateOf(byId('furniture-reuse'));
    expect(lines.find((l) => l.id === 'chairs-reuse')?.avoided).toBeCloseTo(421.6, 6);
    expect(lines.find((l) => l.id === 'tables-reuse')?.avoided).toBeCloseTo(390.65, 6);
    expect(lines.find((l) => l.id === 'wardrobes-reuse')?.avoided).toBeCloseTo(4444.3 / 3, 6);
    expect(totals.avoided).toBeCloseTo(812.25 + 4444.3 / 3, 6);
    // baseline = 150 × 24.8 + 60 × 60.1 + 20 × 907 = 3 720 + 3 606 + 18 140 = 25 466
    expect(totals.baseline).toBeCloseTo(25466, 6);
  });

  it('construction-timber compares structural materials by the tonne, with a stated equivalence, once', () => {
    // baseline = 600 × 155 = 93 000 ; alternative = 600 × 0.2 × 36.7 = 4 404 ; avoided = 88 596
    const { totals, basis } = estimateOf(byId('construction-timber'));
    expect(basis).toBe('one-off');
    expect(totals.baseline).toBeCloseTo(93000, 6);
    expect(totals.alternative).toBeCloseTo(4404, 6);
    expect(totals.avoided).toBeCloseTo(88596, 6);
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

  it('heating-pellets-instead-of-oil brings in the boiler efficiencies', () => {
    // r = 0.85 / 0.80 = 1.0625 kWh of pellets per kWh of oil for the same useful heat
    // alternative = 150 000 × 1.0625 × 0.0113 = 1 800.9375
    // avoided = 150 000 × (0.325 − 1.0625 × 0.0113) = 150 000 × 0.31299375 = 46 949.0625
    const { totals } = estimateOf(byId('heating-pellets-instead-of-oil'));
    expect(totals.alternative).toBeCloseTo(1800.9375, 6);
    expect(totals.avoided).toBeCloseTo(46949.0625, 6);
  });

  it('school-trips-coach counts each parent’s car once, with 3 children a car', () => {
    // baseline = 19 200 × 0.16 = 3 072 (the same as 12 000 car-km × 0.256)
    // alternative = 19 200 × 1.875 × 0.0376 = 36 000 × 0.0376 = 1 353.6
    // avoided = 3 072 − 1 353.6 = 1 718.4
    const { totals } = estimateOf(byId('school-trips-coach'));
    expect(totals.baseline).toBeCloseTo(12000 * 0.256, 6);
    expect(totals.alternative).toBeCloseTo(1353.6, 6);
    expect(totals.avoided).toBeCloseTo(1718.4, 6);
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
      ...lines.flatMap((l) => [l.label, l.provenance, l.baseline.reference?.note, ...(l.baselineVariants ?? []).flatMap((v) => [v.label, v.reference?.note])]),
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
