import { Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, storeFullInputs, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';


describe('publicity (公示): holidays and objections', () => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
  });

  afterAll(async () => {
    await t.close();
  });

  /** A one-cadre round taken to publicity, its inputs written as the API would have stored them. */
  const inPublicity = async () => {
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    const cadre = await t.registry.newCadre();
    await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id });
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('公示考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'COUNT', quotaValue: 1,
    });
    const roundId = round.body.id as string;
    await staff.post(`/api/rounds/${roundId}/open`);
    const [assessment] = (await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string }[];
    await storeFullInputs(t.dataSource, assessment.id, staffId);
    for (const step of ['start-calibration', 'submit']) expect((await staff.post(`/api/rounds/${roundId}/${step}`)).status).toBe(200);
    expect((await leader.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(200);
    expect((await staff.post(`/api/rounds/${roundId}/start-publicity`)).status).toBe(200);
    return { roundId, assessmentId: assessment.id };
  };
  const windowOver = (roundId: string) => t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = now() - interval '30 days' WHERE id = $1`, [roundId]);

  it('keeps a holiday list that anyone signed in can read', async () => {
    expect((await staff.put('/api/holidays', { date: '2024-01-01', name: '元旦' })).status).toBe(204);
    expect((await leader.put('/api/holidays', { date: '2024-01-02', name: 'x' })).status).toBe(403);
    const host = await signIn(t, Role.HostUnit);
    expect((await host.get('/api/holidays')).body).toContainEqual({ date: '2024-01-01', name: '元旦' });
  });

  it('publishes a notice, the period and the Excellent list, to anyone signed in; a round never publicized has none', async () => {
    const { roundId, assessmentId } = await inPublicity();
    const cadre = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
    const notice = await cadre.get(`/api/rounds/${roundId}/publicity`);
    expect(notice.status).toBe(200);
    expect(notice.body.excellent).toEqual([expect.objectContaining({ assessmentId, category: '基层一线' })]);
    expect(JSON.stringify(notice.body)).not.toMatch(/nationalId|phone|\d{17}[\dX]/);
    expect(new Date(notice.body.endsAt).getTime()).toBeGreaterThan(new Date(notice.body.startsAt).getTime());
    await t.dataSource.query(`UPDATE assessment_round SET status = 'CALIBRATION', publicity_started_at = NULL WHERE id = $1`, [roundId]);
    expect((await cadre.get(`/api/rounds/${roundId}/publicity`)).status).toBe(404);
  });

  it('refuses to finalize while an objection is open; a dismissal lets it through', async () => {
    const { roundId, assessmentId } = await inPublicity();
    const cadre = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
    const filed = await cadre.post(`/api/assessments/${assessmentId}/objections`, { reason: '该同志实际在岗时间不足' });
    expect(filed.status).toBe(201);
    await windowOver(roundId);
    const blocked = await staff.post(`/api/rounds/${roundId}/finalize`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toContain('异议未处理');
    const noReason = await staff.post(`/api/objections/${filed.body.id}/resolve`, { outcome: 'DISMISSED' });
    expect(noReason.status).toBe(400);
    expect((await staff.post(`/api/objections/${filed.body.id}/resolve`, { outcome: 'DISMISSED', resolution: '经核实，考勤记录完整' })).body.status).toBe('DISMISSED');
    expect((await staff.post(`/api/rounds/${roundId}/finalize`)).status).toBe(200);
    expect((await cadre.post(`/api/assessments/${assessmentId}/objections`, { reason: '太晚了' })).status).toBe(409);
  });

  it('sends the round back to calibration when an objection is upheld', async () => {
    const { roundId, assessmentId } = await inPublicity();
    const filed = await staff.post(`/api/assessments/${assessmentId}/objections`, { reason: '业绩信息有误' });
    const upheld = await staff.post(`/api/objections/${filed.body.id}/resolve`, { outcome: 'UPHELD', resolution: '属实，重新校准' });
    expect(upheld.body.status).toBe('UPHELD');
    expect((await staff.get(`/api/rounds/${roundId}`)).body.status).toBe('CALIBRATION');
    expect((await staff.get(`/api/rounds/${roundId}/objections`)).body).toEqual([expect.objectContaining({ status: 'UPHELD', resolution: '属实，重新校准' })]);
  });
});
