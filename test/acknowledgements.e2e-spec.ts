import { Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, storeFullInputs, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';


describe('acknowledgement (签字确认) and review (复核) of a finalized result', () => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;
  let cadre: Session;
  let other: Session;
  let assessmentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    const person = await t.registry.newCadre();
    await t.registry.newSecondment({ cadreId: person.id, batchId: batch.id, hostUnitId: unit.id });
    cadre = await signIn(t, Role.Cadre, { cadreId: person.id });
    other = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('确认考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'COUNT', quotaValue: 1,
    });
    const roundId = round.body.id as string;
    await staff.post(`/api/rounds/${roundId}/open`);
    assessmentId = (await staff.get(`/api/rounds/${roundId}/assessments`)).body[0].id;
    await storeFullInputs(t.dataSource, assessmentId, staffId, { hostUnitPoints: 900, ballot: 'COMPETENT' });
    // Before finalization the cadre has no result to acknowledge.
    expect((await cadre.post(`/api/assessments/${assessmentId}/acknowledgement`, {})).status).toBe(404);
    for (const step of ['start-calibration', 'submit']) expect((await staff.post(`/api/rounds/${roundId}/${step}`)).status).toBe(200);
    await leader.post(`/api/rounds/${roundId}/approve`, {});
    await staff.post(`/api/rounds/${roundId}/start-publicity`);
    await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = now() - interval '30 days' WHERE id = $1`, [roundId]);
    expect((await staff.post(`/api/rounds/${roundId}/finalize`)).status).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows the cadre their result, and records their acknowledgement with a statement, once', async () => {
    const results = (await cadre.get('/api/my/results')).body;
    // 80.00 + 3.1 = 8.00 (one 称职 ballot) + 3.2 = 9.00
    expect(results).toEqual([expect.objectContaining({ assessmentId, grade: 'EXCELLENT', total: 97, rank: 1, acknowledgedAt: null, reviews: [] })]);
    expect((await other.get('/api/my/results')).body).toEqual([]);
    expect((await other.post(`/api/assessments/${assessmentId}/acknowledgement`, {})).status).toBe(404);
    expect((await cadre.post(`/api/assessments/${assessmentId}/acknowledgement`, { statement: '本人无异议' })).status).toBe(204);
    expect((await cadre.post(`/api/assessments/${assessmentId}/acknowledgement`, {})).status).toBe(409);
    expect((await cadre.get('/api/my/results')).body[0].acknowledgedAt).not.toBeNull();
  });

  it('records a review and its outcome beside the original result, which does not change', async () => {
    const requested = await cadre.post(`/api/assessments/${assessmentId}/review-requests`, { reason: '第二季度业绩漏报一项' });
    expect(requested.status).toBe(201);
    expect((await cadre.post(`/api/assessments/${assessmentId}/review-requests`, { reason: '再次' })).status).toBe(409);
    expect((await staff.post(`/api/review-requests/${requested.body.id}/decide`, { outcome: 'MAINTAINED', reason: 'x' })).status).toBe(403);
    expect((await leader.post(`/api/review-requests/${requested.body.id}/decide`, { outcome: 'CHANGED', reason: '复核属实' })).status).toBe(400);
    const decided = await leader.post(`/api/review-requests/${requested.body.id}/decide`, { outcome: 'MAINTAINED', reason: '漏报事项不影响等次' });
    expect(decided.body).toMatchObject({ status: 'MAINTAINED', decisionReason: '漏报事项不影响等次' });
    const [original] = await t.dataSource.query('SELECT grade, total FROM assessment WHERE id = $1', [assessmentId]);
    expect(original).toEqual({ grade: 'EXCELLENT', total: 9700 });
    expect((await cadre.get('/api/my/results')).body[0].reviews).toEqual([expect.objectContaining({ status: 'MAINTAINED' })]);
  });
});
