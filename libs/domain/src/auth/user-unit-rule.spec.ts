import { UnitType } from '../units/unit-type';
import { ALL_ROLES, Role } from './role';
import { requiredUnitType, userUnitProblem } from './user-unit-rule';

const UNIT_TYPES: Array<UnitType | null> = [...Object.values(UnitType), null];

const REQUIRED: Record<Role, UnitType | undefined> = {
  [Role.OrgAdmin]: undefined,
  [Role.OrgStaff]: undefined,
  [Role.Leader]: undefined,
  [Role.HostUnit]: UnitType.Host,
  [Role.Certifier]: UnitType.Certifier,
  [Role.Cadre]: undefined,
};

describe('requiredUnitType', () => {
  it.each(ALL_ROLES)('%s', (role) => {
    expect(requiredUnitType(role)).toBe(REQUIRED[role]);
  });
});

describe('userUnitProblem', () => {
  const cases = ALL_ROLES.flatMap((role) => UNIT_TYPES.map((unitType) => [role, unitType] as const));

  it.each(cases)('%s with unit type %s', (role, unitType) => {
    const required = REQUIRED[role];
    const problem = userUnitProblem(role, unitType);
    if (required === undefined || unitType === required) {
      expect(problem).toBeNull();
    } else {
      expect(problem).toBe(`a ${role} user needs a unit of type ${required}`);
    }
  });

  it.each<[Role, UnitType | null, boolean]>([
    [Role.HostUnit, UnitType.Host, true],
    [Role.HostUnit, UnitType.Certifier, false],
    [Role.HostUnit, UnitType.Sending, false],
    [Role.HostUnit, UnitType.OrgDepartment, false],
    [Role.HostUnit, null, false],
    [Role.Certifier, UnitType.Certifier, true],
    [Role.Certifier, UnitType.Host, false],
    [Role.Certifier, null, false],
    [Role.OrgAdmin, null, true],
    [Role.OrgStaff, UnitType.OrgDepartment, true],
    [Role.Leader, null, true],
    [Role.Cadre, UnitType.Sending, true],
    [Role.Cadre, null, true],
  ])('%s with %s is allowed: %s', (role, unitType, allowed) => {
    expect(userUnitProblem(role, unitType) === null).toBe(allowed);
  });

  it('names the role and the required unit type', () => {
    expect(userUnitProblem(Role.HostUnit, null)).toBe('a HOST_UNIT user needs a unit of type HOST');
    expect(userUnitProblem(Role.Certifier, UnitType.Host)).toBe('a CERTIFIER user needs a unit of type CERTIFIER');
  });
});
