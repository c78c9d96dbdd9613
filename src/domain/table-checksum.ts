// A table's identity beyond its id and version: SHA-256 of its canonical form (keys sorted, no spaces),
// so that the same content always gives the same checksum, whatever the file's layout or key order.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FactorTable } from './schemas';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
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
