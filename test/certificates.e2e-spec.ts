import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const ORG_SCORES = [['1.1', 8], ['1.2', 6], ['1.3', 6], ['2.1', 12], ['2.2', 10], ['2.3', 8], ['4.1', 8], ['4.2', 7], ['5.1', 5], ['5.2', 5], ['5.3', 5]].map(
  ([subItemCode, points]) => ({ subItemCode, points }),
);
const CERTIFICATE = { projectsSigned: 3, projectsLanded: 2, contractedInvestment: 52000, fundsInPlace: 18000.5, appraisal: '招商意识强，对接项目扎实' };

describe('INVESTMENT_PROMOTION: dual issuance (双出具)', () => {
  let t: TestApp;
  let staff: Session;
  let host: Session;
  let cityTaskForce: Session;
  let commerceBureau: Session;
  let outsider: Session;
  let roundId: string;
  let investment: { id: string; version: number; cadre: { id: string } };
  let grassroots: { id: string; cadre: { id: string } };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unit = await t.registry.newUnit(UnitType.Host);
    host = await signIn(t, Role.HostUnit, { unitId: unit.id });
    const city = await t.registry.newUnit(UnitType.Certifier, unique('市招商专班'));
    const district = await t.registry.newUnit(UnitType.Certifier, unique('区商务局'));
    cityTaskForce = await signIn(t, Role.Certifier, { unitId: city.id });
    commerceBureau = await signIn(t, Role.Certifier, { unitId: district.id });
    outsider = await signIn(t, Role.Certifier);
    const batch = await t.registry.newBatch();
    for (const category of [SecondmentCategory.InvestmentPromotion, SecondmentCategory.Grassroots]) {
      const cadre = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category });
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('招商考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'COUNT', quotaValue: 2,
    });
    roundId = round.body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
    expect((await staff.put(`/api/rounds/${roundId}/certifiers`, { unitIds: [city.id, district.id] })).status).toBe(204);
    const all = (await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; version: number; category: string; cadre: { id: string } }[];
    investment = all.find((a) => a.category === 'INVESTMENT_PROMOTION') as typeof investment;
    grassroots = all.find((a) => a.category === 'GRASSROOTS') as typeof grassroots;
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists exactly the missing steps in /flow, by whom they are awaited', async () => {
    const flow = (await staff.get(`/api/assessments/${investment.id}/flow`)).body as { step: string; done: boolean; waitingOn: string | null; missing: string[] }[];
    expect(flow.map((s) => s.step)).toEqual(['ORG_STAFF', 'CERTIFICATES', 'HOST_UNIT', 'BOTH_CERTIFICATES']);
    expect(flow.find((s) => s.step === 'ORG_STAFF')?.missing).toHaveLength(11);
    expect(flow.find((s) => s.step === 'CERTIFICATES')).toEqual({ step: 'CERTIFICATES', label: '双出具', done: false, waitingOn: 'CERTIFIER', missing: ['3.1'] });
    expect(flow.find((s) => s.step === 'HOST_UNIT')).toMatchObject({ done: false, waitingOn: 'HOST_UNIT', missing: ['3.2'] });
    expect(flow.find((s) => s.step === 'BOTH_CERTIFICATES')).toMatchObject({ done: false, waitingOn: 'CERTIFIER' });
    expect(flow.some((s) => s.step === 'BALLOTS')).toBe(false);
  });

  it('shows a certifier only the investment cadres of the rounds it certifies', async () => {
    expect((await cityTaskForce.get(`/api/cadres/${investment.cadre.id}`)).status).toBe(200);
    expect((await cityTaskForce.get(`/api/cadres/${grassroots.cadre.id}`)).status).toBe(404);
    expect((await cityTaskForce.get(`/api/assessments/${grassroots.id}`)).status).toBe(404);
    const listed = (await cityTaskForce.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; total: number | null }[];
    expect(listed.map((a) => a.id)).toEqual([investment.id]);
    expect(listed[0].total).toBeNull();
    expect((await outsider.get(`/api/cadres/${investment.cadre.id}`)).status).toBe(404);
    expect((await outsider.put(`/api/assessments/${investment.id}/certificate`, { ...CERTIFICATE, rating: 'EXCELLENT' })).status).toBe(404);
    const certifierUnit = await t.registry.newUnit(UnitType.Host);
    expect((await staff.put(`/api/rounds/${roundId}/certifiers`, { unitIds: [certifierUnit.id] })).status).toBe(400);
  });

  it('cannot finish scoring nor grade Excellent with one certificate; with both, 3.1 comes from their ratings', async () => {
    const scored = await staff.put(`/api/assessments/${investment.id}/scores`, { version: investment.version, scores: ORG_SCORES });
    await host.put(`/api/assessments/${investment.id}/host-unit-evaluation`, { version: scored.body.version, points: 10, opinion: '好' });

    const first = await cityTaskForce.put(`/api/assessments/${investment.id}/certificate`, { ...CERTIFICATE, rating: 'EXCELLENT' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ contractedInvestment: 52000, fundsInPlace: 18000.5, rating: 'EXCELLENT' });
    const one = (await staff.get(`/api/assessments/${investment.id}`)).body.score;
    expect(one.total).toBeNull();
    expect(one.problems[0].message).toContain('双出具有效评价 1 个，至少需要 2 个');

    // Revising needs the version; the other certifier never sees this certificate.
    expect((await cityTaskForce.put(`/api/assessments/${investment.id}/certificate`, { ...CERTIFICATE, rating: 'COMPETENT' })).status).toBe(400);
    const revised = await cityTaskForce.put(`/api/assessments/${investment.id}/certificate`, { ...CERTIFICATE, rating: 'EXCELLENT', version: first.body.version, projectsLanded: 3 });
    expect(revised.body).toMatchObject({ projectsLanded: 3, version: first.body.version + 1 });
    expect((await commerceBureau.get(`/api/assessments/${investment.id}/certificates`)).body).toEqual([]);

    expect((await commerceBureau.put(`/api/assessments/${investment.id}/certificate`, { ...CERTIFICATE, rating: 'COMPETENT' })).status).toBe(200);
    expect((await staff.get(`/api/assessments/${investment.id}/certificates`)).body).toHaveLength(2);
    const both = (await staff.get(`/api/assessments/${investment.id}`)).body.score;
    // 3.1 = 10 × (1.0 + 0.8) / 2 = 9.00
    expect(both.subItems.find((s: { code: string }) => s.code === '3.1')).toMatchObject({ name: '双出具评定', points: 9, sources: ['CERTIFICATES'] });
    expect(both.total).toBe(99);
    const noBallots = await staff.post('/api/ballot-sessions', { assessmentId: investment.id, expectedVoters: 3 });
    expect(noBallots.status).toBe(409);
    // The console shows the Chinese reason, the category by its label.
    expect(noBallots.body.details).toEqual({ code: 'CONFLICT', field: 'assessmentId', inChinese: '按本轮考评细则，招商一线干部不开展民主评议' });
    const flow = (await staff.get(`/api/assessments/${investment.id}/flow`)).body as { done: boolean }[];
    expect(flow.every((s) => s.done)).toBe(true);
  });

  it('refuses a certificate revision once calibration has started', async () => {
    // The grassroots cadre's inputs, written as the API would have stored them, so calibration can start.
    const gr = (await staff.get(`/api/assessments/${grassroots.id}`)).body;
    const scored = await staff.put(`/api/assessments/${grassroots.id}/scores`, { version: gr.version, scores: ORG_SCORES });
    await host.put(`/api/assessments/${grassroots.id}/host-unit-evaluation`, { version: scored.body.version, points: 9, opinion: '好' });
    const session = (await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 1 })).body;
    await t.http.post('/api/ballots').send({ code: session.codes[0], choice: 'EXCELLENT' });
    await staff.post(`/api/ballot-sessions/${session.id}/close`);
    expect((await staff.post(`/api/rounds/${roundId}/start-calibration`)).status).toBe(200);

    const mine = (await cityTaskForce.get(`/api/assessments/${investment.id}/certificates`)).body[0];
    const late = await cityTaskForce.put(`/api/assessments/${investment.id}/certificate`, { ...CERTIFICATE, rating: 'COMPETENT', version: mine.version });
    expect(late.status).toBe(409);
    expect(late.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'the round is CALIBRATION; a certificate is issued or revised only before calibration',
      details: { code: 'CONFLICT', inChinese: '本轮考核当前处于“校准中”状态，只有在“评分中”阶段才能出具或修改双出具意见' },
    });
    const board = (await staff.get(`/api/rounds/${roundId}/calibration`)).body;
    expect(board.rows.find((r: { assessmentId: string }) => r.assessmentId === investment.id)).toMatchObject({ total: 99, grade: 'EXCELLENT' });
  });
});
