// A problem of a file or a link (a domain `Problem`, zod's issues included) as a person reads it: where, in
// words ("Ligne 1, quantité"), then what is wrong, in the interface's language; the JSON path is kept apart for
// analysts. The engine's English sentence stays for the command line. These words live here rather than in
// fr.ts / en.ts so that only the screens showing a refused file or link load them (the first load stays small).
import { formatPath, type Problem } from '../domain/result';
import { formatNumber } from './format';
import type { Language } from './index';

export interface ProblemText {
  /** Where and what, in the interface's language: « Ligne 1, quantité : doit être au moins 0 ». */
  readonly text: string;
  /** The JSON path, `lines[0].quantity`, for analysts; empty for the whole file. */
  readonly path: string;
}

type Params = Readonly<Record<string, string | number>>;
type Sentence = (p: Params, n: (x: number) => string) => string;

interface Words {
  /** An item of a list, by its field name: lines[0] is « Ligne 1 ». */
  readonly items: Readonly<Record<string, string>>;
  /** Any other item of a list: « n° 2 ». */
  readonly item: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly types: Readonly<Record<string, string>>;
  readonly sentences: Readonly<Record<string, Sentence>>;
}

const fr: Words = {
  items: { lines: 'Ligne {n}', customFactors: 'Facteur du scénario {n}', templates: 'Modèle {n}', factors: 'Facteur {n}', pairs: 'Paire {n}' },
  item: 'n° {n}',
  fields: {
    scenario: 'scénario',
    quantity: 'quantité',
    unit: 'unité',
    baseline: 'référence',
    alternative: 'alternative',
    factor: 'facteur',
    label: 'libellé',
    name: 'nom',
    id: 'identifiant',
    category: 'catégorie',
    share: 'part',
    flow: 'flux',
    factorTable: 'table de facteurs',
    checksum: 'empreinte',
    year: 'année',
    periodYears: 'période (années)',
    costs: 'coûts',
    purchase: 'achat',
    yearly: 'coût annuel',
    endOfLife: 'fin de vie',
    lifetimeYears: 'durée de vie (années)',
    quantityRatio: 'rapport de quantités',
    assumptions: 'hypothèses',
    value: 'valeur',
    uncertainty: 'incertitude',
    economics: 'paramètres économiques',
    discountRate: 'taux d’actualisation',
    reference: 'raison de la référence',
    dataKind: 'type de données',
    low: 'borne basse',
    high: 'borne haute',
    fr: 'texte français',
    en: 'texte anglais',
  },
  types: { number: 'un nombre', string: 'un texte', object: 'un objet', array: 'une liste', boolean: 'vrai ou faux' },
  sentences: {
    'invalid-json': (p) => `le fichier n’est pas du JSON lisible${p.line ? ` (ligne ${p.line}, colonne ${p.column})` : ''}`,
    'duplicate-id': (p) => `l’identifiant « ${p.id} » est utilisé deux fois`,
    'unknown-factor': (p) => `le facteur « ${p.factor} » n’existe ni dans la table ni parmi les facteurs du scénario`,
    'unknown-pair-factor': (p) => `la paire désigne le facteur « ${p.factor} », absent de la table`,
    'unit-mismatch': (p) => `l’unité ${p.unit} ne convient pas au facteur choisi`,
    'unknown-table': (p) => `aucune table de facteurs « ${p.id} » dans cette application`,
    'unknown-table-version': (p) => `la table « ${p.id} » n’est pas disponible en version ${p.version} ici (versions présentes : ${p.known})`,
    'table-conflict': () => 'une autre table porte déjà cet identifiant et cette version',
    too_small: (p, n) =>
      p.origin === 'number'
        ? `doit être ${p.inclusive ? 'au moins' : 'supérieur à'} ${n(Number(p.limit))}`
        : Number(p.limit) === 1
          ? 'ne doit pas être vide'
          : `doit compter au moins ${p.limit} ${p.origin === 'string' ? 'caractères' : 'éléments'}`,
    too_big: (p, n) =>
      p.origin === 'number'
        ? `doit être ${p.inclusive ? 'au plus' : 'inférieur à'} ${n(Number(p.limit))}`
        : `doit compter au plus ${p.limit} ${p.origin === 'string' ? 'caractères' : 'éléments'}`,
    missing: () => 'valeur manquante',
    invalid_type: (p) => (typeof p.expected === 'string' && p.expected in fr.types ? `doit être ${fr.types[p.expected]}` : 'n’a pas le type attendu'),
    invalid_value: (p) => `doit valoir l’une de ces valeurs : ${p.values}`,
    unrecognized_keys: (p) => `champ inconnu : ${p.keys}`,
    invalid_format: () => 'n’a pas la forme attendue',
    other: () => 'valeur refusée',
  },
};

const en: Words = {
  items: { lines: 'Line {n}', customFactors: 'Scenario factor {n}', templates: 'Template {n}', factors: 'Factor {n}', pairs: 'Pair {n}' },
  item: 'no. {n}',
  fields: {
    periodYears: 'period (years)',
    factorTable: 'factor table',
    endOfLife: 'end of life',
    lifetimeYears: 'lifetime (years)',
    quantityRatio: 'quantity ratio',
    customFactors: 'scenario factors',
    discountRate: 'discount rate',
    reference: 'reason for the baseline',
    dataKind: 'data kind',
    yearly: 'yearly cost',
    low: 'low end',
    high: 'high end',
    fr: 'French text',
    en: 'English text',
  },
  types: { number: 'a number', string: 'a text', object: 'an object', array: 'a list', boolean: 'true or false' },
  sentences: {
    'invalid-json': (p) => `the file is not readable JSON${p.line ? ` (line ${p.line}, column ${p.column})` : ''}`,
    'duplicate-id': (p) => `identifier “${p.id}” is used twice`,
    'unknown-factor': (p) => `factor “${p.factor}” is neither in the table nor among the scenario’s factors`,
    'unknown-pair-factor': (p) => `the pair names factor “${p.factor}”, which is not in the table`,
    'unit-mismatch': (p) => `unit ${p.unit} does not suit the chosen factor`,
    'unknown-table': (p) => `no factor table “${p.id}” in this app`,
    'unknown-table-version': (p) => `table “${p.id}” is not available in version ${p.version} here (versions at hand: ${p.known})`,
    'table-conflict': () => 'another table already has this id and version',
    too_small: (p, n) =>
      p.origin === 'number'
        ? `must be ${p.inclusive ? 'at least' : 'more than'} ${n(Number(p.limit))}`
        : Number(p.limit) === 1
          ? 'must not be empty'
          : `must have at least ${p.limit} ${p.origin === 'string' ? 'characters' : 'items'}`,
    too_big: (p, n) =>
      p.origin === 'number'
        ? `must be ${p.inclusive ? 'at most' : 'less than'} ${n(Number(p.limit))}`
        : `must have at most ${p.limit} ${p.origin === 'string' ? 'characters' : 'items'}`,
    missing: () => 'missing value',
    invalid_type: (p) => (typeof p.expected === 'string' && p.expected in en.types ? `must be ${en.types[p.expected]}` : 'is not of the expected type'),
    invalid_value: (p) => `must be one of: ${p.values}`,
    unrecognized_keys: (p) => `unknown field: ${p.keys}`,
    invalid_format: () => 'is not in the expected form',
    other: () => 'value refused',
  },
};

const WORDS: Record<Language, Words> = { fr, en };

/** Where in the file, in words: « Ligne 1, quantité », « Modèle 2, scénario, ligne 1, part ». */
function place(path: Problem['path'], words: Words): string {
  const parts: string[] = [];
  path.forEach((key, i) => {
    const before = path[i - 1];
    if (typeof key === 'number') {
      const item = (typeof before === 'string' && words.items[before]) || `${parts.pop() ?? ''} ${words.item}`.trim();
      parts.push(item.replace('{n}', String(key + 1)));
    } else if (!(typeof path[i + 1] === 'number' && key in words.items)) parts.push(words.fields[key] ?? key);
  });
  const text = parts.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentenceKey(problem: Problem): string {
  if (problem.code !== 'invalid-value') return problem.code;
  const issue = problem.params?.issue;
  if (issue === 'invalid_type' && problem.params?.received === 'undefined') return 'missing';
  return typeof issue === 'string' ? issue : 'other';
}

/** The problem in the language asked; a code without words of its own gets the generic sentence, never the engine's English. */
export function describeProblem(problem: Problem, language: Language): ProblemText {
  const words = WORDS[language];
  const sentence = words.sentences[sentenceKey(problem)] ?? words.sentences.other!;
  const what = sentence(problem.params ?? {}, (x) => formatNumber(x, language, 6));
  const where = place(problem.path, words);
  const text = where ? `${where}${language === 'fr' ? ' :' : ':'} ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  return { text, path: problem.path.length ? formatPath(problem.path) : '' };
}
