// A problem of a file or a link (a domain `Problem`, zod's issues included) as a person reads it: where, in
// words ("Ligne 1, quantité"), then what is wrong, in the interface's language; the JSON path is kept apart for
// analysts. The engine's English sentence stays for the command line. These words live here rather than in
// fr.ts / en.ts so that only the screens showing a refused file or link load them (the first load stays small).
import { formatPath, type Problem } from '../domain/result';
import { formatNumber } from './format';
import { translate, type Language, type MessageKey } from './index';

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

const SEPARATORS: Record<Language, Readonly<Record<string, string>>> = {
  fr: { ',': 'des virgules', '\t': 'des tabulations', '|': 'des barres verticales « | »' },
  en: { ',': 'commas', '\t': 'tabs', '|': 'vertical bars “|”' },
};

const megabytes = (bytes: string | number | undefined, language: Language) => formatNumber(Number(bytes) / (1024 * 1024), language, 1);

/** « — élément archivé : 1, unité non reconnue : 1 » from the counts `reason.<reason>` of a file that gave no factor. */
function byReason(p: Params, language: Language): string {
  const counts = Object.entries(p)
    .filter(([key]) => key.startsWith('reason.'))
    .map(([key, n]) => `${translate(language, `import.reason.${key.slice('reason.'.length)}` as MessageKey)}${language === 'fr' ? ' :' : ':'} ${n}`);
  return counts.length ? ` — ${counts.join(', ')}` : '';
}

const fr: Words = {
  items: {
    lines: 'Ligne {n}',
    customFactors: 'Facteur du scénario {n}',
    templates: 'Modèle {n}',
    factors: 'Facteur {n}',
    pairs: 'Paire {n}',
    scenarios: 'Scénario enregistré {n}',
    factorTables: 'Table enregistrée {n}',
    meta: 'Réglage {n}',
    baselineVariants: 'Autre référence {n}',
  },
  item: 'n° {n}',
  fields: {
    // The backup's envelope: « Scénario enregistré 1 », not « Magasins, scénario enregistré 1 ».
    stores: '',
    format: 'format',
    // Lists named whole (« Facteurs : valeur manquante »), and the fields of a factor table.
    lines: 'lignes',
    factors: 'facteurs',
    pairs: 'paires',
    customFactors: 'facteurs du scénario',
    templates: 'modèles',
    scenarios: 'scénarios',
    factorTables: 'tables',
    meta: 'réglages',
    title: 'titre',
    summary: 'résumé',
    publishedOn: 'date de publication',
    licence: 'licence',
    sources: 'sources',
    source: 'source',
    sourceId: 'identifiant à la source',
    note: 'note',
    validUntil: 'valable jusqu’au',
    schemaVersion: 'version du schéma',
    exportedAt: 'date de la sauvegarde',
    createdAt: 'date de création',
    updatedAt: 'date de modification',
    revision: 'révision',
    origin: 'origine',
    table: 'table',
    version: 'version',
    key: 'clé',
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
    'file-too-large': (p) => `le fichier pèse ${megabytes(p.size, 'fr')} Mo, au-delà des ${megabytes(p.max, 'fr')} Mo acceptés`,
    'empty-file': () => 'le fichier est vide',
    'wrong-separator': (p) =>
      p.separator
        ? `les colonnes sont séparées par ${SEPARATORS.fr[p.separator] ?? p.separator}, et non par des points-virgules comme dans un export de la Base Carbone®`
        : 'la première ligne ne contient aucun point-virgule : ce n’est pas un export de la Base Carbone®',
    'missing-columns': (p) => `il manque à ce fichier des colonnes d’un export de la Base Carbone® : ${p.columns}`,
    'no-data-rows': () => 'le fichier a une ligne d’en-tête mais aucune ligne de données',
    'no-importable-factor': (p) =>
      `aucun facteur d’émission ne peut en être importé (lignes de données : ${p.rows} ; lignes de détail « Poste » ignorées : ${p.skipped} ; lignes refusées : ${p.rejected}${byReason(p, 'fr')})`,
    'unreadable-file': () => 'le fichier n’a pas pu être lu jusqu’au bout ; réessayez, ou essayez un autre navigateur',
    'unterminated-quote': (p) =>
      `le guillemet ouvert ligne ${p.line} n’est jamais refermé : tout ce qui suit serait lu comme une seule valeur ; corrigez cette ligne, puis choisissez à nouveau le fichier`,
    'out-of-range': () => 'ses nombres donnent un chiffre trop grand pour être calculé : vérifiez la quantité, les durées de vie et le rapport de quantités',
    'not-a-backup': () => 'ce fichier n’est pas une sauvegarde de Carbone évité',
    'newer-backup': (p) =>
      `la sauvegarde vient d’une version plus récente de l’application (cette version lit jusqu’au schéma ${p.version}) : mettez l’application à jour pour la restaurer`,
    'stored-twice': (p) => `déjà présent plus haut dans le fichier (n° ${Number(p.first) + 1}) ; chaque enregistrement n’y figure qu’une fois`,
    'record-holds-other-table': (p) => `l’enregistrement « ${p.id} » version ${p.version} contient la table « ${p.tableId} » version ${p.tableVersion}`,
    'checksum-mismatch': () => 'le contenu de la table ne correspond plus à son empreinte : il a été modifié après l’import',
    'more-problems': (p) => `et ${p.count} autres problèmes, non listés`,
    'unknown-setting': () => 'ce réglage n’est pas de ceux que garde l’application',
    'invalid-setting': () => 'cette valeur ne peut pas être relue par l’application pour ce réglage',
    blank: () => 'ne doit pas être vide',
    'not-a-date-time': () => 'doit être une date et une heure ISO 8601, par exemple 2026-03-05T09:12:44.120Z',
    'not-whole': () => 'doit être un nombre entier',
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
  items: {
    lines: 'Line {n}',
    customFactors: 'Scenario factor {n}',
    templates: 'Template {n}',
    factors: 'Factor {n}',
    pairs: 'Pair {n}',
    scenarios: 'Stored scenario {n}',
    factorTables: 'Stored table {n}',
    meta: 'Setting {n}',
    baselineVariants: 'Other baseline {n}',
  },
  item: 'no. {n}',
  fields: {
    stores: '',
    customFactors: 'scenario factors',
    factorTables: 'tables',
    meta: 'settings',
    publishedOn: 'publication date',
    sourceId: 'source identifier',
    validUntil: 'valid until',
    schemaVersion: 'schema version',
    exportedAt: 'date of the backup',
    createdAt: 'creation date',
    updatedAt: 'modification date',
    id: 'identifier',
    periodYears: 'period (years)',
    factorTable: 'factor table',
    endOfLife: 'end of life',
    lifetimeYears: 'lifetime (years)',
    quantityRatio: 'quantity ratio',
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
    'file-too-large': (p) => `the file is ${megabytes(p.size, 'en')} MB, over the ${megabytes(p.max, 'en')} MB accepted`,
    'empty-file': () => 'the file is empty',
    'wrong-separator': (p) =>
      p.separator
        ? `its columns are separated by ${SEPARATORS.en[p.separator] ?? p.separator}, not by semicolons as in a Base Carbone® export`
        : 'its first line has no semicolon: it is not a Base Carbone® export',
    'missing-columns': (p) => `it lacks columns of a Base Carbone® export: ${p.columns}`,
    'no-data-rows': () => 'the file has a header line but no data rows',
    'no-importable-factor': (p) =>
      `no emission factor can be imported from it (data rows: ${p.rows}; breakdown “Poste” rows skipped: ${p.skipped}; rows rejected: ${p.rejected}${byReason(p, 'en')})`,
    'unreadable-file': () => 'the file could not be read to the end; try again, or try another browser',
    'unterminated-quote': (p) =>
      `the quote opened on line ${p.line} is never closed: everything after it would be read as one value; correct that line, then choose the file again`,
    'out-of-range': () => 'its numbers give a figure too large to compute: check the quantity, lifetimes and quantity ratio',
    'not-a-backup': () => 'this file is not a Carbone évité backup',
    'newer-backup': (p) => `the backup comes from a newer version of the app (this one reads up to schema ${p.version}): update the app to restore it`,
    'stored-twice': (p) => `already given earlier in the file (no. ${Number(p.first) + 1}); each record appears once`,
    'record-holds-other-table': (p) => `the record “${p.id}” version ${p.version} holds table “${p.tableId}” version ${p.tableVersion}`,
    'checksum-mismatch': () => 'the table’s content no longer matches its checksum: it was altered after it was imported',
    'more-problems': (p) => `and ${p.count} more problems, not listed`,
    'unknown-setting': () => 'this is not a setting the app keeps',
    'invalid-setting': () => 'the app cannot read this value back for this setting',
    blank: () => 'must not be empty',
    'not-a-date-time': () => 'must be an ISO 8601 date and time, e.g. 2026-03-05T09:12:44.120Z',
    'not-whole': () => 'must be a whole number',
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
    } else if (!(typeof path[i + 1] === 'number' && key in words.items)) {
      const field = words.fields[key] ?? key;
      if (field) parts.push(field);
    }
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
