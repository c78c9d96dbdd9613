// The fingerprint of the checks a stored line passed: every file of the engine (src/domain), whose schemas,
// units and bounds decide what a valid line is. Line chunks written by a build carry it; a build with the same
// fingerprint trusts them without checking each line again, any other build checks them (storage/line-trust.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
    .sort();
}

/** @param {string} root the project's folder */
export function lineChecksStamp(root) {
  const hash = createHash('sha256');
  for (const file of files(join(root, 'src/domain'))) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
