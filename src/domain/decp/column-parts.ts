// Columns in parts and back: a data set cut into chunks for storage, and chunks or data sets joined into
// one set of columns to group, contracts present in several parts merged. Both work column by column with
// typed loops: a national year is 150 chunks of 10,000 contracts.
import {
  DECP_COLUMNS_FORMAT,
  NUMBER_ARRAYS,
  NUMBER_COLUMNS,
  TEXT_COLUMNS,
  TextBuilder,
  type DecpColumns,
  type DecpTextColumn,
  type NumberArray,
  type NumberName,
  type TextName,
} from './columns';

/**
 * Parts (chunks, data sets) as one set of columns, contracts present in several parts merged by the rule of
 * merge.ts (the later version date, then more modifications, then the part given last). Column by column:
 * a first pass finds each row's place, a second copies every column with typed loops.
 */
export function concatColumns(parts: Iterable<DecpColumns>): { columns: DecpColumns; duplicates: number } {
  const list = [...parts];
  const texts = Object.fromEntries(TEXT_COLUMNS.map((n) => [n, new TextBuilder()])) as Record<TextName, TextBuilder>;
  const remaps = list.map(
    (part) =>
      Object.fromEntries(
        TEXT_COLUMNS.map((n) => [n, Uint32Array.from(part[n].values, (v) => (v === '' ? 0 : n === 'object' ? texts.object.append(v) : texts[n].code(v)))]),
      ) as Record<TextName, Uint32Array>,
  );
  // A contract is found by its id's code in the joined table (an array lookup), checked against its buyer;
  // an id that several buyers use falls back to a map keyed by both codes (each below 2^26).
  const rowOfId = new Int32Array(texts.id.values.length).fill(-1);
  const others = new Map<number, number>();
  const rowBuyer: number[] = [];
  const version: number[] = [];
  const modifications: number[] = [];
  let length = 0;
  let duplicates = 0;
  const find = (buyer: number, id: number): number | undefined => {
    if (buyer === 0 || id === 0) return undefined;
    const first = rowOfId[id]!;
    if (first < 0) return undefined;
    return rowBuyer[first] === buyer ? first : others.get(buyer * 67_108_864 + id);
  };
  const places = list.map((part, p) => {
    const place = new Int32Array(part.length);
    const buyers = remaps[p]!.buyer;
    const ids = remaps[p]!.id;
    for (let i = 0; i < part.length; i++) {
      const buyer = buyers[part.buyer.codes[i]!]!;
      const id = ids[part.id.codes[i]!]!;
      const v = part.versionDay[i]!;
      const m = part.modifications[i]!;
      const at = find(buyer, id);
      if (at === undefined) {
        if (buyer !== 0 && id !== 0) {
          if (rowOfId[id]! < 0) rowOfId[id] = length;
          else others.set(buyer * 67_108_864 + id, length);
        }
        place[i] = length++;
        rowBuyer.push(buyer);
        version.push(v);
        modifications.push(m);
      } else {
        duplicates += 1;
        if (v !== version[at] ? v < version[at]! : m < modifications[at]!) place[i] = -1;
        else {
          place[i] = at;
          version[at] = v;
          modifications[at] = m;
        }
      }
    }
    return place;
  });
  const codes = Object.fromEntries(TEXT_COLUMNS.map((n) => [n, new Uint32Array(length)])) as Record<TextName, Uint32Array>;
  const numbers = Object.fromEntries(NUMBER_COLUMNS.map((n) => [n, new NUMBER_ARRAYS[n](length)])) as Record<NumberName, NumberArray>;
  const buyerNames = new Array<string>(texts.buyer.values.length).fill('');
  list.forEach((part, p) => {
    const place = places[p]!;
    for (const n of TEXT_COLUMNS) copyCodes(place, part[n].codes, remaps[p]![n], codes[n]);
    for (const n of NUMBER_COLUMNS) copyNumbers(place, part[n], numbers[n]);
    part.buyerNames.forEach((name, code) => {
      const to = remaps[p]!.buyer[code]!;
      if (name !== '' && buyerNames[to] === '') buyerNames[to] = name;
    });
  });
  const columns = {
    format: DECP_COLUMNS_FORMAT,
    length,
    ...Object.fromEntries(TEXT_COLUMNS.map((n) => [n, { values: texts[n].values, codes: codes[n] }])),
    ...numbers,
    buyerNames,
  } as unknown as DecpColumns;
  return { columns, duplicates };
}

function copyCodes(place: Int32Array, from: Uint32Array, remap: Uint32Array, to: Uint32Array): void {
  for (let i = 0; i < place.length; i++) if (place[i]! >= 0) to[place[i]!] = remap[from[i]!]!;
}

function copyNumbers(place: Int32Array, from: NumberArray, to: NumberArray): void {
  for (let i = 0; i < place.length; i++) if (place[i]! >= 0) to[place[i]!] = from[i]!;
}

/** Rows [start, end) as columns of their own, their string tables holding only the values they use. */
export function sliceColumns(columns: DecpColumns, start: number, end: number): DecpColumns {
  const from = Math.max(0, start);
  const to = Math.max(from, Math.min(end, columns.length));
  // Rows of one set of columns are distinct contracts already: copied as they are, codes renumbered.
  const texts = Object.fromEntries(
    TEXT_COLUMNS.map((name) => {
      const { values, codes } = columns[name];
      const renumber = new Int32Array(values.length).fill(-1);
      renumber[0] = 0;
      const kept = [''];
      const sliced = new Uint32Array(to - from);
      for (let i = from; i < to; i++) {
        const code = codes[i]!;
        if (renumber[code]! < 0) renumber[code] = kept.push(values[code]!) - 1;
        sliced[i - from] = renumber[code]!;
      }
      return [name, { values: kept, codes: sliced, renumber }];
    }),
  ) as Record<TextName, DecpTextColumn & { renumber: Int32Array }>;
  const buyerNames: string[] = new Array<string>(texts.buyer.values.length).fill('');
  texts.buyer.renumber.forEach((to, code) => {
    if (to >= 0) buyerNames[to] = columns.buyerNames[code] ?? '';
  });
  return {
    format: DECP_COLUMNS_FORMAT,
    length: to - from,
    ...Object.fromEntries(TEXT_COLUMNS.map((name) => [name, { values: texts[name].values, codes: texts[name].codes }])),
    ...Object.fromEntries(NUMBER_COLUMNS.map((name) => [name, columns[name].slice(from, to)])),
    buyerNames,
  } as unknown as DecpColumns;
}
