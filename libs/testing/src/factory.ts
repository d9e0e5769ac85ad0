import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role, UnitType } from '@app/domain';
import { hashPassword } from '../../../apps/api/src/modules/auth/password-hasher';
import { Unit } from '../../../apps/api/src/modules/units/unit.entity';
import { User } from '../../../apps/api/src/modules/users/user.entity';

/** The password of every user a factory makes. */
export const TEST_PASSWORD = 'correct horse battery staple';

let testPasswordHash: Promise<string> | undefined;

/** Hashed once per test process: argon2 is slow on purpose. */
function hashedTestPassword(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

/** A short unique suffix, so suites sharing a database never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

const UNIT_TYPE_FOR_ROLE: Partial<Record<Role, UnitType>> = {
  [Role.HostUnit]: UnitType.Host,
  [Role.Certifier]: UnitType.Certifier,
};

/** Rows written straight to the database, for tests whose subject is something else. */
export class Factory {
  constructor(private readonly dataSource: DataSource) {}

  async newUnit(overrides: Partial<Pick<Unit, 'name' | 'code' | 'type' | 'parentId'>> = {}): Promise<Unit> {
    const repository = this.dataSource.getRepository(Unit);
    return repository.save(
      repository.create({ name: unique('单位'), code: unique('U'), type: UnitType.Host, parentId: null, ...overrides }),
    );
  }

  /** A user of the role, with a unit of the right type when the role needs one. */
  async newUser(role: Role, overrides: Partial<Pick<User, 'username' | 'displayName' | 'unitId' | 'cadreId' | 'disabled'>> = {}): Promise<User> {
    const unitType = UNIT_TYPE_FOR_ROLE[role];
    const unitId = overrides.unitId !== undefined ? overrides.unitId : unitType ? (await this.newUnit({ type: unitType })).id : null;
    const repository = this.dataSource.getRepository(User);
    return repository.save(
      repository.create({
        username: unique(role.toLowerCase().replace('_', '')),
        displayName: '测试用户',
        role,
        unitId,
        passwordHash: await hashedTestPassword(),
        disabled: false,
        passwordChangedAt: new Date(),
        ...overrides,
      }),
    );
  }
}
