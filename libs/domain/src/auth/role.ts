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

/** How people name each role (the console's header, user lists). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.OrgAdmin]: '组织部管理员',
  [Role.OrgStaff]: '考核专班',
  [Role.Leader]: '区领导',
  [Role.HostUnit]: '用人单位',
  [Role.Certifier]: '认定单位',
  [Role.Cadre]: '挂职干部',
};
