// The demo the app stores on the first visit is templates/demo.json: a valid template in both languages whose
// figures are worked out by hand from the formula with the factors of ademe-selection 2025.1.
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
    expect(scenario.factorTable).toEqual({ id: 'ademe-selection', version: '2025.1' });
    const estimate = estimateWithTables(scenario, tables.value);
    if (!estimate.ok) throw new Error(JSON.stringify(estimate.problems));
    const avoided = Object.fromEntries(estimate.value.lines.map((l) => [l.id, l.avoided]));
    expect(avoided['canteen-vegetarian']).toBeCloseTo(41616, 6); //  36 000 × 0.2 × (6.29 − 0.51)
    expect(avoided['travel-train']).toBeCloseTo(19986.3, 6); //      120 000 × 0.75 × (0.225 − 0.00293)
    expect(avoided['laptops-longer']).toBeCloseTo(7800, 6); //       150 × 156 × (1 − 4/6)
    expect(avoided['fleet-electric']).toBeCloseTo(8700, 6); //       200 000 × 0.5 × (0.19 − 0.103)
    expect(avoided['heating-pellets']).toBeCloseTo(47055, 6); //     150 000 × (0.325 − 0.0113)
    expect(avoided['chairs-wood']).toBeCloseTo(1264, 6); //          80 × (34.4 − 18.6)
    expect(avoided['paper-recycled']).toBeCloseTo(-40, 6); //        2 × (297 − 317), an increase
    expect(estimate.value.totals.avoided).toBeCloseTo(126381.3, 6);
    // 226 440 + 27 000 + 23 400 + 38 000 + 48 750 + 2 752 + 594
    expect(estimate.value.totals.baseline).toBeCloseTo(366936, 6);
  });
});
