import { Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const fieldsOf = (body: { details?: { fields?: { field: string }[] } }) => (body.details?.fields ?? []).map((f) => f.field).sort();

describe('batches', () => {
  let t: TestApp;
  let staff: Session;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
  });

  afterAll(async () => {
    await t.close();
  });

  const batchBody = (overrides: Record<string, unknown> = {}) => ({
    name: unique('2023年度挂职历练'),
    startDate: '2023-01-01',
    endDate: '2023-12-31',
    description: '区委选派干部到四个一线挂职历练',
    ...overrides,
  });

  const createBatch = async (overrides: Record<string, unknown> = {}) => {
    const response = await staff.post('/api/batches', batchBody(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; name: string; version: number; startDate: string; endDate: string };
  };

  describe('create and read', () => {
    it('answers 201 with the batch, ACTIVE (进行中) at version 1, and reads it back', async () => {
      const body = batchBody();
      const created = await staff.post('/api/batches', body);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: body.name,
        startDate: '2023-01-01',
        endDate: '2023-12-31',
        status: 'ACTIVE',
        statusLabel: '进行中',
        description: body.description,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const fetched = await staff.get(`/api/batches/${created.body.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(created.body);
    });

    it('stores a missing description as null and accepts a one-day period', async () => {
      const { description: _omitted, ...body } = batchBody({ startDate: '2024-05-01', endDate: '2024-05-01' });
      const created = await staff.post('/api/batches', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ description: null, startDate: '2024-05-01', endDate: '2024-05-01' });
    });

    it('answers 400 naming endDate when the period ends before it starts', async () => {
      const body = batchBody({ startDate: '2023-12-31', endDate: '2023-01-01' });
      const response = await staff.post('/api/batches', body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fieldsOf(response.body)).toEqual(['endDate']);
      expect((await staff.get(`/api/batches?q=${encodeURIComponent(body.name)}`)).body.total).toBe(0);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['a start date not written YYYY-MM-DD', { startDate: '2023/01/01' }, ['startDate']],
      ['a start date that is no real day', { startDate: '2023-02-29' }, ['startDate']],
      ['an end date that is no real day', { endDate: '2023-13-01' }, ['endDate']],
      ['a name starting with =', { name: '=cmd|"/c calc"!A1' }, ['name']],
      ['an empty name', { name: '' }, ['name']],
      ['a description starting with @', { description: '@SUM(1)' }, ['description']],
      ['a status on create', { status: 'CLOSED' }, ['status']],
      ['an unknown field', { year: 2023 }, ['year']],
    ])('answers 400 naming the field for %s', async (_name, change, fields) => {
      const response = await staff.post('/api/batches', batchBody(change));
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(fields);
    });

    it('answers 409 naming name for a name that is taken', async () => {
      const first = await createBatch();
      const again = await staff.post('/api/batches', batchBody({ name: first.name, startDate: '2024-01-01', endDate: '2024-12-31' }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT', field: 'name' } });
      expect((await staff.get(`/api/batches?q=${encodeURIComponent(first.name)}`)).body.total).toBe(1);
    });

    it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
      const unknown = await staff.get(`/api/batches/${UNKNOWN_ID}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found', details: { code: 'NOT_FOUND' } });
      expect((await staff.get('/api/batches/2023')).status).toBe(400);
    });
  });

  describe('update', () => {
    it('renames and closes with the current version; a stale version answers 409 and changes nothing', async () => {
      const created = await createBatch();
      const newName = unique('2023年度挂职历练(调整)');
      const renamed = await staff.patch(`/api/batches/${created.id}`, { version: 1, name: newName });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toEqual({ ...created, name: newName, version: 2, updatedAt: expect.any(String) });

      const stale = await staff.patch(`/api/batches/${created.id}`, { version: 1, name: unique('过期的修改') });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ statusCode: 409, details: { code: 'VERSION_CONFLICT' } });
      expect((await staff.get(`/api/batches/${created.id}`)).body).toEqual(renamed.body);

      const closed = await staff.patch(`/api/batches/${created.id}`, { version: 2, status: 'CLOSED' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'CLOSED', statusLabel: '已结束', version: 3, name: newName, startDate: '2023-01-01', endDate: '2023-12-31' });
    });

    it('moves only the end of the period, keeping its start', async () => {
      const created = await createBatch();
      const moved = await staff.patch(`/api/batches/${created.id}`, { version: 1, endDate: '2024-06-30' });
      expect(moved.status).toBe(200);
      expect(moved.body).toEqual({ ...created, endDate: '2024-06-30', version: 2, updatedAt: expect.any(String) });
    });

    it('moves both ends of the period at once', async () => {
      const created = await createBatch();
      const moved = await staff.patch(`/api/batches/${created.id}`, { version: 1, startDate: '2023-02-01', endDate: '2024-01-31' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ startDate: '2023-02-01', endDate: '2024-01-31', version: 2 });
    });

    it('changes only the description, keeping every other field', async () => {
      const created = await createBatch();
      const response = await staff.patch(`/api/batches/${created.id}`, { version: 1, description: '调整后的说明' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ ...created, description: '调整后的说明', version: 2, updatedAt: expect.any(String) });
    });

    it('answers 400 naming endDate when an update would end the period before it starts', async () => {
      const created = await createBatch();
      const response = await staff.patch(`/api/batches/${created.id}`, { version: 1, endDate: '2022-12-31' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['endDate']);
      expect((await staff.get(`/api/batches/${created.id}`)).body).toMatchObject({ endDate: '2023-12-31', version: 1 });
    });

    it('answers 400 naming status for a status outside the list', async () => {
      const created = await createBatch();
      const response = await staff.patch(`/api/batches/${created.id}`, { version: 1, status: 'ARCHIVED' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['status']);
    });

    it('answers 409 naming name when renaming to a taken name', async () => {
      const first = await createBatch();
      const second = await createBatch();
      const response = await staff.patch(`/api/batches/${second.id}`, { version: 1, name: first.name });
      expect(response.status).toBe(409);
      expect(response.body.details).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect((await staff.get(`/api/batches/${second.id}`)).body.name).toBe(second.name);
    });

    const batchWithSecondment = async () => {
      const created = await createBatch();
      const host = await t.registry.newUnit(UnitType.Host);
      const cadre = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: created.id, hostUnitId: host.id, startDate: '2023-03-01', endDate: '2023-10-31' });
      return created;
    };

    it('answers 409 when a new end or start date alone would leave a secondment outside the period', async () => {
      const created = await batchWithSecondment();
      const endsEarly = await staff.patch(`/api/batches/${created.id}`, { version: 1, endDate: '2023-06-30' });
      expect(endsEarly.status).toBe(409);
      expect(endsEarly.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT' } });
      expect(endsEarly.body.message).toContain('1 secondment');

      const startsLate = await staff.patch(`/api/batches/${created.id}`, { version: 1, startDate: '2023-04-01' });
      expect(startsLate.status).toBe(409);
      expect(startsLate.body.details.code).toBe('CONFLICT');
      expect((await staff.get(`/api/batches/${created.id}`)).body).toMatchObject({ startDate: '2023-01-01', endDate: '2023-12-31', version: 1 });
    });

    it('answers 409 when a new period (both dates) would leave a secondment outside it, and allows one that still holds it', async () => {
      const created = await batchWithSecondment();
      const shrunk = await staff.patch(`/api/batches/${created.id}`, { version: 1, startDate: '2023-01-01', endDate: '2023-06-30' });
      expect(shrunk.status).toBe(409);
      expect(shrunk.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT' } });
      expect(shrunk.body.message).toContain('1 secondment');
      expect((await staff.get(`/api/batches/${created.id}`)).body).toMatchObject({ startDate: '2023-01-01', endDate: '2023-12-31', version: 1 });

      const stillHolds = await staff.patch(`/api/batches/${created.id}`, { version: 1, startDate: '2023-03-01', endDate: '2023-10-31' });
      expect(stillHolds.status).toBe(200);
      expect(stillHolds.body).toMatchObject({ startDate: '2023-03-01', endDate: '2023-10-31', version: 2 });
    });

    it('answers 404 for an unknown id', async () => {
      const response = await staff.patch(`/api/batches/${UNKNOWN_ID}`, { version: 1, name: unique('无') });
      expect(response.status).toBe(404);
    });
  });

  describe('list', () => {
    it('filters by text and status, sorts by the allowlist and pages', async () => {
      const marker = unique('批次');
      const a = await createBatch({ name: `${marker}-a`, startDate: '2022-01-01', endDate: '2022-12-31' });
      const b = await createBatch({ name: `${marker}-b`, startDate: '2024-01-01', endDate: '2024-12-31' });
      const c = await createBatch({ name: `${marker}-c`, startDate: '2023-01-01', endDate: '2023-12-31' });
      expect((await staff.patch(`/api/batches/${b.id}`, { version: 1, status: 'CLOSED' })).status).toBe(200);
      const names = (body: { items: { name: string }[] }) => body.items.map((x) => x.name);
      const text = encodeURIComponent(marker);

      const newestFirst = await staff.get(`/api/batches?q=${text}`);
      expect(newestFirst.status).toBe(200);
      expect(newestFirst.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(names(newestFirst.body)).toEqual([b.name, c.name, a.name]);

      const firstPage = await staff.get(`/api/batches?q=${text}&sort=name&page=1&pageSize=2`);
      expect(firstPage.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(names(firstPage.body)).toEqual([a.name, b.name]);
      const secondPage = await staff.get(`/api/batches?q=${text}&sort=name&page=2&pageSize=2`);
      expect(names(secondPage.body)).toEqual([c.name]);

      expect(names((await staff.get(`/api/batches?q=${text}&sort=startDate`)).body)).toEqual([a.name, c.name, b.name]);
      expect(names((await staff.get(`/api/batches?q=${text}&sort=-createdAt`)).body)).toEqual([c.name, b.name, a.name]);

      const closed = await staff.get(`/api/batches?q=${text}&status=CLOSED`);
      expect(closed.body.total).toBe(1);
      expect(closed.body.items[0]).toMatchObject({ id: b.id, status: 'CLOSED', statusLabel: '已结束' });
      expect((await staff.get(`/api/batches?q=${text}&status=ACTIVE`)).body.total).toBe(2);
    });

    it.each([
      ['sort=description', 'sort'],
      ['sort=end_date', 'sort'],
      ['status=OPEN', 'status'],
      ['pageSize=101', 'pageSize'],
    ])('answers 400 naming the parameter for %s', async (query, field) => {
      const response = await staff.get(`/api/batches?${query}`);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    });
  });

  describe('access', () => {
    it.each([Role.HostUnit, Role.Cadre, Role.Leader])('answers 403 to %s creating or updating a batch, and changes nothing', async (role) => {
      const session = await signIn(t, role);
      const body = batchBody();
      const create = await session.post('/api/batches', body);
      expect(create.status).toBe(403);
      expect(create.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      expect((await staff.get(`/api/batches?q=${encodeURIComponent(body.name)}`)).body.total).toBe(0);

      const existing = await createBatch();
      expect((await session.patch(`/api/batches/${existing.id}`, { version: 1, status: 'CLOSED' })).status).toBe(403);
      expect((await staff.get(`/api/batches/${existing.id}`)).body).toMatchObject({ status: 'ACTIVE', version: 1 });
    });

    it('lets ORG_ADMIN manage batches and LEADER read them', async () => {
      const admin = await signIn(t, Role.OrgAdmin);
      const created = await admin.post('/api/batches', batchBody());
      expect(created.status).toBe(201);
      const leader = await signIn(t, Role.Leader);
      const read = await leader.get(`/api/batches/${created.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created.body);
    });

    it('answers 403 to CERTIFIER for the batch list and 401 without a token', async () => {
      const certifier = await signIn(t, Role.Certifier);
      expect((await certifier.get('/api/batches')).status).toBe(403);
      expect((await t.http.get('/api/batches')).status).toBe(401);
      expect((await t.http.post('/api/batches').send(batchBody())).status).toBe(401);
    });
  });
});
