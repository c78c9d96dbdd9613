// One public contract as the DECP publish it, normalised field by field: each field keeps what the file
// said beside what we read it as, so an analyst can always see the published value behind a figure.

/** The shapes the data come in (NOTES §0, §1.5): the 2019 and 2022 schemas, as JSON or XML, and the tabular export. */
export type DecpShape = 'json-2019' | 'json-2022' | 'xml-2019' | 'xml-2022' | 'tabular';

/** Where a record's text came from: XML and CSV carry every value as text, JSON should not. */
export type DecpSource = 'json' | 'xml' | 'csv';

export type ContractKind = 'marche' | 'concession';

/** Environmental considerations as published; `notStated` when the file says nothing (always so in the 2019 format). */
export type EnvironmentalClass = 'clause' | 'criterion' | 'both' | 'none' | 'notStated';
/** Social considerations: the same, and `reserved` for "Marché réservé" / "Concession réservée". */
export type SocialClass = EnvironmentalClass | 'reserved';

export const ENVIRONMENTAL_CLASSES: readonly EnvironmentalClass[] = ['clause', 'criterion', 'both', 'none', 'notStated'];
export const SOCIAL_CLASSES: readonly SocialClass[] = ['clause', 'criterion', 'both', 'reserved', 'none', 'notStated'];

/** A normalised value and the value the file held (undefined: the field was absent). */
export interface Field<T> {
  readonly value: T | null;
  readonly original: unknown;
}

/** What can be wrong with a field; one fixed set, so a screen can word each kind in its own language. */
export type DefectKind =
  | 'unreadable-file' // not JSON, XML or CSV at all, or cut short
  | 'wrong-envelope' // the records are not where the schema puts them, or 2022 content in a 2019 envelope
  | 'not-a-record' // an entry of the list that is no object
  | 'missing' // a field the schema requires is absent, null or empty
  | 'marker' // a consolidator's marker (MQ, CDL, "INX ") stood for or before the value
  | 'number-as-text' // a number written as text in JSON
  | 'not-a-number'
  | 'amount-not-positive' // 0 or negative: left out of amount sums
  | 'amount-absurd' // 10 billion € or more, or the consolidators' sentinel: left out of amount sums
  | 'duration-absurd' // 0 or more than 360 months
  | 'date-format' // a date not written YYYY-MM-DD (e.g. "September, 16 2021")
  | 'date-invalid' // no date, or a year outside 1990–2100
  | 'date-order' // data published before the contract was notified
  | 'cpv-format' // spaces, a lost leading zero: the code was repaired
  | 'cpv-invalid' // no 8-digit code could be read
  | 'enum-spelling' // case, accents or apostrophes differ from the schema's value
  | 'enum-old-value' // a value of an older schema, mapped to today's
  | 'enum-unknown' // a value the schema does not know, kept as published
  | 'empty-list' // a list the schema requires at least one item in
  | 'consideration-unknown' // a considerations item that is none of the schema's values
  | 'consideration-contradiction' // "Pas de considération" beside a clause or criterion
  | 'identifier' // a buyer SIRET that is not 14 digits
  | 'html-in-text' // markup in a text field; it is shown as text, never as HTML
  | 'modification-order'; // a modification without the date that tells which one is latest

export interface DecpDefect {
  readonly file: string;
  /** Where the record is in the file: its JSON path (`marches.marche[3]`), or `line 5` in a CSV. */
  readonly record: string;
  /** The field as the schema names it (`montant`, `considerationsEnvironnementales`); `*` for the whole record or file. */
  readonly field: string;
  readonly kind: DefectKind;
  /** What was found, as JSON text, cut at 120 characters. */
  readonly found: string;
}

export interface DecpContract {
  /** Buyer SIRET + id: the contract's identity across files. */
  readonly key: string;
  readonly file: string;
  readonly record: string;
  readonly kind: ContractKind;
  readonly id: Field<string>;
  readonly buyerId: Field<string>;
  /** Only the 2019 format and the tabular export name the buyer. */
  readonly buyerName: Field<string>;
  readonly nature: Field<string>;
  readonly object: Field<string>;
  /** The 8 digits, without the check digit; concessions have none. */
  readonly cpv: Field<string>;
  readonly procedure: Field<string>;
  /** YYYY-MM-DD; for a concession, its signature date. */
  readonly notificationDate: Field<string>;
  readonly publicationDate: Field<string>;
  /** € excl. VAT after the latest modification that states one (a concession's valeurGlobale); null when unusable. */
  readonly amount: Field<number>;
  /** A framework agreement or a subsequent contract: the amount is a ceiling (an estimated maximum), not spend. */
  readonly amountIsCeiling: boolean;
  readonly durationMonths: Field<number>;
  /** Where it is carried out (lieuExecution) as INSEE department and region codes; null when not said or unreadable. */
  readonly place: { readonly department: string | null; readonly region: string | null; readonly original: unknown };
  readonly environmental: { readonly class: EnvironmentalClass; readonly original: unknown };
  readonly social: { readonly class: SocialClass; readonly original: unknown };
  readonly modifications: number;
  /** The latest date the contract's data speak of (publication or modification): the latest version wins a merge. */
  readonly versionDate: string | null;
}
