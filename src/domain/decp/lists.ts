// DECP lists come in every shape (NOTES §1.2, §3.11): `{"technique": [...]}` (the schema), a bare list,
// `[{"titulaire": {...}}]` (the schema's items), `{"titulaire": [...]}` (XML read as a tree), a single
// value where XML had one element, or one text joined with ", " (the tabular export).

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of a list whatever its wrapping; `item` is the element name inside (e.g. `titulaire`). */
export function listItems(raw: unknown, item: string): unknown[] {
  // An empty XML element (<modifications/>) reads as empty text.
  if (raw === undefined || raw === null || raw === '') return [];
  let list: unknown = raw;
  if (isObject(list) && item in list) list = list[item];
  const items = Array.isArray(list) ? list : [list];
  // An item wrapped in its own element name ({"titulaire": {...}}) is unwrapped. A loop, not flatMap and
  // Object.keys: this runs several times per record of a national file.
  const out: unknown[] = [];
  for (const x of items) {
    if (isObject(x) && onlyKey(x, item)) {
      const inner = x[item];
      if (Array.isArray(inner)) for (const y of inner) out.push(y);
      else out.push(inner);
    } else out.push(x);
  }
  return out;
}

function onlyKey(object: Record<string, unknown>, key: string): boolean {
  let keys = 0;
  for (const k in object) {
    if (k !== key || ++keys > 1) return false;
  }
  return keys === 1;
}

/** The text items of a list, a joined text split at its commas (the tabular export's ", "). */
export function textItems(raw: unknown, item: string): string[] {
  if (typeof raw === 'string')
    return raw
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  return listItems(raw, item)
    .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
    .map((x) => String(x).trim())
    .filter((x) => x !== '');
}
