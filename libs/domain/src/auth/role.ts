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
