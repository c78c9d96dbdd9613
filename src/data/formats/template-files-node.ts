// Reading template files from disk (command line, tests). Node only.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Template } from '../../domain/template';
import { readJsonFile, type FileProblem, type FileResult } from './table-files-node';
import { parseShippedTemplate } from './template-file';

export const BUNDLED_TEMPLATES_DIR = new URL('../../../templates/', import.meta.url).pathname;

const inFile = (file: string, problems: readonly Omit<FileProblem, 'file'>[]): FileProblem[] => problems.map((p) => ({ ...p, file }));

/** Every shipped template, `templates/<id>.json`, the demo included, in the order of their ids. */
export function readBundledTemplates(dir: string = BUNDLED_TEMPLATES_DIR): FileResult<Template[]> {
  const templates: Template[] = [];
  const problems: FileProblem[] = [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    const json = readJsonFile(file);
    const template = json.ok ? parseShippedTemplate(json.value, file) : json;
    if (template.ok) templates.push(template.value);
    else problems.push(...inFile(relative(process.cwd(), file) || file, template.problems));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: templates };
}
