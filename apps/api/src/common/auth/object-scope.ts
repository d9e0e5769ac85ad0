import { ScopeKind, scopeKindOf } from '@app/domain';
import type { AuthUser } from './actor';

/**
 * The objects a user may see, as data the repositories turn into WHERE clauses.
 * Whatever falls outside answers 404, never 403: existence is not revealed.
 */
export type ObjectScope =
  | { readonly kind: 'ALL' }
  | { readonly kind: 'HOST_UNIT'; readonly unitId: string }
  | { readonly kind: 'SELF'; readonly cadreId: string }
  | { readonly kind: 'NONE' };

export function objectScopeOf(user: AuthUser): ObjectScope {
  switch (scopeKindOf(user.role)) {
    case ScopeKind.All:
      return { kind: 'ALL' };
    case ScopeKind.HostUnit:
      return user.unitId ? { kind: 'HOST_UNIT', unitId: user.unitId } : { kind: 'NONE' };
    case ScopeKind.Self:
      return user.cadreId ? { kind: 'SELF', cadreId: user.cadreId } : { kind: 'NONE' };
    case ScopeKind.Certifier:
      // Certifiers see investment cadres through the rounds they certify (issue 6).
      return { kind: 'NONE' };
  }
}

/** SQL that keeps the rows of secondment alias `s` this scope may see, with its parameters. */
export function secondmentScopeSql(scope: ObjectScope, s: string): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case 'ALL':
      return { sql: 'TRUE', params: {} };
    case 'HOST_UNIT':
      return { sql: `${s}.host_unit_id = :scopeUnitId`, params: { scopeUnitId: scope.unitId } };
    case 'SELF':
      return { sql: `${s}.cadre_id = :scopeCadreId`, params: { scopeCadreId: scope.cadreId } };
    case 'NONE':
      return { sql: 'FALSE', params: {} };
  }
}

/** SQL that keeps the rows of cadre alias `c` this scope may see: a host unit sees the cadres seconded to it. */
export function cadreScopeSql(scope: ObjectScope, c: string): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case 'ALL':
      return { sql: 'TRUE', params: {} };
    case 'HOST_UNIT':
      return {
        sql: `EXISTS (SELECT 1 FROM secondment scope_s WHERE scope_s.cadre_id = ${c}.id AND scope_s.host_unit_id = :scopeUnitId)`,
        params: { scopeUnitId: scope.unitId },
      };
    case 'SELF':
      return { sql: `${c}.id = :scopeCadreId`, params: { scopeCadreId: scope.cadreId } };
    case 'NONE':
      return { sql: 'FALSE', params: {} };
  }
}

/** SQL that keeps the rows of assessment alias `a` this scope may see. */
export function assessmentScopeSql(scope: ObjectScope, a: string): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case 'ALL':
      return { sql: 'TRUE', params: {} };
    case 'HOST_UNIT':
      return { sql: `${a}.host_unit_id = :scopeUnitId`, params: { scopeUnitId: scope.unitId } };
    case 'SELF':
      return { sql: `${a}.cadre_id = :scopeCadreId`, params: { scopeCadreId: scope.cadreId } };
    case 'NONE':
      return { sql: 'FALSE', params: {} };
  }
}

/** SQL that keeps the batches (alias `b`) in which this scope has a secondment. */
export function batchScopeSql(scope: ObjectScope, b: string): { sql: string; params: Record<string, unknown> } {
  if (scope.kind === 'ALL') return { sql: 'TRUE', params: {} };
  const visible = secondmentScopeSql(scope, 'scope_bs');
  return { sql: `EXISTS (SELECT 1 FROM secondment scope_bs WHERE scope_bs.batch_id = ${b}.id AND ${visible.sql})`, params: visible.params };
}
