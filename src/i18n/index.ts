import { en } from './en';
import { fr, type Catalogue, type MessageKey } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

export const CATALOGUES: Record<Language, Catalogue> = { fr, en };

/** BCP 47 tags for number and date formats: fr-FR, and en-GB (day-month dates, metric habits). */
export const LOCALE_TAGS: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
