// The engine's public surface, for the app, the command line and the tests.
export * from './categories';
export * from './estimate';
export * from './estimate-scenario';
export * from './evaluate';
export * from './factor-index';
export * from './parse';
export * from './result';
export * from './schemas';
export * from './bounds';
export * from './tables';
export * from './units';
export * from './scenario-edits';
export * from './table-checksum';
export * from './text';
export * from './releases';
export * from './table-diff';
export * from './consolidate';
export * from './equivalences';
export * from './factor-choice';
export * from './line-name';
export * from './random';
export * from './percentiles';
export * from './factor-draws';
export * from './intervals';
export * from './assumption-draws';
export * from './contributions';
export * from './scenario-assumptions';
export * from './carbon-value';
export * from './life-cycle-cost';
// Not re-exported here: template.ts and template-factors.ts, imported by path, so that a bundler keeps the
// template code in the chunks that use it rather than in the engine the first screen loads.
export * from './findings';
export * from './estimate-transfer';
