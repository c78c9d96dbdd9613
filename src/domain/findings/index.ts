export * from './finding';
export * from './line-checks';
export * from './scenario-checks';
