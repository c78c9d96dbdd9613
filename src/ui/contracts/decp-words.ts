// How the contracts screen names what it groups by: a CPV code with its label, a region by its name, an
// amount band in euros, a buyer by the analyst's list or the data, an unknown key in words.
import { cpvLabel } from '../../data/bundled/cpv-labels';
import type { DecpColumnGrouping } from '../../domain/decp/column-keys';
import type { DecpClass, DecpConsideration } from '../../domain/decp/dashboard';
import { translateDecp, type DecpMessageKey } from '../../i18n/decp-words';
import type { LocaleState } from '../../state/locale.svelte';

/** Regions by their INSEE code (COG 2016 onwards): proper names, the same in French and English. */
const REGIONS: Readonly<Record<string, string>> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': 'Provence-Alpes-Côte d’Azur',
  '94': 'Corse',
};

type Words = Pick<LocaleState, 'language' | 'euros'>;

/** The screen's words in the interface's language (read when called, so it follows a language switch). */
export type DecpT = (key: DecpMessageKey, params?: Record<string, string | number>) => string;
export const decpT =
  (locale: Pick<LocaleState, 'language'>): DecpT =>
  (key, params) =>
    translateDecp(locale.language, key, params);

/** A group's key in words; `names` gives a buyer's name (the analyst's list, then the data). */
export function groupName(words: Words, by: DecpColumnGrouping, key: string, name = '', names?: (siret: string, fromData: string) => string): string {
  if (key === 'unknown') return translateDecp(words.language, 'decp.unknown');
  if (key === 'all') return translateDecp(words.language, 'decp.all');
  switch (by) {
    case 'cpv-division':
    case 'cpv-group': {
      const label = cpvLabel(key, words.language);
      return label ? `${key} — ${label}` : key;
    }
    case 'region':
      return REGIONS[key] ? `${REGIONS[key]} (${key})` : key;
    case 'amount-band': {
      const [low = '0', high] = key.replace('+', '').split('-');
      return high === undefined
        ? translateDecp(words.language, 'decp.band.above', { low: words.euros(Number(low)) })
        : translateDecp(words.language, 'decp.band.between', { low: words.euros(Number(low)), high: words.euros(Number(high)) });
    }
    case 'buyer': {
      const shown = names ? names(key, name) : name || key;
      return shown === key ? key : `${shown} (${key})`;
    }
    default:
      return key;
  }
}

export const classWord = (words: Pick<LocaleState, 'language'>, consideration: DecpConsideration, cls: DecpClass): string =>
  translateDecp(words.language, `decp.class.${consideration}.${cls}`);

/** The considerations as the schema words them (what a file holds for that class). */
export const publishedWords = (words: Pick<LocaleState, 'language'>, consideration: DecpConsideration, cls: DecpClass): string =>
  translateDecp(words.language, `decp.published.${consideration}.${cls}`);

/** One colour per class, the same on the chart and in the exported figure; distinct for colour-blind readers too. */
export const CLASS_COLOURS: Readonly<Record<DecpClass, string>> = {
  clause: '#0b5d4b',
  criterion: '#2f8fce',
  both: '#7b3fa0',
  reserved: '#c26a00',
  none: '#a4262c',
  notStated: '#9aa5ad',
};
