// Factor sources and licences are the tables' own words, in French. In English the few words written around
// them (contributor, source, programme, credit, study, the licence's name) are translated; what remains, such as
// a study's title, is the source's own French and is shown as such.
import type { Language } from '.';

const ENGLISH: readonly (readonly [RegExp, string])[] = [
  [/\bcontributeur\s*:?\s+/g, 'contributor: '],
  [/\bsource\s*:\s*/g, 'source: '],
  [/\bprogramme\s*:\s*/g, 'programme: '],
  [/(?<=^|[\s(;—])crédit\s*:\s*/g, 'credit: '],
  [/(?<=^|[\s(;])étude\s/g, 'study '],
  [/Licence Ouverte \/ Etalab( 2\.0)?/g, 'Etalab Open Licence$1'],
];

export function sourceText(text: string, language: Language): string {
  return language === 'fr' ? text : ENGLISH.reduce((out, [pattern, words]) => out.replace(pattern, words), text);
}
