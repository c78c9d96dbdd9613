// A workshop template as a file, `carbone-evite/template@1`: a scenario whose texts may be given in French
// and English, with what a buyer reads before using it (title, summary, assumptions) and where each line's
// numbers come from. Factor values are never written in the texts: they go stale with the next table
// version, so whoever shows a template shows them from the pinned table (see template-factors.ts).
import * as z from 'zod/mini';
import { parseScenario, schemaProblems } from './parse';
import { fail, ok, type Problem, type Result } from './result';
import { LineSchema, nonEmpty, REFERENCE_KINDS, ScenarioSchema, type Scenario } from './schemas';

export const TEMPLATE_FORMAT = 'carbone-evite/template@1';
/** Several templates in one file, as a regional network hands out its practice sheets. */
export const TEMPLATES_FORMAT = 'carbone-evite/templates@1';

export const TEXT_LANGUAGES = ['fr', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** A text given once for every language, or in each of them. */
export type Localised<T> = T | { readonly fr: T; readonly en: T };

function localised<T extends z.ZodMiniType>(schema: T, expected: string) {
  return z.union([schema, z.object({ fr: schema, en: schema })], {
    error: `Expected ${expected}, or {"fr": …, "en": …} with both languages`,
  });
}

const TextSchema = localised(nonEmpty(), 'a non-empty text');
// Scenario@1 lets a label or a reference note be empty; a template keeps that freedom.
const FreeTextSchema = localised(z.string(), 'a text');

const TemplateReferenceSchema = z.object({ kind: z.enum(REFERENCE_KINDS), note: z.optional(FreeTextSchema) });
type TemplateReference = z.output<typeof TemplateReferenceSchema>;

const TemplateLineSchema = z.extend(LineSchema, {
  label: z.optional(FreeTextSchema),
  /** Where the quantity, share, lifetimes and ratio come from: the buyer's data, a law, a study. */
  provenance: TextSchema,
  baseline: z.extend(LineSchema.shape.baseline, {
    reference: z.optional(TemplateReferenceSchema),
  }),
  // A variant's label and reason are read in the buyer's language, like the line's own.
  baselineVariants: z.optional(z.array(z.object({ factor: nonEmpty(), label: z.optional(FreeTextSchema), reference: z.optional(TemplateReferenceSchema) }))),
});

const TemplateScenarioSchema = z.extend(ScenarioSchema, {
  name: TextSchema,
  lines: z.array(TemplateLineSchema).check(z.minLength(1)),
});

export const TemplateSchema = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lower-case letters and digits, in words joined by single hyphens')),
  title: TextSchema,
  summary: TextSchema,
  /** Every assumption: quantities, shares, lifetimes, ratios, why this baseline, what is not counted. */
  assumptions: localised(z.array(nonEmpty()).check(z.minLength(1)), 'a list of texts'),
  /** When the factors show no saving, why: the template exists to tell that truth. */
  noSaving: z.optional(TextSchema),
  /** Factors of the pinned table the texts name besides those the lines use (a variant, a comparison). */
  mentionedFactors: z.optional(z.array(nonEmpty())),
  scenario: TemplateScenarioSchema,
});
export type Template = z.output<typeof TemplateSchema>;

const TemplateCollectionSchema = z.object({
  format: z.literal(TEMPLATES_FORMAT),
  templates: z.array(z.unknown()).check(z.minLength(1)),
});

export function inLanguage<T>(text: Localised<T>, language: TextLanguage): T {
  return typeof text === 'object' && text !== null && !Array.isArray(text) && 'fr' in text ? text[language] : (text as T);
}

/** The scenario a template opens as, its texts in one language. */
export function scenarioFromTemplate(template: Template, language: TextLanguage): Scenario {
  const { name, lines, ...rest } = template.scenario;
  return {
    ...rest,
    name: inLanguage(name, language),
    lines: lines.map(({ provenance: _provenance, label, baseline, baselineVariants, ...line }) => {
      const { reference, ...side } = baseline;
      return {
        ...line,
        ...textIn('label', label, language),
        baseline: { ...side, ...referenceIn(reference, language) },
        ...(baselineVariants === undefined
          ? {}
          : {
              baselineVariants: baselineVariants.map(({ factor, label: variantLabel, reference: variantReference }) => ({
                factor,
                ...textIn('label', variantLabel, language),
                ...referenceIn(variantReference, language),
              })),
            }),
      };
    }),
  };
}

function referenceIn(reference: TemplateReference | undefined, language: TextLanguage) {
  if (!reference) return {};
  return { reference: { kind: reference.kind, ...textIn('note', reference.note, language) } };
}

/**
 * A text in the language the scenario opens in, e.g. `{ label }`; with both languages beside it (`{ label, labels }`)
 * when the template gives both, so that a reader of the other language still reads it in theirs (see textFor).
 */
function textIn<K extends 'label' | 'note'>(key: K, text: Localised<string> | undefined, language: TextLanguage) {
  if (text === undefined) return {};
  const both = typeof text === 'object' && text.fr.trim() !== '' && text.en.trim() !== '' ? { [`${key}s`]: { fr: text.fr, en: text.en } } : {};
  return { [key]: inLanguage(text, language), ...both } as { [P in K]: string } & { [P in `${K}s`]?: { fr: string; en: string } };
}

/**
 * zod reports a text that fails both shapes as one bare union issue; when the value had the right shape
 * for one of them (an object missing "en", a list with an empty item), that shape's issues say more.
 */
function flattenUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const reached = issue.errors.filter((option) => option.length > 0 && option.every((i) => i.path.length > 0));
    if (reached.length !== 1) return [issue];
    return flattenUnions((reached[0] as z.core.$ZodIssue[]).map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

const samePlace = (a: Problem, b: Problem) => a.message === b.message && a.path.join('\u0000') === b.path.join('\u0000');

export function parseTemplate(input: unknown): Result<Template> {
  const parsed = TemplateSchema.safeParse(input);
  if (!parsed.success) return fail(schemaProblems(flattenUnions(parsed.error.issues)));
  // What the scenario rules add (unique line and factor ids), in either language's scenario.
  const problems: Problem[] = [];
  for (const language of TEXT_LANGUAGES) {
    const scenario = parseScenario(scenarioFromTemplate(parsed.data, language));
    if (scenario.ok) continue;
    for (const problem of scenario.problems) {
      const at = { ...problem, path: ['scenario', ...problem.path] };
      if (!problems.some((p) => samePlace(p, at))) problems.push(at);
    }
  }
  return problems.length ? fail(problems) : ok(parsed.data);
}

const formatOf = (input: unknown) => (typeof input === 'object' && input !== null && 'format' in input ? input.format : undefined);

const within = (at: ReadonlyArray<string | number>, problems: readonly Problem[]): Problem[] => problems.map((p) => ({ ...p, path: [...at, ...p.path] }));

/** A file holding one template (`template@1`) or several (`templates@1`): all of them, or every problem. */
export function parseTemplates(input: unknown): Result<Template[]> {
  const format = formatOf(input);
  if (format === TEMPLATE_FORMAT) {
    const template = parseTemplate(input);
    return template.ok ? ok([template.value]) : template;
  }
  if (format !== TEMPLATES_FORMAT)
    return fail([
      {
        code: 'invalid-value',
        path: ['format'],
        message: `Expected "${TEMPLATE_FORMAT}" (one template) or "${TEMPLATES_FORMAT}" (several)`,
      },
    ]);
  const collection = TemplateCollectionSchema.safeParse(input);
  if (!collection.success) return fail(schemaProblems(collection.error.issues));
  const templates: Template[] = [];
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  collection.data.templates.forEach((item, i) => {
    const template = parseTemplate(item);
    if (!template.ok) return void problems.push(...within(['templates', i], template.problems));
    const { id } = template.value;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else
      problems.push({
        code: 'duplicate-id',
        path: ['templates', i, 'id'],
        message: `Template id "${id}" is used twice (first at index ${first})`,
        params: { id, first },
      });
    templates.push(template.value);
  });
  return problems.length ? fail(problems) : ok(templates);
}

/** A scenario file or a template file, as the scenario it stands for: what the command line estimates. */
export function parseScenarioOrTemplate(input: unknown, language: TextLanguage = 'fr'): Result<Scenario> {
  if (formatOf(input) !== TEMPLATE_FORMAT) return parseScenario(input);
  const template = parseTemplate(input);
  return template.ok ? ok(scenarioFromTemplate(template.value, language)) : template;
}
