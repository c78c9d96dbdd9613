// The demo scenario, with the template code it needs fetched only when asked for (the first visit, or
// "Partir de l'exemple"): that code stays out of the first script.
import type { Scenario } from '../../domain';
import type { TextLanguage } from '../../domain/template';

export async function loadDemo(language: TextLanguage): Promise<Scenario> {
  return (await import('./bundled-templates')).loadDemoScenario(language);
}
