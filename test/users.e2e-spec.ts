import { Role, UnitType } from '@app/domain';
import { createTestApp, login, type Session, signIn, type TestApp, unique } from '@app/testing';

describe('users', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, Role.OrgAdmin);
  });

  afterAll(async () => {
    await t.close();
  });

  const newUserBody = (overrides: Record<string, unknown> = {}) => ({
    username: unique('Staff'),
    displayName: '李四',
    role: Role.OrgStaff,
    password: 'a long enough passphrase',
    ...overrides,
  });

  it('lets ORG_ADMIN create a user who can then sign in; the username is stored lower-case', async () => {
    const body = newUserBody();
    const created = await admin.post('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: body.username.toLowerCase(), displayName: '李四', role: 'ORG_STAFF', unitId: null, disabled: false, version: 1 });
    expect(created.body).not.toHaveProperty('passwordHash');
    await expect(login(t, body.username, body.password)).resolves.toHaveProperty('accessToken');

    const fetched = await admin.get(`/api/users/${created.body.id}`);
    expect(fetched.body).toEqual(created.body);
  });

  it('answers 409 for a taken username, whatever its case', async () => {
    const body = newUserBody();
    expect((await admin.post('/api/users', body)).status).toBe(201);
    const again = await admin.post('/api/users', { ...body, username: body.username.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.details).toMatchObject({ code: 'CONFLICT', field: 'username', inChinese: `用户名 ${body.username.toLowerCase()} 已被使用` });
  });

  it('answers 400 naming the field for a weak password, a bad role, and a role without its unit', async () => {
    const weak = await admin.post('/api/users', newUserBody({ password: 'short' }));
    expect(weak.status).toBe(400);
    expect(weak.body.details.fields[0]).toMatchObject({ field: 'password', errors: ['must be at least 12 characters'], inChinese: ['至少 12 个字符'] });

    const role = await admin.post('/api/users', newUserBody({ role: 'SUPERUSER' }));
    expect(role.status).toBe(400);
    expect(role.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['role']);

    const noUnit = await admin.post('/api/users', newUserBody({ role: Role.HostUnit }));
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.details.fields[0].field).toBe('unitId');

    const sending = await t.factory.newUnit({ type: UnitType.Sending });
    const wrongType = await admin.post('/api/users', newUserBody({ role: Role.HostUnit, unitId: sending.id }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toContain('HOST');

    const missingUnit = await admin.post('/api/users', newUserBody({ role: Role.Certifier, unitId: '00000000-0000-4000-8000-000000000000' }));
    expect(missingUnit.status).toBe(400);
    expect(missingUnit.body.details.fields[0].field).toBe('unitId');
  });

  it('creates a HOST_UNIT user bound to a host unit', async () => {
    const host = await t.factory.newUnit({ type: UnitType.Host });
    const created = await admin.post('/api/users', newUserBody({ role: Role.HostUnit, unitId: host.id }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'HOST_UNIT', unitId: host.id });
  });

  it('updates with the current version and answers 409 to a stale one, changing nothing', async () => {
    const created = (await admin.post('/api/users', newUserBody())).body;
    const renamed = await admin.patch(`/api/users/${created.id}`, { version: 1, displayName: '王五' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ displayName: '王五', version: 2 });

    const stale = await admin.patch(`/api/users/${created.id}`, { version: 1, displayName: '赵六' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.code).toBe('VERSION_CONFLICT');
    expect((await admin.get(`/api/users/${created.id}`)).body).toMatchObject({ displayName: '王五', version: 2 });
  });

  it('refuses fields a user may not set through the update, naming them', async () => {
    const created = (await admin.post('/api/users', newUserBody())).body;
    const response = await admin.patch(`/api/users/${created.id}`, { version: 1, passwordHash: 'x', username: 'renamed' });
    expect(response.status).toBe(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['passwordHash', 'username']);
  });

  it('does not let an administrator disable or demote themselves', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    const response = await admin.patch(`/api/users/${me.id}`, { version: me.version, disabled: true });
    expect(response.status).toBe(409);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('resets a password: the old one and every session stop working', async () => {
    const victim = await signIn(t, Role.Leader);
    const reset = await admin.post(`/api/users/${victim.user.id}/password`, { newPassword: 'reset by the administrator' });
    expect(reset.status).toBe(204);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    await expect(login(t, victim.user.username, 'reset by the administrator')).resolves.toHaveProperty('accessToken');
  });

  it('lists with filters, text search, sorting and paging', async () => {
    const marker = unique('filt');
    for (const name of ['b', 'a', 'c']) {
      expect((await admin.post('/api/users', newUserBody({ username: `${marker}-${name}`, role: Role.Leader }))).status).toBe(201);
    }
    const page = await admin.get(`/api/users?q=${marker}&role=LEADER&sort=-username&page=1&pageSize=2`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: { username: string }) => u.username)).toEqual([`${marker}-c`, `${marker}-b`]);
    const second = await admin.get(`/api/users?q=${marker}&sort=-username&page=2&pageSize=2`);
    expect(second.body.items.map((u: { username: string }) => u.username)).toEqual([`${marker}-a`]);
  });

  it('answers 400 for a sort field outside the allowlist and for a page size over 100', async () => {
    const sort = await admin.get('/api/users?sort=password_hash');
    expect(sort.status).toBe(400);
    expect(sort.body.details.fields[0].field).toBe('sort');
    expect((await admin.get('/api/users?pageSize=1000')).status).toBe(400);
  });

  it('treats a search term with % and _ literally', async () => {
    const response = await admin.get('/api/users?q=%25');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(0);
  });

  it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
    expect((await admin.get('/api/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/api/users/not-a-uuid')).status).toBe(400);
  });

  it.each([Role.OrgStaff, Role.Leader, Role.HostUnit, Role.Certifier, Role.Cadre])('answers 403 to %s for the user list and user creation', async (role) => {
    const session = await signIn(t, role);
    expect((await session.get('/api/users')).status).toBe(403);
    expect((await session.post('/api/users', newUserBody())).status).toBe(403);
  });
});
