// The architecture, checked: arrows point one way (ui → state → data → domain), components reach storage
// only through a state class, and nothing anywhere imports in a circle (scripts and tests included).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The engine runs in Node and the browser: it imports nothing of storage, state, UI or catalogues.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(data|state|ui|i18n)/' },
    },
    {
      name: 'data-below-state',
      severity: 'error',
      comment: 'Storage and formats know nothing of application state or components.',
      from: { path: '^src/data/' },
      to: { path: '^src/(state|ui)/' },
    },
    {
      name: 'state-below-ui',
      severity: 'error',
      comment: 'App-wide state knows nothing of the screens.',
      from: { path: '^src/state/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'components-reach-storage-through-state',
      severity: 'error',
      comment: 'A component renders and forwards events; its state class (a .svelte.ts file) talks to storage.',
      from: { path: '^src/ui/.+\\.svelte$' },
      to: { path: '^src/data/storage/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'app-never-imports-scripts-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.svelte.ts', '.svelte', '.js', '.mjs', '.json'] },
  },
};
