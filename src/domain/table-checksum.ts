// A table's identity beyond its id and version: SHA-256 of its canonical form (keys sorted, no spaces),
// so that the same content always gives the same checksum, whatever the file's layout or key order.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FactorTable } from './schemas';

function canonicalJsonByParts(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByParts).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonByParts(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const UNWRITABLE = Symbol('unwritable');
const INDEX_LIKE = /^(0|[1-9]\d*)$/;

/**
 * A copy of `value` whose objects list their keys sorted and hold no undefined value: JSON.stringify writes it
 * as canonicalJsonByParts writes `value`. UNWRITABLE when `value` holds anything it would write otherwise: an
 * array hole or undefined item, a class instance, a function, or a key that an object cannot keep in sorted
 * place (an index-like key, which objects list first, or `__proto__`).
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' ? UNWRITABLE : value;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const itemCopy = item === undefined ? UNWRITABLE : sortedCopy(item);
      if (itemCopy === UNWRITABLE) return UNWRITABLE;
      copy[i] = itemCopy;
    }
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return UNWRITABLE;
  const keys = Object.keys(value).sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__' || INDEX_LIKE.test(key)) return UNWRITABLE;
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    const itemCopy = sortedCopy(item);
    if (itemCopy === UNWRITABLE) return UNWRITABLE;
    copy[key] = itemCopy;
  }
  return copy;
}

/**
 * Keys sorted, no spaces, undefined values left out. Written by JSON.stringify from a copy whose keys are in
 * that order, which takes a fifth of the time of writing it part by part on a large table; values it would
 * write otherwise are written part by part.
 */
export function canonicalJson(value: unknown): string {
  const copy = sortedCopy(value);
  return copy === UNWRITABLE ? canonicalJsonByParts(value) : (JSON.stringify(copy) as string);
}

// A checksum takes ~13 ms for a 114-factor table, and screens ask for it on every render: computed once per
// table object. Parsed tables are never changed in place (a change is a new version, a new object).
const checksums = new WeakMap<FactorTable, string>();

/** `sha256:` and the 64 hex digits of a value's canonical JSON: the same content, the same checksum. */
export function contentChecksum(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}

/** `sha256:` and the 64 hex digits of the table's canonical JSON. */
export function tableChecksum(table: FactorTable): string {
  let checksum = checksums.get(table);
  if (checksum === undefined) {
    checksum = contentChecksum(table);
    checksums.set(table, checksum);
  }
  return checksum;
}

/** The checksum as screens show it: its first 12 hex digits, enough to tell two contents apart at a glance. */
export function shortChecksum(checksum: string): string {
  return checksum.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * Two tables are the same table when they have the same id and version and the same checksum: key
 * order and layout do not count, a single changed value does. A released version is never edited, so
 * the same id and version with another checksum is a conflict, never a newer copy.
 */
export function sameTable(a: FactorTable, b: FactorTable): boolean {
  return a.id === b.id && a.version === b.version && tableChecksum(a) === tableChecksum(b);
}
