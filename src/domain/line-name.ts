// What a line is called wherever a person reads it (ranking, tables, workbook, report): its own label, else its
// two factors, "<baseline> → <alternative>". Its id is for the program only and is never shown as a name.
/** A name in each language of the interface. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

type Language = keyof LocalizedText;

/** The two factors' names as a line's name, in one language. */
export function factorsName(baseline: string, alternative: string): string {
  return `${baseline} → ${alternative}`;
}

/**
 * A text a template gave in both languages and the scenario stores in the one it was opened in: shown in the
 * reader's language while it is still the template's own words (in either language), the buyer's text once
 * they have rewritten it.
 */
export function textFor(stored: string, both: LocalizedText | undefined, language: Language): string;
export function textFor(stored: string | undefined, both: LocalizedText | undefined, language: Language): string | undefined;
export function textFor(stored: string | undefined, both: LocalizedText | undefined, language: Language): string | undefined {
  if (!both || stored === undefined) return stored;
  const same = (a: string) => a.trim() === stored.trim();
  return same(both.fr) || same(both.en) ? both[language] : stored;
}

/** A line's name: its label when it has one (not only spaces), else its two factors' names. */
export function lineName(line: LineNameSource, language: Language): string {
  const own = textFor(line.label, line.labels, language)?.trim();
  if (own) return own;
  return factorsName(line.explanation.baseline.factor.label[language], line.explanation.alternative.factor.label[language]);
}

/** A line's name in both languages, for what carries both (range drivers, tables compared across versions). */
export function lineNames(line: LineNameSource): LocalizedText {
  return { fr: lineName(line, 'fr'), en: lineName(line, 'en') };
}

/** What a name is read from: an estimated line (LineEstimate) has all of it. */
export interface LineNameSource {
  readonly label?: string;
  readonly labels?: LocalizedText;
  readonly explanation: {
    readonly baseline: { readonly factor: { readonly label: LocalizedText } };
    readonly alternative: { readonly factor: { readonly label: LocalizedText } };
  };
}
