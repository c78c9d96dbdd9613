import { createContext } from 'svelte';
import { readLanguage, writeLanguage } from '../data/storage/preferences';
import { isUnitId, parseFactorUnit, type Problem, type UnitId } from '../domain';
import { catalogue, loadCatalogue, translate, type Language, type MessageKey } from '../i18n';
import {
  formatDate,
  formatDateTime,
  formatEuros,
  formatKg,
  formatNumber,
  formatPercent,
  formatPrecise,
  formatApproximate,
  formatSignificant,
  formatTonnes,
  formatTime,
  formatTonnesValue,
  formatUngrouped,
} from '../i18n/format';

/** The language of the interface, remembered across visits, with its words and number formats. */
export class LocaleState {
  #language = $state<Language>(readLanguage());

  get language(): Language {
    return this.#language;
  }

  constructor() {
    document.documentElement.lang = this.#language;
  }

  /** Switches once the language's catalogue is at hand, so no screen ever shows a missing word. */
  async setLanguage(language: Language): Promise<void> {
    await loadCatalogue(language);
    this.#language = language;
    document.documentElement.lang = language;
    writeLanguage(language);
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.#language, key, params);
  /** A problem in the interface's language where the catalogue has words for it, else the engine's sentence. */
  problem = (problem: Problem): string => {
    const key = `problem.${problem.code}`;
    return key in catalogue(this.#language) ? translate(this.#language, key as MessageKey, problem.params) : problem.message;
  };
  /** A quantity's unit as read: repas, passager·km… */
  unit = (unit: UnitId): string => translate(this.#language, `unit.${unit}`);
  /**
   * A factor's unit as read, kgCO2e per one meal, per passenger-km…: from the unit of its quantity, or from
   * the factor's own unit text ("kgCO2e/kWh"), shown as it is if it names no unit the engine knows.
   */
  factorUnit = (unit: UnitId | string): string => {
    const per = isUnitId(unit) ? unit : parseFactorUnit(unit);
    return per ? `kgCO2e/${translate(this.#language, `per.${per}`)}` : unit;
  };
  tonnes = (kgCO2e: number): string => formatTonnes(kgCO2e, this.#language);
  tonnesValue = (kgCO2e: number): string => formatTonnesValue(kgCO2e, this.#language);
  kg = (kgCO2e: number): string => formatKg(kgCO2e, this.#language);
  number = (value: number, digits?: number): string => formatNumber(value, this.#language, digits);
  euros = (value: number): string => formatEuros(value, this.#language);
  ungrouped = (value: number): string => formatUngrouped(value, this.#language);
  precise = (value: number): string => formatPrecise(value, this.#language);
  percent = (ratio: number): string => formatPercent(ratio, this.#language);
  /** Result tables' one rule (formatSignificant): tonnes and percentages with three significant figures. */
  tableTonnes = (kgCO2e: number): string => formatSignificant(kgCO2e / 1000, this.#language);
  tablePercent = (ratio: number): string => formatSignificant(ratio, this.#language, 'percent');
  approximate = (value: number): string => formatApproximate(value, this.#language);
  date = (iso: string): string => formatDate(iso, this.#language);
  time = (epochMs: number): string => formatTime(epochMs, this.#language);
  dateTime = (epochMs: number): string => formatDateTime(epochMs, this.#language);
}

export const [getLocale, setLocale] = createContext<LocaleState>();
