// Reading template files from disk (command line, tests). Node only.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseTemplates, type Template } from '../../domain/template';
import { readJsonFile, type FileProblem, type FileResult } from './table-files-node';
import { parseShippedTemplate } from './template-file';

export const BUNDLED_TEMPLATES_DIR = new URL('../../../templates/', import.meta.url).pathname;

const inFile = (file: string, problems: readonly Omit<FileProblem, 'file'>[]): FileProblem[] => problems.map((p) => ({ ...p, file }));

/** A file holding one template or several. */
export function readTemplatesFile(file: string): FileResult<Template[]> {
  const json = readJsonFile(file);
  if (!json.ok) return json;
  const templates = parseTemplates(json.value);
  return templates.ok ? templates : { ok: false, problems: inFile(file, templates.problems) };
}

/** Every shipped template, `templates/<id>.json`, the demo included, in the order of their ids. */
export function readBundledTemplates(dir: string = BUNDLED_TEMPLATES_DIR): FileResult<Template[]> {
  const templates: Template[] = [];
  const problems: FileProblem[] = [];
  const names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  for (const name of names) {
    const file = join(dir, name);
    const json = readJsonFile(file);
    const template = json.ok ? parseShippedTemplate(json.value, file) : json;
    if (template.ok) templates.push(template.value);
    else problems.push(...inFile(relative(process.cwd(), file) || file, template.problems));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: templates };
}
