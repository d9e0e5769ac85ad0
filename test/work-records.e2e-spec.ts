import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

describe('work records (工作纪实)', () => {
  let t: TestApp;
  let staff: Session;
  let cadre: Session;
  let hostA: Session;
  let hostB: Session;
  let assessmentId: string;
  let person: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unitA = await t.registry.newUnit(UnitType.Host);
    const unitB = await t.registry.newUnit(UnitType.Host);
    hostA = await signIn(t, Role.HostUnit, { unitId: unitA.id });
    hostB = await signIn(t, Role.HostUnit, { unitId: unitB.id });
    const batch = await t.registry.newBatch();
    person = await t.registry.newCadre();
    await t.registry.newSecondment({ cadreId: person.id, batchId: batch.id, hostUnitId: unitA.id, category: SecondmentCategory.Grassroots });
    cadre = await signIn(t, Role.Cadre, { cadreId: person.id });
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    // Monday 1 May to Sunday 28 May 2023: exactly four weeks.
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('五月考核'), type: 'QUARTERLY', periodStart: '2023-05-01', periodEnd: '2023-05-28',
      rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
    });
    await staff.post(`/api/rounds/${round.body.id}/open`);
    assessmentId = (await staff.get(`/api/rounds/${round.body.id}/assessments`)).body[0].id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets the cadre record days of the secondment, not future days or days outside it', async () => {
    for (const date of ['2023-05-02', '2023-05-03', '2023-05-10', '2023-05-20']) {
      const response = await cadre.post('/api/work-records', { date, content: `${date} 走访企业，协调解决问题` });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ date, status: 'PENDING', cadre: { id: person.id, name: person.name } });
    }
    const outside = await cadre.post('/api/work-records', { date: '2022-12-01', content: '批次之前' });
    expect(outside.status).toBe(400);
    expect(outside.body.details.fields[0].field).toBe('date');
    expect((await staff.post('/api/work-records', { date: '2023-05-04', content: '代填' })).status).toBe(403);
    expect((await hostA.post('/api/work-records', { date: '2023-05-04', content: '代填' })).status).toBe(403);
  });

  it('lets only the host unit of the cadre confirm or reject, once, a rejection with its reason', async () => {
    const records = (await hostA.get('/api/work-records?pageSize=100')).body.items as { id: string; date: string; version: number; cadre: { name: string } }[];
    expect(records).toHaveLength(4);
    // The host unit reads whose record each is.
    expect(records.map((r) => r.cadre.name)).toEqual(Array(4).fill(person.name));
    expect((await hostB.get('/api/work-records')).body.total).toBe(0);
    const byDate = (d: string) => records.find((r) => r.date === d) as { id: string; version: number };

    expect((await hostB.post(`/api/work-records/${byDate('2023-05-02').id}/confirm`, { version: 1 })).status).toBe(404);
    for (const d of ['2023-05-02', '2023-05-03', '2023-05-10']) {
      expect((await hostA.post(`/api/work-records/${byDate(d).id}/confirm`, { version: byDate(d).version })).body.status).toBe('CONFIRMED');
    }
    const noReason = await hostA.post(`/api/work-records/${byDate('2023-05-20').id}/reject`, { version: byDate('2023-05-20').version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.fields[0].field).toBe('reason');
    const rejected = await hostA.post(`/api/work-records/${byDate('2023-05-20').id}/reject`, { version: byDate('2023-05-20').version, reason: '当日未在岗' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', rejectReason: '当日未在岗', cadre: { name: person.name } });
    expect((await hostA.post(`/api/work-records/${byDate('2023-05-20').id}/confirm`, { version: rejected.body.version })).status).toBe(409);
  });

  it('suggests 1.2 from the weeks with a confirmed record, and shows the cadre only their own', async () => {
    const assessment = (await staff.get(`/api/assessments/${assessmentId}`)).body;
    // Confirmed on 2 May and 3 May (week 1) and 10 May (week 2): 2 of 4 weeks → 6 × 2/4 = 3.00.
    expect(assessment.suggestions).toEqual([{ subItemCode: '1.2', points: 3, explanation: expect.stringContaining('共 4 周，其中 2 周') }]);
    const mine = await cadre.get('/api/work-records');
    expect(mine.body.total).toBe(4);
    const stranger = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
    expect((await stranger.get('/api/work-records')).body.total).toBe(0);
  });
});
