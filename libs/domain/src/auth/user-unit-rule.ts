import { UnitType } from '../units/unit-type';
import { Role } from './role';

/**
 * Which unit a user of a role must belong to. A HOST_UNIT account speaks for a host
 * unit and a CERTIFIER account for a certifying body; their scoping follows from it.
 */
const REQUIRED_UNIT_TYPE: Partial<Record<Role, UnitType>> = {
  [Role.HostUnit]: UnitType.Host,
  [Role.Certifier]: UnitType.Certifier,
};

export function requiredUnitType(role: Role): UnitType | undefined {
  return REQUIRED_UNIT_TYPE[role];
}

/** Returns why a (role, unit type) pair is not allowed, or null. */
export function userUnitProblem(role: Role, unitType: UnitType | null): string | null {
  const required = requiredUnitType(role);
  if (required && unitType !== required) return `a ${role} user needs a unit of type ${required}`;
  return null;
}

/** A CADRE account speaks for exactly one cadre; no other role is tied to one. */
export function userCadreProblem(role: Role, hasCadre: boolean): string | null {
  if (role === Role.Cadre && !hasCadre) return 'a CADRE user needs the cadre it belongs to';
  if (role !== Role.Cadre && hasCadre) return `a ${role} user cannot be tied to a cadre`;
  return null;
}
