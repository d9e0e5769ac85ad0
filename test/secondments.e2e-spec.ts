import { Role, SecondmentCategory, SecondmentStatus, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Named {
  id: string;
  name: string;
}

const fieldsOf = (body: { details?: { fields?: { field: string }[] } }) => (body.details?.fields ?? []).map((f) => f.field).sort();
const idsOf = (body: { items: { id: string }[] }) => body.items.map((s) => s.id).sort();

describe('secondments', () => {
  let t: TestApp;
  let staff: Session;
  let batch: Named;
  let host: Named;
  let otherHost: Named;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    batch = await t.registry.newBatch({ startDate: '2023-01-01', endDate: '2023-12-31' });
    host = await t.registry.newUnit(UnitType.Host, unique('淮河路街道办事处'));
    otherHost = await t.registry.newUnit(UnitType.Host, unique('区重点项目专班'));
  });

  afterAll(async () => {
    await t.close();
  });

  const secondmentBody = (cadreId: string, overrides: Record<string, unknown> = {}) => ({
    cadreId,
    batchId: batch.id,
    hostUnitId: host.id,
    category: SecondmentCategory.Grassroots,
    post: '街道党工委副书记',
    startDate: '2023-03-01',
    endDate: '2023-12-31',
    ...overrides,
  });

  const create = async (cadreId: string, overrides: Record<string, unknown> = {}) => {
    const response = await staff.post('/api/secondments', secondmentBody(cadreId, overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; status: string };
  };

  describe('create', () => {
    it('answers 201 with the secondment, the names of its cadre, batch and host unit, and Chinese labels', async () => {
      const cadre = await t.registry.newCadre();
      const body = secondmentBody(cadre.id, { category: SecondmentCategory.InvestmentPromotion, post: '驻深圳招商联络处副主任', groupLabel: '驻外招商机构' });
      const created = await staff.post('/api/secondments', body);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        cadre: { id: cadre.id, name: cadre.name },
        batch: { id: batch.id, name: batch.name },
        hostUnit: { id: host.id, name: host.name },
        category: 'INVESTMENT_PROMOTION',
        categoryLabel: '招商一线',
        post: '驻深圳招商联络处副主任',
        startDate: '2023-03-01',
        endDate: '2023-12-31',
        groupLabel: '驻外招商机构',
        status: 'ACTIVE',
        statusLabel: '在岗',
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const fetched = await staff.get(`/api/secondments/${created.body.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(created.body);

      const ofCadre = await staff.get(`/api/cadres/${cadre.id}`);
      expect(ofCadre.body.secondments).toEqual([created.body]);
    });

    it.each([
      [SecondmentCategory.Grassroots, '基层一线'],
      [SecondmentCategory.MajorProject, '项目一线'],
      [SecondmentCategory.InvestmentPromotion, '招商一线'],
      [SecondmentCategory.StateEnterprise, '国企一线'],
      [SecondmentCategory.KeyTask, '其他重点工作'],
    ])('labels the category %s as %s; a missing group label is null', async (category, label) => {
      const cadre = await t.registry.newCadre();
      const created = await staff.post('/api/secondments', secondmentBody(cadre.id, { category }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ category, categoryLabel: label, groupLabel: null, status: 'ACTIVE', statusLabel: '在岗' });
    });

    it('accepts a period that is exactly the batch period', async () => {
      const cadre = await t.registry.newCadre();
      const created = await staff.post('/api/secondments', secondmentBody(cadre.id, { startDate: '2023-01-01', endDate: '2023-12-31' }));
      expect(created.status).toBe(201);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['a start date before the batch starts', { startDate: '2022-12-31' }, ['startDate']],
      ['an end date after the batch ends', { endDate: '2024-01-01' }, ['endDate']],
      ['both dates outside the batch', { startDate: '2022-06-01', endDate: '2024-06-30' }, ['endDate', 'startDate']],
      ['an end date before the start date', { startDate: '2023-06-01', endDate: '2023-05-31' }, ['endDate']],
      ['a start date that is no real day', { startDate: '2023-02-29' }, ['startDate']],
      ['a start date not written YYYY-MM-DD', { startDate: '2023-3-1' }, ['startDate']],
      ['a category outside the list', { category: 'SPACE' }, ['category']],
      ['a post starting with =', { post: '=1+2' }, ['post']],
      ['a group label starting with +', { groupLabel: '+专班' }, ['groupLabel']],
      ['a status on create', { status: SecondmentStatus.Completed }, ['status']],
      ['an unknown cadre', { cadreId: UNKNOWN_ID }, ['cadreId']],
      ['an unknown batch', { batchId: UNKNOWN_ID }, ['batchId']],
      ['an unknown host unit', { hostUnitId: UNKNOWN_ID }, ['hostUnitId']],
      ['a host unit id that is not a UUID', { hostUnitId: 'host-1' }, ['hostUnitId']],
    ])('answers 400 naming the field for %s, and stores nothing', async (_name, change, fields) => {
      const cadre = await t.registry.newCadre();
      const response = await staff.post('/api/secondments', secondmentBody(cadre.id, change));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fieldsOf(response.body)).toEqual(fields);
      expect((await staff.get(`/api/secondments?cadreId=${cadre.id}`)).body.total).toBe(0);
    });

    it.each([UnitType.Sending, UnitType.Certifier, UnitType.OrgDepartment])('answers 400 naming hostUnitId for a unit of type %s', async (type) => {
      const cadre = await t.registry.newCadre();
      const unit = await t.registry.newUnit(type);
      const response = await staff.post('/api/secondments', secondmentBody(cadre.id, { hostUnitId: unit.id }));
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['hostUnitId']);
      expect(response.body.message).toContain('HOST');
    });

    it('refuses new secondments in a closed batch (409), and accepts them again when it reopens', async () => {
      const closing = await t.registry.newBatch();
      const closed = await staff.patch(`/api/batches/${closing.id}`, { version: closing.version, status: 'CLOSED' });
      expect(closed.status).toBe(200);

      const cadre = await t.registry.newCadre();
      const refused = await staff.post('/api/secondments', secondmentBody(cadre.id, { batchId: closing.id }));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT', field: 'batchId' } });
      expect((await staff.get(`/api/secondments?cadreId=${cadre.id}`)).body.total).toBe(0);

      const reopened = await staff.patch(`/api/batches/${closing.id}`, { version: closed.body.version, status: 'ACTIVE' });
      expect(reopened.status).toBe(200);
      expect((await staff.post('/api/secondments', secondmentBody(cadre.id, { batchId: closing.id }))).status).toBe(201);
    });
  });

  describe('one ACTIVE secondment per cadre', () => {
    it('refuses a second ACTIVE secondment, allows it once the first is WITHDRAWN, and refuses to reinstate the first', async () => {
      const cadre = await t.registry.newCadre();
      const first = await create(cadre.id);

      const second = await staff.post('/api/secondments', secondmentBody(cadre.id, { hostUnitId: otherHost.id, category: SecondmentCategory.MajorProject }));
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT', rule: 'ONE_ACTIVE_SECONDMENT' } });

      const withdrawn = await staff.patch(`/api/secondments/${first.id}`, { version: first.version, status: SecondmentStatus.Withdrawn });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ id: first.id, status: 'WITHDRAWN', statusLabel: '撤回', version: first.version + 1 });

      const retry = await staff.post('/api/secondments', secondmentBody(cadre.id, { hostUnitId: otherHost.id, category: SecondmentCategory.MajorProject }));
      expect(retry.status).toBe(201);
      expect(retry.body).toMatchObject({ status: 'ACTIVE', hostUnit: { id: otherHost.id } });

      const reinstate = await staff.patch(`/api/secondments/${first.id}`, { version: withdrawn.body.version, status: SecondmentStatus.Active });
      expect(reinstate.status).toBe(409);
      expect(reinstate.body.details).toMatchObject({ code: 'CONFLICT', rule: 'ONE_ACTIVE_SECONDMENT' });
      expect((await staff.get(`/api/secondments/${first.id}`)).body).toMatchObject({ status: 'WITHDRAWN', version: withdrawn.body.version });

      const active = await staff.get(`/api/secondments?cadreId=${cadre.id}&status=ACTIVE`);
      expect(idsOf(active.body)).toEqual([retry.body.id]);
      const cadreView = await staff.get(`/api/cadres/${cadre.id}`);
      expect(cadreView.body.secondments.map((s: { id: string }) => s.id).sort()).toEqual([first.id, retry.body.id].sort());
    });

    it('reinstates a WITHDRAWN secondment when the cadre has no other ACTIVE one', async () => {
      const cadre = await t.registry.newCadre();
      const first = await create(cadre.id);
      const withdrawn = await staff.patch(`/api/secondments/${first.id}`, { version: 1, status: SecondmentStatus.Withdrawn });
      expect(withdrawn.status).toBe(200);
      const reinstated = await staff.patch(`/api/secondments/${first.id}`, { version: 2, status: SecondmentStatus.Active });
      expect(reinstated.status).toBe(200);
      expect(reinstated.body).toMatchObject({ status: 'ACTIVE', statusLabel: '在岗', version: 3 });
    });

    it('allows a new secondment once the first is completed (POST …/complete), and never takes a COMPLETED one back to ACTIVE or WITHDRAWN', async () => {
      const cadre = await t.registry.newCadre();
      const first = await create(cadre.id);
      // Completing composes the appraisal, so it has its own route; PATCH refuses it.
      const patched = await staff.patch(`/api/secondments/${first.id}`, { version: 1, status: SecondmentStatus.Completed });
      expect(patched.status).toBe(400);
      expect(patched.body.details.fields[0].field).toBe('status');
      expect((await staff.post(`/api/secondments/${first.id}/complete`, { version: 1 })).status).toBe(200);
      expect((await staff.get(`/api/secondments/${first.id}`)).body).toMatchObject({ status: 'COMPLETED', statusLabel: '期满', version: 2 });
      expect((await staff.post(`/api/secondments/${first.id}/complete`, { version: 2 })).status).toBe(409);

      const back = await staff.patch(`/api/secondments/${first.id}`, { version: 2, status: SecondmentStatus.Active });
      expect(back.status).toBe(409);
      expect(back.body).toMatchObject({ statusCode: 409, details: { code: 'CONFLICT', field: 'status' } });
      const withdraw = await staff.patch(`/api/secondments/${first.id}`, { version: 2, status: SecondmentStatus.Withdrawn });
      expect(withdraw.status).toBe(409);
      expect((await staff.get(`/api/secondments/${first.id}`)).body).toMatchObject({ status: 'COMPLETED', version: 2 });

      expect((await staff.post('/api/secondments', secondmentBody(cadre.id, { hostUnitId: otherHost.id }))).status).toBe(201);
    });

    it('gives exactly one of ten parallel requests the ACTIVE secondment; the other nine answer 409', async () => {
      const cadre = await t.registry.newCadre();
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => staff.post('/api/secondments', secondmentBody(cadre.id, { post: `并发岗位${i}` }))),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      for (const refused of responses.filter((r) => r.status === 409)) {
        expect(refused.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT' } });
      }
      const stored = await staff.get(`/api/secondments?cadreId=${cadre.id}`);
      expect(stored.body.total).toBe(1);
      expect(stored.body.items[0]).toMatchObject({ id: responses.find((r) => r.status === 201)?.body.id, status: 'ACTIVE' });
    });
  });

  describe('update', () => {
    it('changes the post, category, group and host unit with the current version; a stale one answers 409 and changes nothing', async () => {
      const cadre = await t.registry.newCadre();
      const created = await create(cadre.id);
      const updated = await staff.patch(`/api/secondments/${created.id}`, {
        version: 1,
        post: '项目专班副组长',
        category: SecondmentCategory.MajorProject,
        groupLabel: '南站片区开发专班',
        hostUnitId: otherHost.id,
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toEqual({
        ...created,
        post: '项目专班副组长',
        category: 'MAJOR_PROJECT',
        categoryLabel: '项目一线',
        groupLabel: '南站片区开发专班',
        hostUnit: { id: otherHost.id, name: otherHost.name },
        version: 2,
        updatedAt: expect.any(String),
      });

      const stale = await staff.patch(`/api/secondments/${created.id}`, { version: 1, post: '过期的修改' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'VERSION_CONFLICT' } });
      expect((await staff.get(`/api/secondments/${created.id}`)).body).toEqual(updated.body);

      const staleStatus = await staff.patch(`/api/secondments/${created.id}`, { version: 1, status: SecondmentStatus.Withdrawn });
      expect(staleStatus.status).toBe(409);
      expect((await staff.get(`/api/secondments/${created.id}`)).body.status).toBe('ACTIVE');
    });

    it('clears the group label with null and moves the dates within the batch', async () => {
      const cadre = await t.registry.newCadre();
      const created = await create(cadre.id, { groupLabel: '主题教育办' });
      const updated = await staff.patch(`/api/secondments/${created.id}`, { version: 1, groupLabel: null, startDate: '2023-04-01', endDate: '2023-09-30' });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ groupLabel: null, startDate: '2023-04-01', endDate: '2023-09-30', version: 2 });
    });

    it('answers 400 naming the field, with its problem in Chinese, for dates outside the batch, a host unit that is not HOST, and fields that cannot change', async () => {
      const cadre = await t.registry.newCadre();
      const created = await create(cadre.id);
      const sending = await t.registry.newUnit(UnitType.Sending);
      const cases: [Record<string, unknown>, string[], string[]][] = [
        [{ endDate: '2024-02-01' }, ['endDate'], ['结束日期晚于批次结束日期（2023-12-31）']],
        [{ startDate: '2022-12-01' }, ['startDate'], ['开始日期早于批次开始日期（2023-01-01）']],
        [{ startDate: '2023-11-01', endDate: '2023-10-01' }, ['endDate'], ['结束日期早于开始日期']],
        [{ hostUnitId: sending.id }, ['hostUnitId'], [`${sending.name} 不是用人单位`]],
        [{ hostUnitId: UNKNOWN_ID }, ['hostUnitId'], ['所选单位不存在，请刷新后重新选择']],
        [{ status: 'RETIRED' }, ['status'], ['不是可选的值']],
        [{ cadreId: UNKNOWN_ID }, ['cadreId'], ['不是可填写的字段']],
        [{ batchId: UNKNOWN_ID }, ['batchId'], ['不是可填写的字段']],
      ];
      for (const [change, fields, inChinese] of cases) {
        const response = await staff.patch(`/api/secondments/${created.id}`, { version: 1, ...change });
        expect({ change, status: response.status, fields: fieldsOf(response.body), inChinese: response.body.details.fields[0].inChinese }).toEqual({ change, status: 400, fields, inChinese });
      }
      const after = (await staff.get(`/api/secondments/${created.id}`)).body;
      expect(after).toMatchObject({ version: 1, startDate: '2023-03-01', endDate: '2023-12-31', hostUnit: { id: host.id }, status: 'ACTIVE' });
    });

    it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
      const unknown = await staff.get(`/api/secondments/${UNKNOWN_ID}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found', details: { code: 'NOT_FOUND' } });
      expect((await staff.patch(`/api/secondments/${UNKNOWN_ID}`, { version: 1, post: '无' })).status).toBe(404);
      expect((await staff.get('/api/secondments/12345')).status).toBe(400);
    });
  });

  describe('list', () => {
    it('filters by batch, cadre, host unit, category, status and text, sorts by the allowlist, and pages', async () => {
      const ownBatch = await t.registry.newBatch();
      const h1 = await t.registry.newUnit(UnitType.Host, unique('金水区招商局'));
      const h2 = await t.registry.newUnit(UnitType.Host, unique('国有平台公司'));
      const c1 = await t.registry.newCadre();
      const c2 = await t.registry.newCadre();
      const c3 = await t.registry.newCadre();
      const s1 = await t.registry.newSecondment({ cadreId: c1.id, batchId: ownBatch.id, hostUnitId: h1.id, category: SecondmentCategory.InvestmentPromotion, startDate: '2023-02-01', post: '招商专员' });
      const s2 = await t.registry.newSecondment({ cadreId: c2.id, batchId: ownBatch.id, hostUnitId: h2.id, category: SecondmentCategory.StateEnterprise, startDate: '2023-04-01', post: '副总经理' });
      const s3 = await t.registry.newSecondment({
        cadreId: c3.id,
        batchId: ownBatch.id,
        hostUnitId: h1.id,
        category: SecondmentCategory.InvestmentPromotion,
        startDate: '2023-03-01',
        status: SecondmentStatus.Withdrawn,
        groupLabel: '驻沪招商组',
      });

      const cases: [string, string[]][] = [
        [`batchId=${ownBatch.id}`, [s1.id, s2.id, s3.id]],
        [`cadreId=${c2.id}`, [s2.id]],
        [`hostUnitId=${h1.id}`, [s1.id, s3.id]],
        [`batchId=${ownBatch.id}&category=STATE_ENTERPRISE`, [s2.id]],
        [`batchId=${ownBatch.id}&status=WITHDRAWN`, [s3.id]],
        [`hostUnitId=${h1.id}&status=ACTIVE`, [s1.id]],
        [`batchId=${ownBatch.id}&q=${encodeURIComponent(c2.name)}`, [s2.id]],
        [`batchId=${ownBatch.id}&q=${encodeURIComponent(h1.name)}`, [s1.id, s3.id]],
        [`batchId=${ownBatch.id}&q=${encodeURIComponent('副总经')}`, [s2.id]],
        [`batchId=${ownBatch.id}&q=${encodeURIComponent('驻沪')}`, [s3.id]],
      ];
      for (const [query, expected] of cases) {
        const response = await staff.get(`/api/secondments?${query}`);
        expect({ query, status: response.status, total: response.body.total, ids: idsOf(response.body) }).toEqual({
          query,
          status: 200,
          total: expected.length,
          ids: [...expected].sort(),
        });
      }

      const ids = (body: { items: { id: string }[] }) => body.items.map((s) => s.id);
      const newest = await staff.get(`/api/secondments?batchId=${ownBatch.id}&pageSize=2`);
      expect(newest.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(ids(newest.body)).toEqual([s2.id, s3.id]);
      const rest = await staff.get(`/api/secondments?batchId=${ownBatch.id}&pageSize=2&page=2`);
      expect(ids(rest.body)).toEqual([s1.id]);
      expect(ids((await staff.get(`/api/secondments?batchId=${ownBatch.id}&sort=startDate`)).body)).toEqual([s1.id, s3.id, s2.id]);
      expect(ids((await staff.get(`/api/secondments?batchId=${ownBatch.id}&sort=-createdAt`)).body)).toEqual([s3.id, s2.id, s1.id]);
      const byCategory = await staff.get(`/api/secondments?batchId=${ownBatch.id}&sort=category`);
      expect(byCategory.status).toBe(200);
      expect(byCategory.body.total).toBe(3);

      const listed = (await staff.get(`/api/secondments?cadreId=${c1.id}`)).body.items[0];
      expect(listed).toMatchObject({
        cadre: { id: c1.id, name: c1.name },
        batch: { id: ownBatch.id, name: ownBatch.name },
        hostUnit: { id: h1.id, name: h1.name },
        categoryLabel: '招商一线',
        statusLabel: '在岗',
      });
    });

    it.each([
      ['sort=post', 'sort'],
      ['sort=cadre_id', 'sort'],
      ['status=DONE', 'status'],
      ['cadreId=abc', 'cadreId'],
      ['pageSize=0', 'pageSize'],
    ])('answers 400 naming the parameter for %s', async (query, field) => {
      const response = await staff.get(`/api/secondments?${query}`);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    });
  });

  describe('access', () => {
    it('lets LEADER read secondments but not create or change them', async () => {
      const leader = await signIn(t, Role.Leader);
      const cadre = await t.registry.newCadre();
      const created = await create(cadre.id);
      const read = await leader.get(`/api/secondments/${created.id}`);
      expect(read.status).toBe(200);
      expect(read.body.id).toBe(created.id);

      const other = await t.registry.newCadre();
      const post = await leader.post('/api/secondments', secondmentBody(other.id));
      expect(post.status).toBe(403);
      expect(post.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      expect((await leader.patch(`/api/secondments/${created.id}`, { version: 1, status: SecondmentStatus.Withdrawn })).status).toBe(403);
      expect((await staff.get(`/api/secondments/${created.id}`)).body).toMatchObject({ status: 'ACTIVE', version: 1 });
      expect((await staff.get(`/api/secondments?cadreId=${other.id}`)).body.total).toBe(0);
    });
  });
});
