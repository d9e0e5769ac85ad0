export * from './embedded-postgres';
export * from './data-source-options';
export * from './snake-naming.strategy';
export * from './sql';
export * from './optimistic-update';
export * from './insert-many';
export * from './versioned.entity';
export * from './backup';
