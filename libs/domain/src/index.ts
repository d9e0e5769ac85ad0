export * from './auth/role';
export * from './auth/permissions';
export * from './auth/password-policy';
export * from './auth/user-unit-rule';
export * from './units/unit-type';
export * from './errors/domain-error';
export * from './audit/hash-chain';
