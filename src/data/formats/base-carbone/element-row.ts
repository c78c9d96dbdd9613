// One row of the export to one factor, or the reason it gives none. `Type Ligne` = `Elément` rows hold an
// element's total, `Poste` rows its breakdown; archived elements and `Données source` rows are not
// usable factors (reference/factors/NOTES.md §1.1).
import type { Factor } from '../../../domain';
import { mapBaseCarboneCategory } from './categories';
import { cleanText, fold, parseDecimalComma, parseFullDate, quote, truncate } from './cells';
import type { CellReader } from './columns';
import { mapBaseCarboneUnit, type UnitMatch } from './units';

export type RejectReason = 'archived' | 'not-a-factor' | 'unit' | 'value' | 'duplicate-id' | 'missing-field';

/** What exactly is wrong with the row, for the interface to say in its own words (src/i18n/rejection-words.ts). */
export type RejectionCode =
  | 'field-count'
  | 'line-type-empty'
  | 'line-type-other'
  | 'element-id-empty'
  | 'archived'
  | 'element-type-other'
  | 'element-type-empty'
  | 'ecoinvent'
  | 'total-empty'
  | 'total-not-number'
  | 'total-negative'
  | 'unit-unknown'
  | 'unit-empty'
  | 'name-empty'
  | 'no-date'
  | 'uncertainty-range'
  | 'duplicate-id';

export type RejectionParams = Readonly<Record<string, string | number>>;

const SOURCE_PREFIX = 'ADEME – Base Carbone® (export)';
const NOTE_MAX_CHARS = 400;

/** Why a row gives no factor. */
export class Rejection {
  constructor(
    readonly reason: RejectReason,
    readonly code: RejectionCode,
    /** The values at fault, as the export wrote them. */
    readonly params: RejectionParams,
    /** An English sentence naming the value at fault, for the command line. */
    readonly detail: string,
  ) {}
}

/** A row that is not a `Poste` row but no element either: fields missing, another line type, no id. */
export function notAnElement(get: CellReader, fieldCount: number, headerWidth: number, lineType: string, elementId: string): Rejection | null {
  if (fieldCount !== headerWidth)
    return new Rejection(
      'missing-field',
      'field-count',
      { fields: fieldCount, header: headerWidth },
      `The row has ${fieldCount} fields where the header has ${headerWidth}.`,
    );
  if (lineType === '') return new Rejection('missing-field', 'line-type-empty', {}, 'Type Ligne is empty; expected "Elément" or "Poste".');
  if (lineType !== 'element')
    return new Rejection(
      'not-a-factor',
      'line-type-other',
      { value: cleanText(get('lineType')) },
      `Type Ligne ${quote(cleanText(get('lineType')))} is neither "Elément" nor "Poste".`,
    );
  if (!elementId) return new Rejection('missing-field', 'element-id-empty', {}, "Identifiant de l'élément is empty.");
  return null;
}

/** An element that is not a factor this tool may use: archived, another type of element, ecoinvent data. */
function notAFactor(get: CellReader, elementId: string): Rejection | null {
  const status = cleanText(get('status'));
  if (fold(status).startsWith('archive'))
    return new Rejection('archived', 'archived', { id: elementId, status }, `Element ${elementId} is archived (Statut de l'élément ${quote(status)}).`);
  const elementType = cleanText(get('elementType'));
  if (fold(elementType) !== "facteur d'emission")
    return new Rejection(
      'not-a-factor',
      elementType ? 'element-type-other' : 'element-type-empty',
      { id: elementId, type: elementType },
      elementType
        ? `Element ${elementId} is ${quote(elementType)}, not an emission factor ("Facteur d'émission").`
        : `Element ${elementId} has no Type de l'élément; only "Facteur d'émission" rows are factors.`,
    );
  // NOTES.md §1.1: ecoinvent-derived Base Empreinte datasets may not be published in a tool.
  const ecoinvent = [cleanText(get('contributor')), cleanText(get('source'))].find((t) => /ecoinvent/i.test(t));
  if (ecoinvent)
    return new Rejection(
      'not-a-factor',
      'ecoinvent',
      { id: elementId, source: ecoinvent },
      `Element ${elementId} comes from ecoinvent (${quote(ecoinvent)}): ecoinvent-sourced data cannot be redistributed.`,
    );
  return null;
}

function readValue(get: CellReader): number | Rejection {
  const totalText = get('total').trim();
  const value = parseDecimalComma(totalText);
  if (value !== null && value >= 0) return value;
  return new Rejection(
    'value',
    totalText === '' ? 'total-empty' : value === null ? 'total-not-number' : 'total-negative',
    { value: totalText },
    totalText === ''
      ? 'Total poste non décomposé is empty.'
      : value === null
        ? `Total poste non décomposé ${quote(totalText)} is not a number.`
        : `Total poste non décomposé ${quote(totalText)} is negative; a factor must be zero or more.`,
  );
}

function readUnit(get: CellReader): UnitMatch | Rejection {
  const unitText = cleanText(get('unit'));
  const unit = mapBaseCarboneUnit(unitText);
  if (unit) return unit;
  return new Rejection(
    'unit',
    unitText ? 'unit-unknown' : 'unit-empty',
    { value: unitText },
    unitText ? `Unit ${quote(unitText)} has no equivalent among the engine's units.` : 'Unité français is empty.',
  );
}

/** The factor's year: of its last modification, else of its creation, if either is a plausible date. */
function readYear(get: CellReader, modified: string | null): number | Rejection {
  const created = parseFullDate(get('created'));
  const dated = [modified, created].find((d) => d !== null && Number(d.slice(0, 4)) >= 1990 && Number(d.slice(0, 4)) <= 2100);
  if (dated) return Number(dated.slice(0, 4));
  return new Rejection(
    'missing-field',
    'no-date',
    { modified: get('modified').trim(), created: get('created').trim() },
    `Neither Date de modification ${quote(get('modified').trim())} nor Date de création ${quote(get('created').trim())} is a date from 1990 to 2100.`,
  );
}

/** `Incertitude` in percent as a relative uncertainty; none when empty or 0. */
function readUncertainty(get: CellReader): number | undefined | Rejection {
  const uncertaintyText = get('uncertainty').trim();
  if (uncertaintyText === '') return undefined;
  const percent = parseDecimalComma(uncertaintyText);
  if (percent === null || percent < 0 || percent > 400)
    return new Rejection('value', 'uncertainty-range', { value: uncertaintyText }, `Incertitude ${quote(uncertaintyText)} is not a percentage from 0 to 400.`);
  return percent > 0 ? percent / 100 : undefined;
}

interface CheckedFields {
  readonly elementId: string;
  readonly nameFr: string;
  readonly value: number;
  readonly unit: UnitMatch;
  readonly year: number;
  readonly uncertainty: number | undefined;
}

/** The parts that are not empty, joined by dashes. */
function joinParts(first: string, second: string, third: string): string {
  let joined = first;
  if (second) joined = joined ? `${joined} — ${second}` : second;
  if (third) joined = joined ? `${joined} — ${third}` : third;
  return joined;
}

/** Labels from the name, attribute and boundary (English falling back on French), source and note. */
function buildFactor(get: CellReader, { elementId, nameFr, value, unit, year, uncertainty }: CheckedFields): Factor {
  const attributeFr = cleanText(get('attributeFr'));
  const boundaryFr = cleanText(get('boundaryFr'));
  let labelFr = joinParts(nameFr, attributeFr, boundaryFr);
  let labelEn = joinParts(cleanText(get('baseEn')) || nameFr, cleanText(get('attributeEn')) || attributeFr, cleanText(get('boundaryEn')) || boundaryFr);
  if (unit.qualifier) {
    labelFr += ` — par ${unit.qualifier.fr}`;
    labelEn += ` — per ${unit.qualifier.en}`;
  }
  const contributor = cleanText(get('contributor'));
  const source = cleanText(get('source'));
  const sourceParts = contributor
    ? source
      ? `contributeur : ${contributor} ; source : ${source}`
      : `contributeur : ${contributor}`
    : source
      ? `source : ${source}`
      : '';
  const commentFr = truncate(cleanText(get('commentFr')), NOTE_MAX_CHARS);
  const commentEn = truncate(cleanText(get('commentEn')), NOTE_MAX_CHARS);
  const validUntil = parseFullDate(get('validity'));
  // Assigned one by one rather than spread in: a whole export builds thousands (the table's check orders the keys).
  const factor: Factor = {
    id: `bc-${elementId}`,
    category: mapBaseCarboneCategory(get('category'), nameFr),
    label: { fr: labelFr, en: labelEn },
    value,
    unit: `kgCO2e/${unit.unit}`,
    source: sourceParts ? `${SOURCE_PREFIX} — ${sourceParts}` : SOURCE_PREFIX,
    sourceId: elementId,
    year,
  };
  if (uncertainty !== undefined) factor.uncertainty = uncertainty;
  if (validUntil) factor.validUntil = validUntil;
  if (commentFr || commentEn) factor.note = { fr: commentFr || commentEn, en: commentEn || commentFr };
  return factor;
}

/**
 * An element's factor and its date of modification, or the first reason it is not one, checked in a fixed
 * order: kind of element, value, unit, name, date, uncertainty.
 */
export function readFactor(get: CellReader, elementId: string, nameFr: string): { factor: Factor; modified: string | null } | Rejection {
  const notUsable = notAFactor(get, elementId);
  if (notUsable) return notUsable;
  const value = readValue(get);
  if (value instanceof Rejection) return value;
  const unit = readUnit(get);
  if (unit instanceof Rejection) return unit;
  if (!nameFr) return new Rejection('missing-field', 'name-empty', {}, 'Nom base français is empty.');
  const modified = parseFullDate(get('modified'));
  const year = readYear(get, modified);
  if (year instanceof Rejection) return year;
  const uncertainty = readUncertainty(get);
  if (uncertainty instanceof Rejection) return uncertainty;
  return { factor: buildFactor(get, { elementId, nameFr, value, unit, year, uncertainty }), modified };
}
