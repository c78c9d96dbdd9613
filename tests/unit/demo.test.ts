// The demo the app stores on the first visit is templates/demo.json: a valid template in both languages whose
// figures are worked out by hand from the formula
//   baseline = q·Fb ; alternative = q·(1−s)·Fb + q·r·s·(Lb/La)·Fa ; avoided = baseline − alternative
// with the factors of ademe-selection 2025.2. Its canteen line counts only what goes beyond the law: the
// weekly vegetarian menu EGalim requires is the baseline, and the beef meal is a variant, never in the total.
import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { readBundledTemplates } from '../../src/data/formats/template-files-node';
import { scenarioFromTemplate } from '../../src/domain/template';
import { LANGUAGES } from '../../src/i18n';
import { estimateWithTables } from '../helpers';

const tables = readBundledTables();
const templates = readBundledTemplates();
if (!tables.ok || !templates.ok) throw new Error('The shipped tables or templates do not read');
const demo = templates.value.find((t) => t.id === 'demo');

describe('the demo scenario', () => {
  it.each(LANGUAGES)('estimates to its hand-computed figures (%s)', (language) => {
    if (!demo) throw new Error('No templates/demo.json');
    const scenario = scenarioFromTemplate(demo, language);
    expect(scenario.factorTable).toEqual({ id: 'ademe-selection', version: '2025.2' });
    const estimate = estimateWithTables(scenario, tables.value);
    if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
    const avoided = Object.fromEntries(estimate.value.lines.map((l) => [l.id, l.avoided]));
    expect(avoided['canteen-vegetarian']).toBeCloseTo(11016, 6); //  36 000 × 0.2 × (2.04 − 0.51) = 7 200 × 1.53
    expect(avoided['travel-train']).toBeCloseTo(19933.56, 6); //     120 000 × 0.75 × (0.225 − 1.2 × 0.00293) = 90 000 × 0.221484
    expect(avoided['laptops-longer']).toBeCloseTo(7800, 6); //       150 × 156 × (1 − 4/6)
    expect(avoided['fleet-electric']).toBeCloseTo(8700, 6); //       200 000 × 0.5 × (0.19 − 0.103)
    expect(avoided['heating-pellets']).toBeCloseTo(46949.0625, 6); // 150 000 × (0.325 − 1.0625 × 0.0113) = 150 000 × 0.31299375
    expect(avoided['chairs-wood']).toBeCloseTo(1264, 6); //          80 × (34.4 − 18.6)
    expect(avoided['paper-recycled']).toBeCloseTo(-40, 6); //        2 × (297 − 317), an increase
    // 11 016 + 19 933.56 + 7 800 + 8 700 + 46 949.0625 + 1 264 − 40 = 95 622.6225
    expect(estimate.value.totals.avoided).toBeCloseTo(95622.6225, 6);
    // 36 000 × 2.04 + 120 000 × 0.225 + 150 × 156 + 200 000 × 0.19 + 150 000 × 0.325 + 80 × 34.4 + 2 × 297
    // = 73 440 + 27 000 + 23 400 + 38 000 + 48 750 + 2 752 + 594 = 213 936
    expect(estimate.value.totals.baseline).toBeCloseTo(213936, 6);
    // Every line is a yearly flow: the totals are per year.
    expect(estimate.value.basis).toBe('per-year');
  });

  it.each(LANGUAGES)('takes the legal minimum as the canteens’ baseline and shows the beef meal only as a variant (%s)', (language) => {
    if (!demo) throw new Error('No templates/demo.json');
    const estimate = estimateWithTables(scenarioFromTemplate(demo, language), tables.value);
    if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
    const canteen = estimate.value.lines.find((l) => l.id === 'canteen-vegetarian');
    expect(canteen?.explanation.reference?.kind).toBe('regulatory-minimum');
    expect(canteen?.explanation.baseline.factor.id).toBe('meal-average');
    expect(canteen?.variants.map((v) => v.factor.id)).toEqual(['meal-beef']);
    // With a beef meal replaced: baseline 36 000 × 6.29 = 226 440, avoided 7 200 × (6.29 − 0.51) = 41 616 — apart, not in the total.
    expect(canteen?.variants[0]?.baseline).toBeCloseTo(226440, 6);
    expect(canteen?.variants[0]?.avoided).toBeCloseTo(41616, 6);
  });
});
