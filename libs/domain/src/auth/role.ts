/** The roles of PRODUCT.md. A user has exactly one. */
export enum Role {
  OrgAdmin = 'ORG_ADMIN',
  OrgStaff = 'ORG_STAFF',
  Leader = 'LEADER',
  HostUnit = 'HOST_UNIT',
  Certifier = 'CERTIFIER',
  Cadre = 'CADRE',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles whose every query is narrowed to the objects they own (a foreign id answers 404). */
export const SCOPED_ROLES: ReadonlySet<Role> = new Set([Role.HostUnit, Role.Certifier, Role.Cadre]);
