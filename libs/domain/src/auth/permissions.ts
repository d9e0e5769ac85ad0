import { Role } from './role';

/**
 * What a route may require. Routes name one permission each; roles are granted
 * permissions here and nowhere else.
 */
export enum Permission {
  UnitRead = 'unit:read',
  UnitManage = 'unit:manage',
  UserRead = 'user:read',
  UserManage = 'user:manage',
  AuditRead = 'audit:read',
}

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.OrgAdmin]: Object.values(Permission),
  [Role.OrgStaff]: [Permission.UnitRead],
  [Role.Leader]: [Permission.UnitRead, Permission.AuditRead],
  [Role.HostUnit]: [],
  [Role.Certifier]: [],
  [Role.Cadre]: [],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => hasPermission(role, permission));
}
