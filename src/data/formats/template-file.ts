// Template files in: one template (`carbone-evite/template@1`) or several (`carbone-evite/templates@1`).
// Every problem names the file and the JSON path; a file with one problem gives no template at all.
import { fail, formatPath, parseJsonText, parseTemplate, parseTemplates, type Result, type Template } from '../../domain';

export type TemplateFileResult = { ok: true; templates: Template[] } | { ok: false; problems: string[] };

export function readTemplateFile(text: string, fileName: string): TemplateFileResult {
  const json = parseJsonText(text);
  const parsed = json.ok ? parseTemplates(json.value) : json;
  if (parsed.ok) return { ok: true, templates: parsed.value };
  return { ok: false, problems: parsed.problems.map((p) => `${fileName}: ${formatPath(p.path)}: ${p.message}`) };
}

/** A shipped template: one `template@1` per file, named after its id, so that a file is found by its id. */
export function parseShippedTemplate(json: unknown, file: string): Result<Template> {
  const template = parseTemplate(json);
  if (!template.ok) return template;
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (template.value.id === expected) return template;
  return fail([{ code: 'invalid-value', path: ['id'], message: `A shipped template's id is its file name: expected "${expected}", found "${template.value.id}"` }]);
}
