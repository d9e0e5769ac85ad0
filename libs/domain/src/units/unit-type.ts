export enum UnitType {
  OrgDepartment = 'ORG_DEPARTMENT',
  Sending = 'SENDING',
  Host = 'HOST',
  Certifier = 'CERTIFIER',
}

/** A unit type as the console and the reports name it. */
export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, string>> = {
  [UnitType.OrgDepartment]: '组织部门',
  [UnitType.Sending]: '派出单位',
  [UnitType.Host]: '用人单位',
  [UnitType.Certifier]: '认定单位',
};
