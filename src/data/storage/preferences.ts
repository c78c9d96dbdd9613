// Small settings remembered in this browser only.
import { LANGUAGES, type Language } from '../../i18n';

const LANGUAGE_KEY = 'carbone-evite.language';

export function readLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((l) => l === saved) ?? 'fr';
  } catch {
    return 'fr'; // storage disabled: French, the default
  }
}

export function writeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies to this visit.
  }
}
