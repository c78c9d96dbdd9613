// The interface's words. French, the default, is always at hand; English is loaded when someone reads in it
// (the app's first load carries one catalogue, not two). Node callers (command line, tests) register it.
import { fr, type Catalogue, type MessageKey } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { Catalogue, MessageKey };

const loaded: Partial<Record<Language, Catalogue>> = { fr };

/** BCP 47 tags for number and date formats: fr-FR, and en-GB (day-month dates, metric habits). */
export const LOCALE_TAGS: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function registerCatalogue(language: Language, catalogue: Catalogue): void {
  loaded[language] = catalogue;
}

/** The language's catalogue, fetched once (from the app's own files: it works offline like the rest). */
export async function loadCatalogue(language: Language): Promise<void> {
  if (!loaded[language]) registerCatalogue(language, (await import('./en')).en);
}

export function catalogue(language: Language): Catalogue {
  const words = loaded[language];
  if (!words) throw new Error(`The ${language} catalogue is not loaded: call loadCatalogue('${language}') first`);
  return words;
}

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogue(language)[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
