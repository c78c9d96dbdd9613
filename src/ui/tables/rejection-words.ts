// Why a row of a Base Carbone® export gave no factor, in the interface's language. The export's column names
// (« Type Ligne », « Total poste non décomposé ») are its own French words and stay as they are in both
// languages: that is how the analyst finds them in the file. Loaded with the Tables screen only.
import type { RejectedRow } from '../../data/formats/base-carbone';
import type { Language } from '../../i18n';

type Params = RejectedRow['params'];
type Sentences = Readonly<Record<RejectedRow['code'], (p: Params) => string>>;

const q = (value: unknown) => `« ${String(value)} »`;
const qEn = (value: unknown) => `“${String(value)}”`;

const fr: Sentences = {
  'field-count': (p) => `la ligne compte ${p.fields} champs, l’en-tête ${p.header}`,
  'line-type-empty': () => 'Type Ligne est vide (attendu : « Elément » ou « Poste »)',
  'line-type-other': (p) => `Type Ligne ${q(p.value)} n’est ni « Elément » ni « Poste »`,
  'element-id-empty': () => 'l’identifiant de l’élément est vide',
  archived: (p) => `l’élément ${p.id} est archivé (statut ${q(p.status)})`,
  'element-type-other': (p) => `l’élément ${p.id} est ${q(p.type)}, pas un « Facteur d’émission »`,
  'element-type-empty': (p) => `l’élément ${p.id} n’a pas de type ; seuls les « Facteur d’émission » sont des facteurs`,
  ecoinvent: (p) => `l’élément ${p.id} vient d’ecoinvent (${q(p.source)}) : ces données ne peuvent pas être redistribuées`,
  'total-empty': () => 'Total poste non décomposé est vide',
  'total-not-number': (p) => `Total poste non décomposé ${q(p.value)} n’est pas un nombre`,
  'total-negative': (p) => `Total poste non décomposé ${q(p.value)} est négatif ; un facteur vaut zéro ou plus`,
  'unit-unknown': (p) => `l’unité ${q(p.value)} n’a pas d’équivalent parmi les unités de l’outil`,
  'unit-empty': () => 'Unité français est vide',
  'name-empty': () => 'Nom base français est vide',
  'no-date': (p) => `ni la date de modification ${q(p.modified)} ni la date de création ${q(p.created)} n’est une date de 1990 à 2100`,
  'uncertainty-range': (p) => `l’incertitude ${q(p.value)} n’est pas un pourcentage de 0 à 400`,
  'duplicate-id': (p) => `l’élément ${p.id} figure déjà ligne ${p.first} ; seule la première est gardée`,
};

const en: Sentences = {
  'field-count': (p) => `the row has ${p.fields} fields, the header ${p.header}`,
  'line-type-empty': () => 'Type Ligne is empty (expected “Elément” or “Poste”)',
  'line-type-other': (p) => `Type Ligne ${qEn(p.value)} is neither “Elément” nor “Poste”`,
  'element-id-empty': () => 'the element’s identifier is empty',
  archived: (p) => `element ${p.id} is archived (status ${qEn(p.status)})`,
  'element-type-other': (p) => `element ${p.id} is ${qEn(p.type)}, not a “Facteur d’émission” (emission factor)`,
  'element-type-empty': (p) => `element ${p.id} has no type; only “Facteur d’émission” elements are factors`,
  ecoinvent: (p) => `element ${p.id} comes from ecoinvent (${qEn(p.source)}): such data cannot be redistributed`,
  'total-empty': () => 'Total poste non décomposé is empty',
  'total-not-number': (p) => `Total poste non décomposé ${qEn(p.value)} is not a number`,
  'total-negative': (p) => `Total poste non décomposé ${qEn(p.value)} is negative; a factor is zero or more`,
  'unit-unknown': (p) => `unit ${qEn(p.value)} has no equivalent among the tool’s units`,
  'unit-empty': () => 'Unité français is empty',
  'name-empty': () => 'Nom base français is empty',
  'no-date': (p) => `neither the modification date ${qEn(p.modified)} nor the creation date ${qEn(p.created)} is a date from 1990 to 2100`,
  'uncertainty-range': (p) => `uncertainty ${qEn(p.value)} is not a percentage from 0 to 400`,
  'duplicate-id': (p) => `element ${p.id} already appears on row ${p.first}; only the first is kept`,
};

const SENTENCES: Record<Language, Sentences> = { fr, en };

export function describeRejection(row: Pick<RejectedRow, 'code' | 'params'>, language: Language): string {
  const said = SENTENCES[language][row.code](row.params);
  return said.charAt(0).toUpperCase() + said.slice(1);
}
