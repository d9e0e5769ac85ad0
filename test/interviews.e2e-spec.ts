import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const ORG_SCORES = [['1.1', 8], ['1.2', 6], ['1.3', 6], ['2.1', 12], ['2.2', 10], ['2.3', 8], ['4.1', 8], ['4.2', 7], ['5.1', 5], ['5.2', 5], ['5.3', 5]].map(
  ([subItemCode, points]) => ({ subItemCode, points }),
);

describe('STATE_ENTERPRISE: service-recipient interviews (服务对象谈话)', () => {
  let t: TestApp;
  let staff: Session;
  let host: Session;
  let soe: { id: string; version: number };
  let grassroots: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unit = await t.registry.newUnit(UnitType.Host);
    host = await signIn(t, Role.HostUnit, { unitId: unit.id });
    const batch = await t.registry.newBatch();
    for (const category of [SecondmentCategory.StateEnterprise, SecondmentCategory.Grassroots]) {
      const cadre = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category });
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('国企考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
    });
    await staff.post(`/api/rounds/${round.body.id}/open`);
    const all = (await staff.get(`/api/rounds/${round.body.id}/assessments`)).body as { id: string; version: number; category: string }[];
    soe = all.find((a) => a.category === 'STATE_ENTERPRISE') as { id: string; version: number };
    grassroots = all.find((a) => a.category === 'GRASSROOTS') as { id: string };
  });

  afterAll(async () => {
    await t.close();
  });

  const interview = (assessmentId: string, rating: string, extra: Record<string, unknown> = {}) =>
    staff.post(`/api/assessments/${assessmentId}/interviews`, {
      intervieweeOrganization: '郑州某某科技有限公司', intervieweeRole: '办公室主任', date: '2023-11-20', notes: '服务及时', rating, ...extra,
    });

  it('blocks 3.1 with two of the three interviews the round requires, and computes it from half ballots, half interviews with three', async () => {
    const session = (await staff.post('/api/ballot-sessions', { assessmentId: soe.id, expectedVoters: 2 })).body;
    for (const code of session.codes) await t.http.post('/api/ballots').send({ code, choice: 'EXCELLENT' });
    await staff.post(`/api/ballot-sessions/${session.id}/close`);
    const scored = await staff.put(`/api/assessments/${soe.id}/scores`, { version: soe.version, scores: ORG_SCORES });
    await host.put(`/api/assessments/${soe.id}/host-unit-evaluation`, { version: scored.body.version, points: 10, opinion: '好' });

    expect((await interview(soe.id, 'COMPETENT')).status).toBe(201);
    expect((await interview(soe.id, 'COMPETENT')).status).toBe(201);
    const blocked = (await staff.get(`/api/assessments/${soe.id}`)).body.score;
    expect(blocked.total).toBeNull();
    expect(blocked.problems[0].message).toContain('服务对象谈话有效评价 2 个，至少需要 3 个');

    expect((await interview(soe.id, 'EXCELLENT')).status).toBe(201);
    const done = (await staff.get(`/api/assessments/${soe.id}`)).body.score;
    // 3.1 = 10 × (50% × 1.0 + 50% × (0.8 + 0.8 + 1.0)/3) = 10 × (0.5 + 0.4333) = 9.33
    expect(done.subItems.find((s: { code: string }) => s.code === '3.1')).toMatchObject({ points: 9.33, sources: ['BALLOTS', 'INTERVIEWS'] });
    expect(done.total).toBe(99.33);
    expect((await staff.get(`/api/assessments/${soe.id}/interviews`)).body).toHaveLength(3);
  });

  it('refuses interviews for other categories, a national id for the interviewee, and host units recording them', async () => {
    expect((await interview(grassroots.id, 'EXCELLENT')).status).toBe(409);
    const withId = await interview(soe.id, 'EXCELLENT', { intervieweeNationalId: '410102198805120013' });
    expect(withId.status).toBe(400);
    expect(withId.body.details.fields[0].field).toBe('intervieweeNationalId');
    expect((await host.post(`/api/assessments/${soe.id}/interviews`, { intervieweeOrganization: 'x', intervieweeRole: 'y', date: '2023-11-20', notes: 'z', rating: 'EXCELLENT' })).status).toBe(403);
  });
});
