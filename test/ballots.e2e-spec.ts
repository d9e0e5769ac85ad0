import ExcelJS from 'exceljs';
import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { binary, createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const ORG_SCORES = [['1.1', 8], ['1.2', 6], ['1.3', 5.5], ['2.1', 11], ['2.2', 9], ['2.3', 7], ['4.1', 7.5], ['4.2', 6.5], ['5.1', 5], ['5.2', 4.5], ['5.3', 4.8]].map(
  ([subItemCode, points]) => ({ subItemCode, points }),
);

describe('democratic evaluation (ballots)', () => {
  let t: TestApp;
  let staff: Session;
  let host: Session;
  let roundId: string;
  let grassroots: { id: string; version: number };
  let investment: { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unit = await t.registry.newUnit(UnitType.Host);
    host = await signIn(t, Role.HostUnit, { unitId: unit.id });
    const batch = await t.registry.newBatch();
    for (const category of [SecondmentCategory.Grassroots, SecondmentCategory.InvestmentPromotion]) {
      const cadre = await t.registry.newCadre({ name: unique(category) });
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category });
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31',
      rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
    });
    roundId = round.body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
    const assessments = (await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; version: number; category: string }[];
    grassroots = assessments.find((a) => a.category === 'GRASSROOTS') as { id: string; version: number };
    investment = assessments.find((a) => a.category === 'INVESTMENT_PROMOTION') as { id: string; version: number };
  });

  afterAll(async () => {
    await t.close();
  });

  const vote = (code: string, choice: string) => t.http.post('/api/ballots').send({ code, choice });

  it('gives N distinct one-time codes, one open session per assessment, and none for investment cadres', async () => {
    const created = await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 5 });
    expect(created.status).toBe(201);
    expect(created.body.codes).toHaveLength(5);
    expect(new Set(created.body.codes).size).toBe(5);
    for (const code of created.body.codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect((await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 5 })).status).toBe(409);
    const none = await staff.post('/api/ballot-sessions', { assessmentId: investment.id, expectedVoters: 5 });
    expect(none.status).toBe(409);
    expect((await host.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 5 })).status).toBe(403);
    await staff.post(`/api/ballot-sessions/${created.body.id}/close`);
  });

  it('takes one ballot per code, once, without an account, and answers the same to every refused code', async () => {
    const session = (await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 3 })).body as { id: string; codes: string[] };
    const [first, second, third] = session.codes;
    expect((await vote(first, 'EXCELLENT')).status).toBe(201);
    const reused = await vote(first, 'INCOMPETENT');
    const unknown = await vote('ZZZZZ-ZZZZZ', 'EXCELLENT');
    expect(reused.status).toBe(409);
    expect(unknown.status).toBe(409);
    expect(unknown.body.message).toBe(reused.body.message);
    // People type codes: case and dashes do not matter.
    expect((await vote(second.toLowerCase().replace('-', ''), 'COMPETENT')).status).toBe(201);

    const closed = await staff.post(`/api/ballot-sessions/${session.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.tally).toMatchObject({ expectedVoters: 3, cast: 2, invalid: 0, counts: { EXCELLENT: 1, COMPETENT: 1 }, participationPercent: 66.67, usable: false });
    const late = await vote(third, 'EXCELLENT');
    expect(late.status).toBe(409);
    expect(late.body.message).toBe(reused.body.message);
    // 2 of 3 voters is below the two-thirds minimum (67%): the session cannot feed 3.1.
    const score = (await staff.get(`/api/assessments/${grassroots.id}`)).body.score;
    expect(score.subItems.find((s: { code: string }) => s.code === '3.1').points).toBeNull();
  });

  it('keeps ballots anonymous: no column ties a ballot to a code, a time or a person', async () => {
    const columns = async (table: string) =>
      ((await t.dataSource.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name', [table])) as { column_name: string }[]).map(
        (c) => c.column_name,
      );
    expect(await columns('ballot')).toEqual(['choice', 'id', 'session_id']);
    expect(await columns('ballot_code')).toEqual(['code_hash', 'id', 'session_id', 'used']);
  });

  it('feeds 3.1 from a closed session that reached the participation minimum, so the assessment can be fully scored', async () => {
    const session = (await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 3 })).body as { id: string; codes: string[] };
    await vote(session.codes[0], 'EXCELLENT');
    await vote(session.codes[1], 'EXCELLENT');
    await vote(session.codes[2], 'COMPETENT');
    await staff.post(`/api/ballot-sessions/${session.id}/close`);

    const current = (await staff.get(`/api/assessments/${grassroots.id}`)).body;
    const scored = await staff.put(`/api/assessments/${grassroots.id}/scores`, { version: current.version, scores: ORG_SCORES });
    const evaluated = await host.put(`/api/assessments/${grassroots.id}/host-unit-evaluation`, { version: scored.body.version, points: 9, opinion: '认真负责' });
    expect(evaluated.status).toBe(200);
    const result = (await staff.get(`/api/assessments/${grassroots.id}`)).body.score;
    // 3.1 = 10 × (1.0×2 + 0.8×1) / 3 = 9.33
    expect(result.subItems.find((s: { code: string }) => s.code === '3.1').points).toBe(9.33);
    // 74.80 entered by org staff + 9.33 + 9.00 from the host unit
    expect(result.total).toBe(93.13);
  });

  it('prints the codes as a sheet when asked', async () => {
    const other = (await staff.get(`/api/rounds/${roundId}/assessments`)).body.find((a: { category: string }) => a.category === 'GRASSROOTS');
    const open = (await staff.get(`/api/assessments/${other.id}`)).body;
    expect(open.id).toBe(grassroots.id);
    const response = await staff.post('/api/ballot-sessions?format=xlsx').send({ assessmentId: grassroots.id, expectedVoters: 4 }).buffer(true).parse(binary);
    expect(response.status).toBe(201);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(5);
    expect(String(sheet.getCell('B2').value)).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
  });

  it('lists an assessment’s evaluations newest first, each with its tally and without its codes', async () => {
    const list = async () => (await staff.get(`/api/assessments/${grassroots.id}/ballot-sessions`).expect(200)).body as { id: string; status: string; expectedVoters: number; tally: { cast: number }; codes?: unknown }[];
    for (const open of (await list()).filter((s) => s.status === 'OPEN')) await staff.post(`/api/ballot-sessions/${open.id}/close`).expect(200);
    const before = (await list()).length;
    const first = (await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 2 }).expect(201)).body as { id: string; codes: string[] };
    await vote(first.codes[0], 'EXCELLENT').expect(201);
    await staff.post(`/api/ballot-sessions/${first.id}/close`).expect(200);
    const second = (await staff.post('/api/ballot-sessions', { assessmentId: grassroots.id, expectedVoters: 4 }).expect(201)).body as { id: string };
    const sessions = await list();
    expect(sessions).toHaveLength(before + 2);
    expect(sessions.slice(0, 2)).toEqual([
      expect.objectContaining({ id: second.id, status: 'OPEN', expectedVoters: 4, tally: expect.objectContaining({ cast: 0 }) }),
      expect.objectContaining({ id: first.id, status: 'CLOSED', expectedVoters: 2, tally: expect.objectContaining({ cast: 1 }) }),
    ]);
    for (const session of sessions) expect(session.codes).toBeUndefined();
    expect((await host.get(`/api/assessments/${grassroots.id}/ballot-sessions`)).status).toBe(403);
    expect((await staff.get('/api/assessments/00000000-0000-4000-8000-000000000000/ballot-sessions')).status).toBe(404);
  });
});
