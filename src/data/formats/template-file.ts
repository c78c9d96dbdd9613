// Template files in: one template (`carbone-evite/template@1`) or several (`carbone-evite/templates@1`).
// Every problem names the file and the JSON path; one problem in the files chosen and none is taken.
import { fail, parseJsonText, type FactorTable, type FileProblem, type JsonPath, type Problem, type Result } from '../../domain';
import { parseTemplate, parseTemplates, TEMPLATES_FORMAT, type Template } from '../../domain/template';
import { isMissingTable, templateFactors } from '../../domain/template-factors';

export interface TemplateFileText {
  readonly fileName: string;
  readonly text: string;
}

export interface TemplateFromFile {
  readonly template: Template;
  readonly fileName: string;
}

export interface TemplateImportContext {
  /** Ids of the shipped templates: an imported one may not pass itself off as one of them. */
  readonly reservedIds: readonly string[];
  /** A template pinned to one of these tables must estimate against it; one pinned elsewhere is kept. */
  readonly tables: readonly FactorTable[];
}

export type TemplateImport = { ok: true; templates: TemplateFromFile[] } | { ok: false; problems: FileProblem[] };

const describe =
  (file: string) =>
  (problem: Problem): FileProblem => ({ file, problem });
const within = (at: JsonPath, problems: readonly Problem[]): Problem[] => problems.map((p) => ({ ...p, path: [...at, ...p.path] }));

/** What a template must also be among the others and against the tables at hand. */
function checkTemplate(template: Template, context: TemplateImportContext, takenBy: Map<string, string>, fileName: string): Problem[] {
  const problems: Problem[] = [];
  const { id } = template;
  const taken = context.reservedIds.includes(id) ? 'a template shipped with the app' : takenBy.get(id);
  if (taken) problems.push({ code: 'duplicate-id', path: ['id'], message: `Template id "${id}" is already used by ${taken}`, params: { id } });
  else takenBy.set(id, `another template of ${fileName}`);
  const factors = templateFactors(template, context.tables);
  if (!factors.ok && !isMissingTable(factors.problems)) problems.push(...factors.problems);
  return problems;
}

/** The templates of every file chosen, or every problem of them all. */
export function readTemplateImport(files: readonly TemplateFileText[], context: TemplateImportContext): TemplateImport {
  const templates: TemplateFromFile[] = [];
  const problems: FileProblem[] = [];
  const takenBy = new Map<string, string>();
  for (const { fileName, text } of files) {
    const json = parseJsonText(text);
    const parsed = json.ok ? parseTemplates(json.value) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems.map(describe(fileName)));
      continue;
    }
    const several = json.ok && (json.value as { format?: unknown }).format === TEMPLATES_FORMAT;
    parsed.value.forEach((template, i) => {
      const found = checkTemplate(template, context, takenBy, fileName);
      problems.push(...within(several ? ['templates', i] : [], found).map(describe(fileName)));
      templates.push({ template, fileName });
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, templates };
}

/** A shipped template: one `template@1` per file, named after its id, so that a file is found by its id. */
export function parseShippedTemplate(json: unknown, file: string): Result<Template> {
  const template = parseTemplate(json);
  if (!template.ok) return template;
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (template.value.id === expected) return template;
  return fail([
    { code: 'invalid-value', path: ['id'], message: `A shipped template's id is its file name: expected "${expected}", found "${template.value.id}"` },
  ]);
}
