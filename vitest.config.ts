import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { lineChecksStamp } from './scripts/line-checks-stamp.mjs';

// Two projects: the engine, data and command line run as plain Node modules; the screens' state classes
// and their tests (`*.svelte.test.ts`) use runes. Vitest runs them in Node, where Svelte would compile
// and resolve them for the server, whose `$effect` never runs and whose `$derived` does not follow its
// sources: they are compiled and resolved for the browser instead, as in the app.
// As in the build (vite.config.ts), so that the store's trust in its own chunks is tested too; each project its own.
const define = { __LINE_CHECKS__: JSON.stringify(lineChecksStamp(import.meta.dirname)) };

export default defineConfig({
  test: {
    // A cap, not a timed assertion: a 50 MB export or a zip bomb takes 2 s on a quiet machine and
    // several times that on CI's busy one. Speed targets live in `npm run bench`.
    testTimeout: 60_000,
    projects: [
      {
        define,
        test: {
          name: 'unit',
          testTimeout: 60_000,
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.svelte.test.ts', 'tests/unit/**/*.render.test.ts'],
          environment: 'node',
          setupFiles: ['tests/register-catalogues.ts'],
        },
      },
      {
        define,
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        ssr: { resolve: { conditions: ['browser'] } },
        test: {
          name: 'state',
          testTimeout: 60_000,
          include: ['tests/unit/**/*.svelte.test.ts'],
          environment: 'node',
          setupFiles: ['tests/register-catalogues.ts'],
        },
      },
      // Components rendered to HTML by Svelte's server renderer: what a screen shows, read without a browser.
      {
        define,
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'server' }) })],
        test: {
          name: 'component',
          testTimeout: 60_000,
          include: ['tests/unit/**/*.render.test.ts'],
          environment: 'node',
          setupFiles: ['tests/register-catalogues.ts'],
        },
      },
    ],
  },
});
