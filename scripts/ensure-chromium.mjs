// Before the end-to-end tests: make sure a Chromium is there. Playwright cannot download its own browser
// here, so on Debian or Ubuntu, as root, install the distribution's package; otherwise say what to run.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium';

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    console.log(`No Chromium found; installing Debian's package: ${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!findChromium()) {
    console.error(
      `The end-to-end tests need Chromium and none was found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\n` +
        `Install it with:  sudo sh -c '${INSTALL}'\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome executable.`,
    );
    process.exit(1);
  }
}
