// The engine runs in Node and in the browser: src/domain imports nothing of storage, UI or the DOM.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = new URL('../../src/domain/', import.meta.url).pathname;
const files = readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

describe('src/domain stays pure', () => {
  it.each(files)('%s imports only the domain and zod', (file) => {
    const source = readFileSync(join(DOMAIN, file), 'utf8');
    const imports = [...source.matchAll(IMPORT)].map((m) => m[1]);
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^(\.\/[a-z-]+|zod\/mini|@noble\/hashes\/[a-z0-9]+\.js)$/);
    expect(source, `${file} touches the DOM or browser storage`).not.toMatch(/\b(window|document|localStorage|indexedDB)\b/);
  });
});
