import { hasPermission, Permission } from './permissions';
import { Role } from './role';

/**
 * How far a role sees into the registry and everything built on it: everything, the
 * cadres seconded to its own unit, the cadres it certifies, or only oneself.
 */
export enum ScopeKind {
  All = 'ALL',
  HostUnit = 'HOST_UNIT',
  Certifier = 'CERTIFIER',
  Self = 'SELF',
}

const ROLE_SCOPE: Readonly<Record<Role, ScopeKind>> = {
  [Role.OrgAdmin]: ScopeKind.All,
  [Role.OrgStaff]: ScopeKind.All,
  [Role.Leader]: ScopeKind.All,
  [Role.HostUnit]: ScopeKind.HostUnit,
  [Role.Certifier]: ScopeKind.Certifier,
  [Role.Cadre]: ScopeKind.Self,
};

export function scopeKindOf(role: Role): ScopeKind {
  return ROLE_SCOPE[role];
}

/** National ids and phone numbers in full; everyone else sees them masked. */
export function seesFullPii(role: Role): boolean {
  return hasPermission(role, Permission.PiiRead);
}
