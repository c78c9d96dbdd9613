// One record of a DECP file, marché or concession, 2019 or 2022 schema, read field by field into a
// contract. A record is never dropped: whatever is wrong becomes a defect and a null beside the original.
import type { ContractKind, DecpContract, Field } from './contract';
import { classifyEnvironmental, classifySocial } from './considerations';
import { CONCESSION_NATURE, CONCESSION_PROCEDURE, MARCHE_NATURE, MARCHE_NATURE_2019, MARCHE_PROCEDURE } from './enums';
import { addDefect, foldSpelling, readAmount, readCpv, readDate, readEnum, readFreeText, readMonths, readSiret, readText, type RecordContext } from './fields';
import { isObject, listItems, textItems } from './lists';
import { readPlace } from './place';

export type SchemaVersion = '2019' | '2022';

type Raw = Readonly<Record<string, unknown>>;

/** The buyer object (`acheteur`, a concession's `autoriteConcedante`), or the dotted flat keys some 2019 files use. */
function buyerOf(raw: Raw, kind: ContractKind): { id: unknown; name: unknown } {
  const key = kind === 'marche' ? 'acheteur' : 'autoriteConcedante';
  const buyer = raw[key];
  if (isObject(buyer)) return { id: buyer.id, name: buyer.nom };
  return { id: raw[`${key}.id`], name: raw[`${key}.nom`] };
}

interface Versioned {
  amount: Field<number>;
  durationMonths: Field<number>;
  modifications: number;
  versionDate: string | null;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * The amount and duration after the modifications, which replace them (NOTES §3.6): applied in the order of
 * their date, then of their id; the latest that states an amount (a duration) gives it.
 */
function applyModifications(ctx: RecordContext, raw: Raw, kind: ContractKind, schema: SchemaVersion, initial: Versioned): Versioned {
  const amountKey = kind === 'marche' ? 'montant' : 'valeurGlobale';
  const dateKey = kind === 'marche' ? 'dateNotificationModification' : 'dateSignatureModification';
  const read = listItems(raw.modifications, 'modification').map((m, i) => {
    const at = `modifications[${i}]`;
    if (!isObject(m)) {
      addDefect(ctx, at, 'not-a-record', m);
      return null;
    }
    // Croix's 2019 file uses the concession's key for a marché's modification date.
    // Both dates are required since the 2022 schema.
    const required = schema === '2022';
    const date = readDate(ctx, `${at}.${dateKey}`, m[dateKey] ?? m.dateSignatureModification ?? m.dateNotificationModification, required).value;
    const published = readDate(ctx, `${at}.datePublicationDonneesModification`, m.datePublicationDonneesModification, required).value;
    if (date === null && published === null) addDefect(ctx, at, 'modification-order', m);
    const id = typeof m.id === 'number' ? m.id : Number(m.id);
    return {
      order: i,
      id: Number.isFinite(id) ? id : i,
      date: date ?? published,
      latest: later(date, published),
      amount: m[amountKey] === undefined || m[amountKey] === null ? null : readAmount(ctx, `${at}.${amountKey}`, m[amountKey], false),
      months: m.dureeMois === undefined || m.dureeMois === null ? null : readMonths(ctx, `${at}.dureeMois`, m.dureeMois, false),
    };
  });
  const applied = read.filter((m) => m !== null).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id || a.order - b.order);
  let { amount, durationMonths, versionDate } = initial;
  for (const m of applied) {
    if (m.amount?.value != null) amount = m.amount;
    if (m.months?.value != null) durationMonths = m.months;
    versionDate = later(versionDate, m.latest);
  }
  return { amount, durationMonths, versionDate, modifications: applied.length };
}

const FRAMEWORK = /^accord cadre|^marche subsequent/;

/** A framework agreement (or a contract under one) states a ceiling, not spend (NOTES §3.6). */
function isCeiling(raw: Raw, techniques: readonly string[]): boolean {
  if (techniques.some((t) => foldSpelling(t) === 'accord cadre')) return true;
  if (typeof raw.idAccordCadre === 'string' && raw.idAccordCadre.trim() !== '') return true;
  return [raw.nature, raw._type].some((v) => typeof v === 'string' && FRAMEWORK.test(foldSpelling(v)));
}

/** Lists the 2022 schema requires at least one item in, named as the schema (and the malformed files) name them. */
const REQUIRED_LISTS = [
  ['techniques', 'technique'],
  ['modalitesExecution', 'modaliteExecution'],
  ['typesPrix', 'typePrix'],
] as const;

function checkMarcheLists(ctx: RecordContext, raw: Raw): string[] {
  for (const [name, item] of REQUIRED_LISTS) {
    const value = raw[name] ?? raw[item];
    if (value === undefined || value === null) addDefect(ctx, name, 'missing', value);
    else if (textItems(value, item).length === 0) addDefect(ctx, name, 'empty-list', value);
  }
  return textItems(raw.techniques ?? raw.technique, 'technique');
}

export function readContract(ctx: RecordContext, raw: Raw, kind: ContractKind, schema: SchemaVersion): DecpContract {
  const marche = kind === 'marche';
  const buyer = buyerOf(raw, kind);
  const buyerId = readSiret(ctx, marche ? 'acheteur.id' : 'autoriteConcedante.id', buyer.id);
  const id = readText(ctx, 'id', raw.id, true);
  const techniques = marche && schema === '2022' ? checkMarcheLists(ctx, raw) : [];
  const notificationKey = marche ? 'dateNotification' : 'dateSignature';
  const notificationDate = readDate(ctx, notificationKey, raw[notificationKey], true);
  const publicationDate = readDate(ctx, 'datePublicationDonnees', raw.datePublicationDonnees, true);
  if (notificationDate.value && publicationDate.value && publicationDate.value < notificationDate.value)
    addDefect(ctx, 'datePublicationDonnees', 'date-order', `${publicationDate.value} < ${notificationDate.value}`);
  const amountKey = marche ? 'montant' : 'valeurGlobale';
  const versioned = applyModifications(ctx, raw, kind, schema, {
    amount: readAmount(ctx, amountKey, raw[amountKey], true),
    durationMonths: readMonths(ctx, 'dureeMois', raw.dureeMois, true),
    modifications: 0,
    versionDate: publicationDate.value,
  });
  // Without an id or a buyer the contract cannot be matched with another: it stands alone, under its place in its file.
  const key = id.value !== null && buyerId.value !== null ? `${buyerId.value}|${id.value}` : `${ctx.file}#${ctx.record}`;
  return {
    key,
    file: ctx.file,
    record: ctx.record,
    kind,
    id,
    buyerId,
    buyerName: readText(ctx, marche ? 'acheteur.nom' : 'autoriteConcedante.nom', buyer.name, false),
    nature: readEnum(ctx, 'nature', raw.nature, marche ? (schema === '2019' ? MARCHE_NATURE_2019 : MARCHE_NATURE) : CONCESSION_NATURE, true),
    object: readFreeText(ctx, 'objet', raw.objet, true),
    cpv: marche ? readCpv(ctx, 'codeCPV', raw.codeCPV, true) : { value: null, original: raw.codeCPV },
    procedure: readEnum(ctx, 'procedure', raw.procedure, marche ? MARCHE_PROCEDURE : CONCESSION_PROCEDURE, true),
    notificationDate,
    publicationDate,
    amountIsCeiling: marche && isCeiling(raw, techniques),
    place: { ...readPlace(raw.lieuExecution), original: raw.lieuExecution },
    environmental: { class: classifyEnvironmental(ctx, raw.considerationsEnvironnementales, schema === '2022'), original: raw.considerationsEnvironnementales },
    social: { class: classifySocial(ctx, raw.considerationsSociales, schema === '2022'), original: raw.considerationsSociales },
    ...versioned,
  };
}
