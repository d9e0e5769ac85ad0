import { ALL_ROLES, Role } from './role';
import { Permission, hasPermission, permissionsOf, rolesWith } from './permissions';

const ALL_PERMISSIONS = Object.values(Permission);
const MANAGEMENT_PERMISSIONS = [
  Permission.UserRead,
  Permission.UserManage,
  Permission.UnitManage,
  Permission.AuditRead,
  Permission.PiiRead,
  Permission.CadreManage,
  Permission.BatchManage,
  Permission.SecondmentManage,
  Permission.RosterImport,
  Permission.RosterExport,
  Permission.DossierManage,
  Permission.IncentiveRead,
  Permission.IncentiveManage,
];

describe('permissions', () => {
  it('knows every permission and every role (guards against an empty table making the tests vacuous)', () => {
    expect(ALL_PERMISSIONS).toHaveLength(40);
    expect(ALL_ROLES).toHaveLength(6);
  });

  const OWN_VOICE = [
    Permission.HostUnitEvaluate,
    Permission.WorkRecordWrite,
    Permission.WorkRecordReview,
    Permission.PerformanceWrite,
    Permission.CertificateIssue,
    Permission.MutualEvaluationRate,
    Permission.ResultAcknowledge,
  ];
  const ADMIN_PERMISSIONS = ALL_PERMISSIONS.filter((p) => !OWN_VOICE.includes(p));

  it('only a host unit speaks for a host unit', () => {
    expect(rolesWith(Permission.HostUnitEvaluate)).toEqual([Role.HostUnit]);
  });

  it.each(ADMIN_PERMISSIONS)('ORG_ADMIN has %s', (permission) => {
    expect(hasPermission(Role.OrgAdmin, permission)).toBe(true);
  });

  it('ORG_ADMIN is granted exactly the full permission list', () => {
    expect([...permissionsOf(Role.OrgAdmin)].sort()).toEqual([...ADMIN_PERMISSIONS].sort());
  });

  const scoped = [Role.HostUnit, Role.Certifier, Role.Cadre];
  const scopedPairs = scoped.flatMap((role) => MANAGEMENT_PERMISSIONS.map((permission) => [role, permission] as const));

  it.each(scopedPairs)('%s does not have %s', (role, permission) => {
    expect(hasPermission(role, permission)).toBe(false);
  });

  it('CADRE reads the registry and writes its own work records (its scope narrows what it sees)', () => {
    expect([...permissionsOf(Role.Cadre)].sort()).toEqual(
      [
        Permission.BatchRead,
        Permission.CadreRead,
        Permission.SecondmentRead,
        Permission.WorkRecordRead,
        Permission.WorkRecordWrite,
        Permission.PerformanceRead,
        Permission.PerformanceWrite,
        Permission.MutualEvaluationRate,
        Permission.ResultAcknowledge,
        Permission.DossierRead,
      ].sort(),
    );
  });

  it('HOST_UNIT reads the registry and its assessments, and evaluates its own cadres', () => {
    expect([...permissionsOf(Role.HostUnit)].sort()).toEqual(
      [
        Permission.AssessmentRead,
        Permission.BatchRead,
        Permission.CadreRead,
        Permission.HostUnitEvaluate,
        Permission.SecondmentRead,
        Permission.WorkRecordRead,
        Permission.WorkRecordReview,
        Permission.PerformanceRead,
        Permission.DossierRead,
      ].sort(),
    );
  });

  it('CERTIFIER reads its investment cadres and issues certificates', () => {
    expect([...permissionsOf(Role.Certifier)].sort()).toEqual([Permission.AssessmentRead, Permission.CadreRead, Permission.CertificateIssue].sort());
  });

  it('only the organization department sees PII in full', () => {
    expect([...rolesWith(Permission.PiiRead)].sort()).toEqual([Role.OrgAdmin, Role.OrgStaff].sort());
  });

  describe('LEADER', () => {
    it('may read the audit log', () => {
      expect(hasPermission(Role.Leader, Permission.AuditRead)).toBe(true);
    });

    it.each([Permission.UserManage, Permission.UserRead, Permission.UnitManage])('may not %s', (permission) => {
      expect(hasPermission(Role.Leader, permission)).toBe(false);
    });
  });

  describe('ORG_STAFF', () => {
    it.each([
      [Permission.UnitRead, true],
      [Permission.UnitManage, false],
      [Permission.UserRead, false],
      [Permission.UserManage, false],
      [Permission.AuditRead, false],
      [Permission.CadreManage, true],
      [Permission.RosterImport, true],
    ] as const)('%s: %s', (permission, expected) => {
      expect(hasPermission(Role.OrgStaff, permission)).toBe(expected);
    });
  });

  it('only ORG_ADMIN may manage users, units or read users', () => {
    expect(rolesWith(Permission.UserManage)).toEqual([Role.OrgAdmin]);
    expect(rolesWith(Permission.UnitManage)).toEqual([Role.OrgAdmin]);
    expect(rolesWith(Permission.UserRead)).toEqual([Role.OrgAdmin]);
  });

  it('the audit log is readable by ORG_ADMIN and LEADER only', () => {
    expect([...rolesWith(Permission.AuditRead)].sort()).toEqual([Role.Leader, Role.OrgAdmin].sort());
  });

  const pairs = ALL_ROLES.flatMap((role) => ALL_PERMISSIONS.map((permission) => [role, permission] as const));

  it.each(pairs)('rolesWith agrees with hasPermission and permissionsOf for (%s, %s)', (role, permission) => {
    const granted = hasPermission(role, permission);
    expect(rolesWith(permission).includes(role)).toBe(granted);
    expect(permissionsOf(role).includes(permission)).toBe(granted);
  });

  it.each(ALL_PERMISSIONS)('rolesWith(%s) lists each role once and only known roles', (permission) => {
    const roles = rolesWith(permission);
    expect(new Set(roles).size).toBe(roles.length);
    for (const role of roles) expect(ALL_ROLES).toContain(role);
  });
});
