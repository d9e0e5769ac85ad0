import { ScopeKind, scopeKindOf, SecondmentCategory } from '@app/domain';
import type { AuthUser } from './actor';

/**
 * The objects a user may see, as data the repositories turn into WHERE clauses.
 * Whatever falls outside answers 404, never 403: existence is not revealed.
 */
export type ObjectScope =
  | { readonly kind: 'ALL' }
  | { readonly kind: 'HOST_UNIT'; readonly unitId: string }
  | { readonly kind: 'SELF'; readonly cadreId: string }
  | { readonly kind: 'CERTIFIER'; readonly unitId: string }
  | { readonly kind: 'NONE' };

/**
 * The category a certifier certifies (双出具). The certifiers of a round are data
 * (round_certifier); which category they serve is the seed's rule, named once here.
 */
const CERTIFIED_CATEGORY = SecondmentCategory.InvestmentPromotion;

/** SQL: assessment alias `a` is an investment assessment of a round the certifier is configured for. */
function certifiedSql(a: string): string {
  return `(${a}.category = :certifiedCategory AND EXISTS (SELECT 1 FROM round_certifier scope_rc WHERE scope_rc.round_id = ${a}.round_id AND scope_rc.unit_id = :scopeUnitId))`;
}

export function objectScopeOf(user: AuthUser): ObjectScope {
  switch (scopeKindOf(user.role)) {
    case ScopeKind.All:
      return { kind: 'ALL' };
    case ScopeKind.HostUnit:
      return user.unitId ? { kind: 'HOST_UNIT', unitId: user.unitId } : { kind: 'NONE' };
    case ScopeKind.Self:
      return user.cadreId ? { kind: 'SELF', cadreId: user.cadreId } : { kind: 'NONE' };
    case ScopeKind.Certifier:
      return user.unitId ? { kind: 'CERTIFIER', unitId: user.unitId } : { kind: 'NONE' };
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
    case 'CERTIFIER':
      return {
        sql: `EXISTS (SELECT 1 FROM assessment scope_a WHERE scope_a.secondment_id = ${s}.id AND ${certifiedSql('scope_a')})`,
        params: { scopeUnitId: scope.unitId, certifiedCategory: CERTIFIED_CATEGORY },
      };
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
    case 'CERTIFIER':
      return {
        sql: `EXISTS (SELECT 1 FROM assessment scope_a WHERE scope_a.cadre_id = ${c}.id AND ${certifiedSql('scope_a')})`,
        params: { scopeUnitId: scope.unitId, certifiedCategory: CERTIFIED_CATEGORY },
      };
    case 'NONE':
      return { sql: 'FALSE', params: {} };
  }
}

/** SQL that keeps the rows of assessment alias `a` this scope may see. */
export function assessmentScopeSql(scope: ObjectScope, a: string): { sql: string; params: Record<string, unknown> } {
  if (scope.kind === 'CERTIFIER') return { sql: certifiedSql(a), params: { scopeUnitId: scope.unitId, certifiedCategory: CERTIFIED_CATEGORY } };
  return ownedRowScopeSql(scope, a);
}

/**
 * SQL for rows that carry a cadre_id and a host_unit_id (work records, performance
 * entries): their cadre and their host unit see them; a certifier does not.
 */
export function ownedRowScopeSql(scope: ObjectScope, a: string): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case 'ALL':
      return { sql: 'TRUE', params: {} };
    case 'HOST_UNIT':
      return { sql: `${a}.host_unit_id = :scopeUnitId`, params: { scopeUnitId: scope.unitId } };
    case 'SELF':
      return { sql: `${a}.cadre_id = :scopeCadreId`, params: { scopeCadreId: scope.cadreId } };
    case 'CERTIFIER':
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
