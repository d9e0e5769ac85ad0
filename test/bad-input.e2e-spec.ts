import { Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

/** Inputs that once reached the database or the engine and answered 500: each must answer 400 naming the field. */
describe('bad input answers 400, never 500', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, Role.OrgAdmin);
  });

  afterAll(async () => {
    await t.close();
  });

  const expectField = (response: { status: number; body: { details?: { fields?: { field: string }[] } } }, field: string) => {
    expect(response.status).toBe(400);
    expect(response.body.details?.fields?.map((f) => f.field)).toContain(field);
  };

  it('refuses null for a field that cannot be empty, on every PATCH', async () => {
    const unit = await t.registry.newUnit(UnitType.Host);
    const cadre = await t.registry.newCadre();
    const batch = await t.registry.newBatch();
    const secondment = await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id });
    const user = await t.factory.newUser(Role.Leader);
    const draft = await admin.post('/api/rubrics', {
      name: unique('草稿'),
      basedOnId: (await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' })).id,
    });

    expectField(await admin.patch(`/api/cadres/${cadre.id}`, { version: cadre.version, name: null }), 'name');
    expectField(await admin.patch(`/api/units/${unit.id}`, { version: unit.version, name: null }), 'name');
    expectField(await admin.patch(`/api/users/${user.id}`, { version: user.version, disabled: null }), 'disabled');
    expectField(await admin.patch(`/api/batches/${batch.id}`, { version: batch.version, status: null }), 'status');
    expectField(await admin.patch(`/api/secondments/${secondment.id}`, { version: secondment.version, hostUnitId: null }), 'hostUnitId');
    expectField(await admin.patch(`/api/secondments/${secondment.id}`, { version: secondment.version, post: null }), 'post');
    expectField(await admin.patch(`/api/rubrics/${draft.body.id}`, { version: draft.body.version, name: null }), 'name');
    // A nullable field may still be cleared with null.
    expect((await admin.patch(`/api/secondments/${secondment.id}`, { version: secondment.version, groupLabel: null })).status).toBe(200);
  });

  it('refuses arrays where a rubric needs objects', async () => {
    const base = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const draft = (await admin.post('/api/rubrics', { name: unique('草稿'), basedOnId: base.id })).body;
    for (const [key, value, field] of [
      ['variants', [], 'definition.variants'],
      ['ratingWeights', [], 'definition.ratingWeights'],
      ['minimumRatings', [], 'definition.minimumRatings'],
      ['items', [[]], 'definition.items'],
    ] as const) {
      const definition = { ...draft.definition, [key]: value };
      const response = await admin.patch(`/api/rubrics/${draft.id}`, { version: draft.version, definition });
      expect(response.status).toBe(400);
      expect(response.body.details.fields.map((f: { field: string }) => f.field).some((f: string) => f.startsWith(field))).toBe(true);
    }
    const preview = await admin.post(`/api/rubrics/${base.id}/preview`, { category: 'GRASSROOTS', entered: {}, ratings: { BALLOTS: [] } });
    expect(preview.status).toBe(400);
  });

  it('refuses an audit-log date PostgreSQL could not read, and a multipart body without a boundary', async () => {
    const date = await admin.get('/api/audit-log?from=not-a-date');
    expectField(date, 'from');
    const offset = await admin.get(`/api/audit-log?from=${encodeURIComponent('2026-01-01T00:00:00+20:00')}`);
    expect(offset.status).toBeLessThan(500);
    const batch = await t.registry.newBatch();
    const multipart = await admin.post(`/api/imports/roster?batchId=${batch.id}`).set('content-type', 'multipart/form-data').send('garbage');
    expect(multipart.status).toBe(400);
  });

  it('keeps a unit’s type while accounts or secondments depend on it', async () => {
    const unit = await t.registry.newUnit(UnitType.Host);
    await t.factory.newUser(Role.HostUnit, { unitId: unit.id });
    const response = await admin.patch(`/api/units/${unit.id}`, { version: unit.version, type: 'SENDING' });
    expect(response.status).toBe(409);
    expect(response.body.details.field).toBe('type');
    const free = await t.registry.newUnit(UnitType.Host);
    expect((await admin.patch(`/api/units/${free.id}`, { version: free.version, type: 'SENDING' })).status).toBe(200);
  });

  it('shows a host unit only the batches it has cadres in', async () => {
    const unit = await t.registry.newUnit(UnitType.Host);
    const mine = await t.registry.newBatch();
    const other = await t.registry.newBatch();
    const cadre = await t.registry.newCadre();
    await t.registry.newSecondment({ cadreId: cadre.id, batchId: mine.id, hostUnitId: unit.id });
    const host = await signIn(t, Role.HostUnit, { unitId: unit.id });
    const list = await host.get('/api/batches?pageSize=100');
    expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([mine.id]);
    expect((await host.get(`/api/batches/${mine.id}`)).status).toBe(200);
    expect((await host.get(`/api/batches/${other.id}`)).status).toBe(404);
  });
});
