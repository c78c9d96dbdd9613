// What the method asks of everything we ship (README, "The ten rules"): every shipped template and the demo
// states, for each line, whether it is a one-off purchase or a yearly flow and why its baseline is what
// would really have been bought; it evaluates against the bundled tables without an error finding; and its
// assumptions say what the figure is. The figures themselves are checked by hand in templates.test.ts and
// demo.test.ts.
import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { readBundledTemplates } from '../../src/data/formats/template-files-node';
import { evaluateScenario, FLOWS, REFERENCE_KINDS, type Estimate } from '../../src/domain';
import { inLanguage, scenarioFromTemplate, type Template } from '../../src/domain/template';
import { LANGUAGES, type Language } from '../../src/i18n';

const tables = readBundledTables();
const shipped = readBundledTemplates();
if (!tables.ok || !shipped.ok) throw new Error('The shipped tables or templates do not read');
const ALL = shipped.value;
const bundledTables = tables.value;
const cases = ALL.flatMap((t) => LANGUAGES.map((language) => [t.id, language, t] as const));

function evaluated(template: Template, language: Language): Estimate {
  const evaluation = evaluateScenario(scenarioFromTemplate(template, language), bundledTables);
  if (!evaluation.ok) throw new Error(`${template.id} (${language}): ${JSON.stringify(evaluation.problems)}`);
  return evaluation.value.estimate;
}

describe('every shipped template and the demo', () => {
  it('are fifteen files, the demo among them', () => {
    expect(ALL).toHaveLength(15);
    expect(ALL.map((t) => t.id)).toContain('demo');
  });

  it.each(ALL.map((t) => [t.id, t] as const))('%s: every line states its flow and why its baseline is what would really have been bought', (_id, template) => {
    for (const line of template.scenario.lines) {
      const at = `${template.id}/${line.id}`;
      expect(FLOWS, `${at} flow`).toContain(line.flow);
      const reference = line.baseline.reference;
      expect(REFERENCE_KINDS, `${at} reference kind`).toContain(reference?.kind);
      for (const language of LANGUAGES)
        expect(reference?.note && inLanguage(reference.note, language).trim(), `${at} reference note (${language})`).toBeTruthy();
      for (const variant of line.baselineVariants ?? []) {
        // A variant is another baseline the buyer could defend, shown apart: it says what it is and why.
        for (const language of LANGUAGES) {
          expect(variant.label && inLanguage(variant.label, language).trim(), `${at} variant ${variant.factor} label (${language})`).toBeTruthy();
          expect(
            variant.reference?.note && inLanguage(variant.reference.note, language).trim(),
            `${at} variant ${variant.factor} note (${language})`,
          ).toBeTruthy();
        }
        // The texts name the variant: its value is then listed from the table, never written.
        expect(template.mentionedFactors, `${at} variant ${variant.factor} among mentionedFactors`).toContain(variant.factor);
      }
    }
  });

  it.each(ALL.map((t) => [t.id, t] as const))('%s: mixes one-off purchases and yearly flows only over a stated period', (_id, template) => {
    const flows = new Set(template.scenario.lines.map((l) => l.flow));
    if (flows.has('one-off') && flows.has('yearly')) expect(template.scenario.periodYears).toBeGreaterThan(0);
    else expect(template.scenario.periodYears).toBeUndefined();
  });

  it.each(cases)('%s (%s): evaluates with the bundled tables without an error finding, every line counted', (_id, language, template) => {
    const estimate = evaluated(template, language);
    const errors = [...estimate.findings, ...estimate.lines.flatMap((l) => l.findings)].filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(estimate.lines.every((l) => l.counted)).toBe(true);
    expect(estimate.excluded).toEqual({ baseline: 0, alternative: 0, avoided: 0 });
    expect(estimate.basis).not.toBe('as-stated');
  });

  it.each(cases)(
    '%s (%s): the assumptions say what the figure is — potential avoided emissions, over which time, against which baseline',
    (_id, language, template) => {
      const { basis, periodYears } = evaluated(template, language);
      const text = inLanguage(template.assumptions, language).join('\n');
      const when = {
        fr: { 'per-year': 'par an', 'one-off': 'ponctuel', period: `sur ${periodYears} ans`, 'as-stated': '—' },
        en: { 'per-year': 'per year', 'one-off': 'one-off', period: `over ${periodYears} years`, 'as-stated': '—' },
      }[language][basis];
      expect(text).toContain(when);
      expect(text).toContain(language === 'fr' ? 'émissions évitées potentielles' : 'potential avoided emissions');
      expect(text).toMatch(language === 'fr' ? /Référence/ : /Baseline/);
    },
  );

  it.each(ALL.map((t) => [t.id, t] as const))('%s: each stated range holds the value the line uses', (_id, template) => {
    for (const line of template.scenario.lines) {
      const ranges = line.assumptions ?? {};
      const used = {
        quantity: line.quantity,
        share: line.share ?? 1,
        baselineLifetimeYears: line.baseline.lifetimeYears,
        alternativeLifetimeYears: line.alternative.lifetimeYears,
        quantityRatio: line.alternative.quantityRatio ?? 1,
      };
      for (const [name, range] of Object.entries(ranges)) {
        const value = used[name as keyof typeof used];
        expect(value, `${template.id}/${line.id} ${name}`).toBeDefined();
        expect(range.low, `${template.id}/${line.id} ${name} low`).toBeLessThanOrEqual(value as number);
        expect(range.high, `${template.id}/${line.id} ${name} high`).toBeGreaterThanOrEqual(value as number);
      }
    }
  });
});
