import { Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';

describe('units', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, Role.OrgAdmin);
  });

  afterAll(async () => {
    await t.close();
  });

  const create = (overrides: Record<string, unknown> = {}) =>
    admin.post('/api/units', { name: '二七区商务局', code: unique('SWJ'), type: UnitType.Certifier, ...overrides });

  it('creates, reads and updates a unit with optimistic versions', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '二七区商务局', type: 'CERTIFIER', parentId: null, version: 1 });

    const updated = await admin.patch(`/api/units/${created.body.id}`, { version: 1, name: '二七区商务局(招商)' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: '二七区商务局(招商)', version: 2 });
    expect((await admin.patch(`/api/units/${created.body.id}`, { version: 1, name: 'x' })).status).toBe(409);
    expect((await admin.get(`/api/units/${created.body.id}`)).body.name).toBe('二七区商务局(招商)');
  });

  it('answers 409 for a taken code and 400 naming the field for a bad type or code', async () => {
    const first = await create();
    const again = await create({ code: first.body.code });
    expect(again.status).toBe(409);
    expect(again.body.details.field).toBe('code');

    const type = await create({ type: 'SCHOOL' });
    expect(type.status).toBe(400);
    expect(type.body.details.fields[0].field).toBe('type');
    const code = await create({ code: '=cmd|calc' });
    expect(code.status).toBe(400);
    expect(code.body.details.fields[0].field).toBe('code');
  });

  it('keeps the hierarchy a tree: a missing parent or a cycle answers 400 naming parentId', async () => {
    const top = (await create({ type: UnitType.OrgDepartment })).body;
    const child = (await create({ type: UnitType.Host, parentId: top.id })).body;
    expect(child.parentId).toBe(top.id);

    const cycle = await admin.patch(`/api/units/${top.id}`, { version: top.version, parentId: child.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.details.fields[0].field).toBe('parentId');
    const self = await admin.patch(`/api/units/${top.id}`, { version: top.version, parentId: top.id });
    expect(self.status).toBe(400);

    const orphan = await create({ parentId: '00000000-0000-4000-8000-000000000000' });
    expect(orphan.status).toBe(400);
    expect(orphan.body.details.fields[0].field).toBe('parentId');
  });

  it('lists by type and text, and lets ORG_STAFF and LEADER read but not write', async () => {
    const marker = unique('区');
    await create({ name: `${marker}财政局`, type: UnitType.Sending });
    await create({ name: `${marker}重点项目专班`, type: UnitType.Host });

    const staff = await signIn(t, Role.OrgStaff);
    const list = await staff.get(`/api/units?q=${encodeURIComponent(marker)}&type=HOST`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { name: string }) => u.name)).toEqual([`${marker}重点项目专班`]);

    const leader = await signIn(t, Role.Leader);
    expect((await leader.get('/api/units')).status).toBe(200);
    expect((await leader.post('/api/units', { name: 'x', code: unique('X'), type: 'HOST' })).status).toBe(403);
    expect((await staff.post('/api/units', { name: 'x', code: unique('X'), type: 'HOST' })).status).toBe(403);
  });

  it.each([Role.HostUnit, Role.Certifier, Role.Cadre])('answers 403 to %s for the unit list', async (role) => {
    const session = await signIn(t, role);
    expect((await session.get('/api/units')).status).toBe(403);
  });
});
