// Installs the project's packages when package-lock.json changed since the last install (or never ran),
// so that `npm start` and `npm test` work alone on a fresh clone.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = readFileSync('package-lock.json');
const wanted = createHash('sha256').update(lock).digest('hex');
const stamp = 'node_modules/.carbone-evite-installed';

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  console.log('Installing the project’s packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, wanted);
}
