import { Role } from '@app/domain';
import { createTestApp, type TestApp, unique } from '@app/testing';
import type { SignedInActor } from '../apps/api/src/common/auth/actor';
import { User } from '../apps/api/src/modules/users/user.entity';
import { UsersService } from '../apps/api/src/modules/users/users.service';

describe('database behaviour', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('throws on an undefined or null id in a find instead of returning the first row', async () => {
    const repository = t.dataSource.getRepository(User);
    await expect(repository.findOneBy({ id: undefined as unknown as string })).rejects.toThrow();
    await expect(repository.findOneBy({ id: null as unknown as string })).rejects.toThrow();
  });

  it('writes a change and its audit event in one transaction: when the event fails, the change is gone', async () => {
    const admin = await t.factory.newUser(Role.OrgAdmin);
    const actor: SignedInActor = {
      user: { userId: admin.id, username: admin.username, role: Role.OrgAdmin, unitId: null, cadreId: null, sessionId: admin.id },
      // Longer than the audit column allows, so the audit insert fails after the user insert.
      requestId: 'r'.repeat(200),
    };
    const username = unique('atomic');
    await expect(
      t.app.get(UsersService).create(actor, { username, displayName: '原子', role: Role.Leader, password: 'a long enough passphrase' }),
    ).rejects.toThrow();
    expect(await t.dataSource.getRepository(User).findOneBy({ username })).toBeNull();
  });
});
