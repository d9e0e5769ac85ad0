export * from './test-app';
export * from './factory';
export * from './session';
export * from './fresh-database';
export * from './registry-factory';
export * from './binary';
export * from './child-app';
export * from './scoring-inputs';
