// The engine's public surface, for the app, the command line and the tests.
export * from './categories';
export * from './estimate';
export * from './factor-index';
export * from './parse';
export * from './result';
export * from './schemas';
export * from './tables';
export * from './units';
export * from './scenario-edits';
export * from './table-hash';
export * from './releases';
export * from './table-diff';
export * from './consolidate';
export * from './equivalences';
export * from './uncertainty';
export * from './carbon-value';
export * from './life-cycle-cost';
