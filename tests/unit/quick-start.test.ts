// The README's two commands on a fresh machine: `npm start` and `npm test` each serve on their own port,
// so both can run at once, and neither prints notices a newcomer cannot act on (npm's note about
// unreviewed install scripts, the bundler's plugin timings, the build's file list).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { hasInstallScript?: boolean }> };

describe('quick start', () => {
  it('npm start and the end-to-end tests of npm test claim different ports', () => {
    const start = /--port (\d+)/.exec(pkg.scripts.start ?? '')?.[1];
    const e2e = /E2E_PORT \?\? (\d+)/.exec(read('playwright.config.ts'))?.[1];
    expect(start).toBe('4173');
    expect(e2e).toBeDefined();
    expect(e2e).not.toBe(start);
  });

  it('every package with an install script is reviewed in allowScripts, so npm ci does not warn', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(pkg.allowScripts?.[name], name).toBeTypeOf('boolean');
  });

  it('the builds npm start and npm test run print warnings only, without the bundler timings notice', () => {
    expect(pkg.scripts.start).toMatch(/vite build --logLevel warn &&/);
    expect(read('playwright.config.ts')).toMatch(/vite build --logLevel warn &&/);
    const build = viteConfig as { build?: { rolldownOptions?: { checks?: { bundlerTimings?: boolean } } } };
    expect(build.build?.rolldownOptions?.checks?.bundlerTimings).toBe(false);
  });
});
