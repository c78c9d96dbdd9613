// Contracts held as columns, not objects: one typed array per number (amounts, dates, classes) and one
// string table per text (buyers, CPV codes, objects…), each contract a row index. A national year
// (1.5 million contracts) as DecpContract objects would take gigabytes and every grouping would walk
// objects; as columns it takes tens of megabytes, crosses a worker boundary as transferable buffers, is
// stored in chunks as it is, and a grouping is one loop over typed arrays (README, "why columns").
import { ENVIRONMENTAL_CLASSES, SOCIAL_CLASSES, type DecpContract } from './contract';

export const DECP_COLUMNS_FORMAT = 'decp-columns@1';

/** A text column: each row's code into `values`; code 0 (`values[0]`, the empty text) is "not said". */
export interface DecpTextColumn {
  readonly values: string[];
  readonly codes: Uint32Array;
}

/** Bits of `flags`. */
export const CEILING_FLAG = 1;
export const CONCESSION_FLAG = 2;

export interface DecpColumns {
  readonly format: typeof DECP_COLUMNS_FORMAT;
  readonly length: number;
  readonly id: DecpTextColumn;
  /** The buyer's SIRET. */
  readonly buyer: DecpTextColumn;
  /** The buyer's name by buyer code (the first a contract of that buyer gives; '' when none does). */
  readonly buyerNames: string[];
  /** The 8 digits of the CPV code, without check digit. */
  readonly cpv: DecpTextColumn;
  readonly procedure: DecpTextColumn;
  readonly nature: DecpTextColumn;
  readonly object: DecpTextColumn;
  /** INSEE codes of the place of execution. */
  readonly department: DecpTextColumn;
  readonly region: DecpTextColumn;
  /** The file the contract was read from. */
  readonly file: DecpTextColumn;
  /** € excl. VAT × 100 after modifications, whole cents (exact sums); NaN when unusable. */
  readonly amountCents: Float64Array;
  /** Notification (a concession's signature) date as YYYYMMDD; 0 when unknown. */
  readonly notified: Uint32Array;
  /** The latest date the contract's data speak of, YYYYMMDD, 0 when unknown: the later version wins a merge. */
  readonly versionDay: Uint32Array;
  /** 0 when unknown. */
  readonly durationMonths: Uint16Array;
  readonly modifications: Uint16Array;
  /** Index into ENVIRONMENTAL_CLASSES / SOCIAL_CLASSES. */
  readonly environmental: Uint8Array;
  readonly social: Uint8Array;
  /** CEILING_FLAG, CONCESSION_FLAG. */
  readonly flags: Uint8Array;
}

export const TEXT_COLUMNS = ['id', 'buyer', 'cpv', 'procedure', 'nature', 'object', 'department', 'region', 'file'] as const;
export const NUMBER_COLUMNS = ['amountCents', 'notified', 'versionDay', 'durationMonths', 'modifications', 'environmental', 'social', 'flags'] as const;
export type TextName = (typeof TEXT_COLUMNS)[number];
export type NumberName = (typeof NUMBER_COLUMNS)[number];
export type NumberArray = DecpColumns[NumberName];

export const NUMBER_ARRAYS: Readonly<Record<NumberName, new (n: number) => NumberArray>> = {
  amountCents: Float64Array,
  notified: Uint32Array,
  versionDay: Uint32Array,
  durationMonths: Uint16Array,
  modifications: Uint16Array,
  environmental: Uint8Array,
  social: Uint8Array,
  flags: Uint8Array,
};

const ENVIRONMENTAL_INDEX = new Map(ENVIRONMENTAL_CLASSES.map((c, i) => [c, i]));
const SOCIAL_INDEX = new Map(SOCIAL_CLASSES.map((c, i) => [c, i]));

/** YYYY-MM-DD as the number YYYYMMDD, 0 for none. */
export const dayNumber = (date: string | null) => (date === null ? 0 : Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)));

/** One row's values, codes already resolved for the text columns. */
type Row = Record<TextName, number> & Record<NumberName, number>;

export class TextBuilder {
  readonly values: string[] = [''];
  readonly #codes = new Map<string, number>([['', 0]]);
  /**
   * A value added without looking for it: free text (the object) is nearly always unique, and hashing a
   * million long texts to find the few repeated ones costs seconds when data sets are read back.
   */
  append(value: string): number {
    return this.values.push(value) - 1;
  }

  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }
}

/**
 * Builds columns contract by contract and merges duplicates as it goes (the rule of merge.ts: same buyer
 * SIRET and id, the later version date wins, then more modifications, then the one added last), so a caller
 * never holds every contract as an object: add a file's contracts, let them go, add the next file's.
 */
export class DecpColumnsBuilder {
  #length = 0;
  #capacity = 1024;
  #numbers = Object.fromEntries(NUMBER_COLUMNS.map((n) => [n, new NUMBER_ARRAYS[n](1024)])) as Record<NumberName, NumberArray>;
  #codes = Object.fromEntries(TEXT_COLUMNS.map((n) => [n, new Uint32Array(1024)])) as Record<TextName, Uint32Array>;
  readonly #texts = Object.fromEntries(TEXT_COLUMNS.map((n) => [n, new TextBuilder()])) as Record<TextName, TextBuilder>;
  #buyerNames: string[] = [''];
  readonly #rows = new Map<string, number>();
  /** Rows that repeated a contract already added and were merged into it. */
  duplicates = 0;

  get length(): number {
    return this.#length;
  }

  /** Adds one contract, or merges it with the one of the same key already added. */
  add(c: DecpContract): void {
    const t = this.#texts;
    const buyer = t.buyer.code(c.buyerId.value);
    if (c.buyerName.value !== null && (this.#buyerNames[buyer] ?? '') === '') this.#buyerNames[buyer] = c.buyerName.value;
    const cents = c.amount.value === null ? NaN : Math.round(c.amount.value * 100);
    this.#put(c.id.value !== null && c.buyerId.value !== null ? c.key : null, {
      // Ids and objects are nearly all unique: appended, not looked up (the merge goes by `key`).
      id: c.id.value === null ? 0 : t.id.append(c.id.value),
      buyer,
      cpv: t.cpv.code(c.cpv.value),
      procedure: t.procedure.code(c.procedure.value),
      nature: t.nature.code(c.nature.value),
      object: c.object.value === null ? 0 : t.object.append(c.object.value),
      department: t.department.code(c.place.department),
      region: t.region.code(c.place.region),
      file: t.file.code(c.file),
      amountCents: cents,
      notified: dayNumber(c.notificationDate.value),
      versionDay: dayNumber(c.versionDate),
      durationMonths: c.durationMonths.value ?? 0,
      modifications: Math.min(c.modifications, 65535),
      environmental: ENVIRONMENTAL_INDEX.get(c.environmental.class)!,
      social: SOCIAL_INDEX.get(c.social.class)!,
      flags: (c.amountIsCeiling ? CEILING_FLAG : 0) | (c.kind === 'concession' ? CONCESSION_FLAG : 0),
    });
  }

  #put(key: string | null, row: Row): void {
    let at = key === null ? undefined : this.#rows.get(key);
    if (at !== undefined) {
      this.duplicates += 1;
      const n = this.#numbers;
      const known = n.versionDay[at]!;
      if (row.versionDay !== known ? row.versionDay < known : row.modifications < n.modifications[at]!) return;
    } else {
      if (this.#length === this.#capacity) this.#grow();
      at = this.#length++;
      if (key !== null) this.#rows.set(key, at);
    }
    // Written column by column by name, not in a loop over names: this runs once per contract.
    const c = this.#codes;
    c.id[at] = row.id;
    c.buyer[at] = row.buyer;
    c.cpv[at] = row.cpv;
    c.procedure[at] = row.procedure;
    c.nature[at] = row.nature;
    c.object[at] = row.object;
    c.department[at] = row.department;
    c.region[at] = row.region;
    c.file[at] = row.file;
    const n = this.#numbers;
    n.amountCents[at] = row.amountCents;
    n.notified[at] = row.notified;
    n.versionDay[at] = row.versionDay;
    n.durationMonths[at] = row.durationMonths;
    n.modifications[at] = row.modifications;
    n.environmental[at] = row.environmental;
    n.social[at] = row.social;
    n.flags[at] = row.flags;
  }

  #grow(): void {
    this.#capacity *= 2;
    for (const n of NUMBER_COLUMNS) {
      const bigger = new NUMBER_ARRAYS[n](this.#capacity);
      bigger.set(this.#numbers[n]);
      this.#numbers[n] = bigger;
    }
    for (const n of TEXT_COLUMNS) {
      const bigger = new Uint32Array(this.#capacity);
      bigger.set(this.#codes[n]);
      this.#codes[n] = bigger;
    }
  }

  /** The columns of every row added, trimmed to their length. */
  build(): DecpColumns {
    const n = this.#length;
    const texts = Object.fromEntries(TEXT_COLUMNS.map((t) => [t, { values: this.#texts[t].values.slice(), codes: this.#codes[t].slice(0, n) }]));
    const numbers = Object.fromEntries(NUMBER_COLUMNS.map((c) => [c, this.#numbers[c].slice(0, n)]));
    const buyerNames = Array.from({ length: this.#texts.buyer.values.length }, (_, i) => this.#buyerNames[i] ?? '');
    return { format: DECP_COLUMNS_FORMAT, length: n, ...texts, ...numbers, buyerNames } as unknown as DecpColumns;
  }
}

/** Columns of contracts, duplicates merged; `duplicates` counts the records merged into another. */
export function columnsOfContracts(contracts: Iterable<DecpContract>): { columns: DecpColumns; duplicates: number } {
  const builder = new DecpColumnsBuilder();
  for (const c of contracts) builder.add(c);
  return { columns: builder.build(), duplicates: builder.duplicates };
}
