import { insertMany, selectByIds } from '@app/database';
import { Role, UnitType } from '@app/domain';
import { createTestApp, type TestApp, unique } from '@app/testing';
import type { SignedInActor } from '../apps/api/src/common/auth/actor';
import { Unit } from '../apps/api/src/modules/units/unit.entity';
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

  it('inserts many rows in one statement, answering their ids in the order given, enums and nulls converted, or none at all', async () => {
    const prefix = unique('批量');
    const rows = Array.from({ length: 1500 }, (_, i) => ({ name: `${prefix}单位${i}`, code: `${prefix}-${i}`, type: i % 2 ? UnitType.Host : UnitType.Sending, parentId: null }));
    const ids = await t.dataSource.transaction((manager) => insertMany(manager, Unit, rows));
    expect(ids).toHaveLength(rows.length);
    const stored: { id: string; code: string; type: UnitType }[] = await t.dataSource.query('SELECT id, code, type FROM unit WHERE id = ANY($1::uuid[])', [ids]);
    const byId = new Map(stored.map((u) => [u.id, u]));
    expect(ids.map((id) => byId.get(id)?.code)).toEqual(rows.map((r) => r.code));
    expect(ids.map((id) => byId.get(id)?.type)).toEqual(rows.map((r) => r.type));
    // A bad row fails the statement: nothing of the batch is stored.
    const failing = [{ name: `${prefix}甲`, code: `${prefix}-x`, type: UnitType.Host, parentId: null }, { name: null as unknown as string, code: `${prefix}-y`, type: UnitType.Host, parentId: null }];
    await expect(t.dataSource.transaction((manager) => insertMany(manager, Unit, failing))).rejects.toThrow();
    expect(await t.dataSource.query('SELECT 1 FROM unit WHERE code = $1', [`${prefix}-x`])).toEqual([]);
    expect(await t.dataSource.transaction((manager) => insertMany(manager, Unit, []))).toEqual([]);
  });

  it('reads by ids the same whether one id (prepared on a server) or many, and a prepared read answers fresh values each time', async () => {
    const prefix = unique('按编号');
    const rows = Array.from({ length: 3 }, (_, i) => ({ name: `${prefix}单位${i}`, code: `${prefix}-${i}`, type: UnitType.Host, parentId: null }));
    const ids = await t.dataSource.transaction((manager) => insertMany(manager, Unit, rows));
    const codesOf = async (of: string[]) =>
      (await selectByIds<{ code: string }>(t.dataSource, of, (matches) => `SELECT code FROM unit WHERE id ${matches} AND type = :type ORDER BY code`, { type: UnitType.Host })).map((r) => r.code);
    expect(await codesOf(ids)).toEqual(rows.map((r) => r.code));
    // Each id alone, more often than PostgreSQL takes to switch a prepared statement to its generic plan.
    for (let round = 0; round < 3; round++) for (const [i, id] of ids.entries()) expect(await codesOf([id])).toEqual([rows[i].code]);
    expect(await codesOf([])).toEqual([]);
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
