// The public contracts screen's words, in both languages at once: the screen is loaded on demand, and its
// catalogue (a few kB) with it, so a language switch never waits for it.
import type { Language } from './index';
import { decpEn } from './decp-en';
import { decpFr, type DecpMessageKey } from './decp-fr';

export type { DecpMessageKey };

const CATALOGUES: Record<Language, Record<DecpMessageKey, string>> = { fr: decpFr, en: decpEn };

export function translateDecp(language: Language, key: DecpMessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
