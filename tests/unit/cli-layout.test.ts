// scripts/cli: imports point one way — main → dispatch → each subcommand → inputs → command, and src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../../scripts/cli/', import.meta.url).pathname;
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;
const importsOf = (file: string) => [...readFileSync(join(CLI, file), 'utf8').matchAll(IMPORT)].map((m) => m[1] as string);
const local = (file: string) => importsOf(file).filter((spec) => spec.startsWith('./'));

const files = readdirSync(CLI).filter((f) => f.endsWith('.ts'));
const subcommands = files.filter((f) => !['main.ts', 'dispatch.ts', 'inputs.ts', 'command.ts'].includes(f));

describe('scripts/cli imports', () => {
  it.each(files)('%s does not import the entry', (file) => {
    expect(importsOf(file)).not.toContain('./main');
  });

  it.each(subcommands)('subcommand %s imports only the shared modules, src/ and node:', (file) => {
    for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).toMatch(/^(\.\/(command|inputs)|\.\.\/\.\.\/src\/.+|node:[a-z]+)$/);
  });

  it('the shared modules import no subcommand: inputs.ts only command.ts, command.ts nothing here', () => {
    expect(local('inputs.ts')).toEqual(['./command']);
    expect(local('command.ts')).toEqual([]);
  });

  it('main.ts imports the dispatcher alone', () => {
    expect(local('main.ts')).toEqual(['./dispatch']);
  });
});
