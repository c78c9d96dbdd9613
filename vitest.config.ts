import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Two projects: the engine, data and command line run as plain Node modules; the screens' state classes
// and their tests (`*.svelte.test.ts`) use runes. Vitest runs them in Node, where Svelte would compile
// and resolve them for the server, whose `$effect` never runs and whose `$derived` does not follow its
// sources: they are compiled and resolved for the browser instead, as in the app.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        ssr: { resolve: { conditions: ['browser'] } },
        test: {
          name: 'state',
          include: ['tests/unit/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
