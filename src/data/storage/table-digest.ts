// A table's checksum (tableChecksum in the domain) hashed by the platform's SHA-256 where there is one (Web
// Crypto, in a secure context): a whole export's canonical JSON (3 MB) hashes there in a few milliseconds, in
// JavaScript in a few hundred. The same checksum either way.
import { canonicalJson, tableChecksum, type FactorTable } from '../../domain';

export async function digestTableChecksum(table: FactorTable): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return tableChecksum(table);
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(table))));
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
