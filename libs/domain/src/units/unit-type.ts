export enum UnitType {
  OrgDepartment = 'ORG_DEPARTMENT',
  Sending = 'SENDING',
  Host = 'HOST',
  Certifier = 'CERTIFIER',
}
