// The templates shipped with the app, one file each under templates/, the demo among them; checked on load.
import { type Problem, type Scenario } from '../../domain';
import { scenarioFromTemplate, type Template, type TextLanguage } from '../../domain/template';
import { parseShippedTemplate } from '../formats/template-file';

// Each file is its own chunk, fetched when the templates panel opens or the first visit stores the demo:
// the templates stay out of the first script.
const files = import.meta.glob<unknown>('/templates/*.json', { import: 'default' });

/** The demo is a template like the others, stored and opened on the first visit rather than listed. */
export const DEMO_TEMPLATE_ID = 'demo';
const DEMO_FILE = `/templates/${DEMO_TEMPLATE_ID}.json`;

export interface BundledTemplates {
  /** In the order of their ids, the demo left out. */
  readonly templates: Template[];
  readonly problems: { file: string; problems: Problem[] }[];
}

export async function loadBundledTemplates(): Promise<BundledTemplates> {
  const entries = Object.entries(files)
    .filter(([file]) => file !== DEMO_FILE)
    .sort(([a], [b]) => a.localeCompare(b));
  const loaded = await Promise.all(entries.map(async ([file, load]) => [file, await load()] as const));
  const templates: Template[] = [];
  const problems: BundledTemplates['problems'] = [];
  for (const [file, json] of loaded) {
    const parsed = parseShippedTemplate(json, file);
    if (parsed.ok) templates.push(parsed.value);
    else problems.push({ file, problems: parsed.problems });
  }
  return { templates, problems };
}

/** The demo scenario in a language; a broken shipped file is our bug, not the person's, so it throws. */
export async function loadDemoScenario(language: TextLanguage): Promise<Scenario> {
  const load = files[DEMO_FILE];
  if (!load) throw new Error(`No ${DEMO_FILE} in the build`);
  const parsed = parseShippedTemplate(await load(), DEMO_FILE);
  if (!parsed.ok) throw new Error(`The demo template is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return scenarioFromTemplate(parsed.value, language);
}
