// The engine runs in Node and in the browser: src/domain imports nothing of storage, UI or the DOM.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = new URL('../../src/domain/', import.meta.url).pathname;
const files = readdirSync(DOMAIN, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

describe('src/domain stays pure', () => {
  it.each(files)('%s imports only the domain and zod', (file) => {
    const source = readFileSync(join(DOMAIN, file), 'utf8');
    const imports = [...source.matchAll(IMPORT)].map((m) => m[1]);
    // A file in a sub-folder (findings/) may reach the domain's top level with ../, never further up.
    const relative = file.includes('/') ? /^(\.\/[a-z-]+|\.\.\/[a-z-]+)$/ : /^\.\/[a-z-]+(\/[a-z-]+)?$/;
    for (const spec of imports) {
      if (/^(zod\/mini|@noble\/hashes\/[a-z0-9]+\.js)$/.test(spec!)) continue;
      // Small data the engine always needs (the carbon values) may come from emission-factors/ as JSON.
      if (!file.includes('/') && /^\.\.\/\.\.\/emission-factors\/[a-z-]+\.json$/.test(spec!)) continue;
      expect(spec, `${file} imports ${spec}`).toMatch(relative);
    }
    expect(source, `${file} touches the DOM or browser storage`).not.toMatch(/\b(window|document|localStorage|indexedDB)\b/);
  });
});
