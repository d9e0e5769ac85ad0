import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, login, type Session, signIn, storeFullInputs, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';
import type { Unit } from '../apps/api/src/modules/units/unit.entity';

const ORG_SUB_ITEMS = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '4.1', '4.2', '5.1', '5.2', '5.3'];
const MAX: Record<string, number> = { '1.1': 8, '1.2': 6, '1.3': 6, '2.1': 12, '2.2': 10, '2.3': 8, '4.1': 8, '4.2': 7, '5.1': 5, '5.2': 5, '5.3': 5 };

describe('a round from opening to a finalized, locked result', () => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;
  let rubricId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
    rubricId = (await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' })).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const newRound = async (cadres: number, quota: { quotaKind: string; quotaValue: number }) => {
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    for (let i = 0; i < cadres; i++) {
      const cadre = await t.registry.newCadre({ name: `干部${String(i).padStart(2, '0')}` });
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category: SecondmentCategory.Grassroots });
    }
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubricId, ...quota,
    });
    expect((await staff.post(`/api/rounds/${round.body.id}/open`)).status).toBe(200);
    const assessments = (await staff.get(`/api/rounds/${round.body.id}/assessments`)).body as { id: string; version: number; cadre: { name: string } }[];
    return { roundId: round.body.id as string, unit, assessments: assessments.sort((a, b) => a.cadre.name.localeCompare(b.cadre.name)) };
  };

  const scoreDirectly = (assessmentId: string, minus11: number, enteredBy: string) => storeFullInputs(t.dataSource, assessmentId, enteredBy, { minus11 });

  it('takes a GRASSROOTS cadre through every step over HTTP, each role doing its part, and refuses every illegal step', async () => {
    const { roundId, unit, assessments } = await newRound(1, { quotaKind: 'COUNT', quotaValue: 1 });
    const [assessment] = assessments;
    const host = await signIn(t, Role.HostUnit, { unitId: (unit as Unit).id });

    // Illegal before calibration.
    // Each refusal in Chinese too, the state and the step as the console names them.
    const refused = { submit: '报送审批', approve: '审批通过', 'start-publicity': '开始公示', finalize: '办结' };
    for (const [step, label] of Object.entries(refused)) {
      const response = step === 'approve' ? await leader.post(`/api/rounds/${roundId}/${step}`, {}) : await staff.post(`/api/rounds/${roundId}/${step}`);
      expect(response.status).toBe(409);
      expect(response.body.details).toMatchObject({ code: 'CONFLICT', status: 'COLLECTING', inChinese: `本轮考核当前处于“评分中”状态，不能${label}` });
    }
    expect((await staff.post(`/api/rounds/${roundId}/start-calibration`)).status).toBe(409);

    // Inputs: ballots (anonymous voters), org scores, the host unit's evaluation.
    const session = (await staff.post('/api/ballot-sessions', { assessmentId: assessment.id, expectedVoters: 3 })).body;
    for (const [i, choice] of ['EXCELLENT', 'EXCELLENT', 'COMPETENT'].entries()) expect((await t.http.post('/api/ballots').send({ code: session.codes[i], choice })).status).toBe(201);
    expect((await staff.post(`/api/ballot-sessions/${session.id}/close`)).status).toBe(200);
    const scored = await staff.put(`/api/assessments/${assessment.id}/scores`, {
      version: assessment.version,
      scores: ORG_SUB_ITEMS.map((code) => ({ subItemCode: code, points: MAX[code], comment: '面对面考核' })),
    });
    expect(scored.status).toBe(200);
    expect((await host.put(`/api/assessments/${assessment.id}/host-unit-evaluation`, { version: scored.body.version, points: 9.5, opinion: '表现突出' })).status).toBe(200);

    expect((await staff.post(`/api/rounds/${roundId}/start-calibration`)).status).toBe(200);
    const board = (await staff.get(`/api/rounds/${roundId}/calibration`)).body;
    // 80.00 entered + 3.1 = 10 × 2.8/3 = 9.33 + 3.2 = 9.50
    expect(board.rows[0]).toMatchObject({ total: 98.83, rank: 1, proposedGrade: 'EXCELLENT', grade: 'EXCELLENT', status: 'GRADED' });
    expect(board).toMatchObject({ quota: 1, excellent: 1, tie: null });
    // Inputs are closed once calibration starts.
    expect((await staff.put(`/api/assessments/${assessment.id}/scores`, { version: scored.body.version + 1, scores: [{ subItemCode: '1.1', points: 1 }] })).status).toBe(409);

    expect((await staff.post(`/api/rounds/${roundId}/submit`)).status).toBe(200);
    expect((await host.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(403);
    expect((await staff.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(403);
    const noReason = await leader.post(`/api/rounds/${roundId}/return`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.fields[0].field).toBe('comment');
    expect((await leader.post(`/api/rounds/${roundId}/return`, { comment: '请复核优秀人选' })).body.status).toBe('CALIBRATION');
    expect((await staff.post(`/api/rounds/${roundId}/submit`)).status).toBe(200);
    expect((await leader.post(`/api/rounds/${roundId}/approve`, { comment: '同意' })).body.status).toBe('APPROVED');
    expect((await staff.post(`/api/rounds/${roundId}/start-publicity`)).body.status).toBe('PUBLICITY');

    const early = await staff.post(`/api/rounds/${roundId}/finalize`);
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('公示期未满');
    expect(early.body.details.inChinese).toMatch(/^公示期未满，\d{4}年\d{1,2}月\d{1,2}日起方可办结$/);
    await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = now() - interval '15 days' WHERE id = $1`, [roundId]);
    const finalized = await staff.post(`/api/rounds/${roundId}/finalize`);
    expect(finalized.status).toBe(200);
    expect(finalized.body.status).toBe('FINALIZED');
    const stored = await t.dataSource.query('SELECT grade, rank, total FROM assessment WHERE id = $1', [assessment.id]);
    expect(stored[0]).toEqual({ grade: 'EXCELLENT', rank: 1, total: 9883 });

    // After finalization: refused by the service, and by the database when tried in SQL.
    const current = (await staff.get(`/api/assessments/${assessment.id}`)).body;
    expect((await staff.put(`/api/assessments/${assessment.id}/scores`, { version: current.version, scores: [{ subItemCode: '1.1', points: 1 }] })).status).toBe(409);
    expect((await staff.put(`/api/assessments/${assessment.id}/calibration`, { version: current.version, veto: true, vetoReason: 'x' })).status).toBe(409);
    await expect(t.dataSource.query(`UPDATE assessment_score SET points = 0 WHERE assessment_id = $1`, [assessment.id])).rejects.toThrow(/finalized/);
    await expect(t.dataSource.query(`DELETE FROM assessment_score WHERE assessment_id = $1`, [assessment.id])).rejects.toThrow(/finalized/);
    await expect(t.dataSource.query(`UPDATE assessment SET grade = 'INCOMPETENT' WHERE id = $1`, [assessment.id])).rejects.toThrow(/finalized/);
    expect((await staff.get(`/api/assessments/${assessment.id}`)).body.score.total).toBe(98.83);
  });

  it('calibrates 45 cadres under a quota of 19: a tie at the line is flagged, decided by hand with reasons, then submitted', async () => {
    const { roundId, assessments } = await newRound(45, { quotaKind: 'COUNT', quotaValue: 19 });
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    // Totals 100, 99.85, 99.70…; the 19th and 20th (index 18 and 19) are equal.
    for (const [i, a] of assessments.entries()) await scoreDirectly(a.id, (i === 19 ? 18 : i) * 15, staffId);
    expect((await staff.post(`/api/rounds/${roundId}/start-calibration`)).status).toBe(200);

    const board = (await staff.get(`/api/rounds/${roundId}/calibration`)).body;
    expect(board.quota).toBe(19);
    expect(board.excellent).toBe(18);
    expect(board.tie).toEqual({ assessmentIds: [assessments[18].id, assessments[19].id].sort(), places: 1 });
    const tied = board.rows.filter((r: { status: string }) => r.status === 'TIE_AT_QUOTA');
    expect(tied).toHaveLength(2);
    expect(tied[0].reasons.join()).toContain('须人工决定');
    expect(board.rows.filter((r: { grade: string }) => r.grade === 'EXCELLENT')).toHaveLength(18);

    const undecided = await staff.post(`/api/rounds/${roundId}/submit`);
    expect(undecided.status).toBe(409);
    expect(undecided.body.message).toContain('2 项考核尚未确定等次');

    const version = (id: string) => board.rows.find((r: { assessmentId: string }) => r.assessmentId === id).version as number;
    const noReason = await staff.put(`/api/assessments/${assessments[18].id}/calibration`, { version: version(assessments[18].id), gradeOverride: 'EXCELLENT' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.fields[0].field).toBe('overrideReason');
    expect((await staff.put(`/api/assessments/${assessments[18].id}/calibration`, { version: version(assessments[18].id), gradeOverride: 'EXCELLENT', overrideReason: '专班集体研究，业绩更突出' })).status).toBe(200);
    expect((await staff.put(`/api/assessments/${assessments[19].id}/calibration`, { version: version(assessments[19].id), gradeOverride: 'COMPETENT', overrideReason: '专班集体研究' })).status).toBe(200);

    // A twentieth Excellent by hand breaks the quota: refused at submission.
    const extra = assessments[25];
    expect((await staff.put(`/api/assessments/${extra.id}/calibration`, { version: version(extra.id), gradeOverride: 'EXCELLENT', overrideReason: '试图超额' })).status).toBe(200);
    const over = await staff.post(`/api/rounds/${roundId}/submit`);
    expect(over.status).toBe(409);
    expect(over.body.details).toMatchObject({ excellent: 20, quota: 19 });
    const extraVersion = (await staff.get(`/api/rounds/${roundId}/calibration`)).body.rows.find((r: { assessmentId: string }) => r.assessmentId === extra.id).version;
    expect((await staff.put(`/api/assessments/${extra.id}/calibration`, { version: extraVersion, gradeOverride: null })).status).toBe(200);

    const after = (await staff.get(`/api/rounds/${roundId}/calibration`)).body;
    expect(after.excellent).toBe(19);
    const decided = after.rows.find((r: { assessmentId: string }) => r.assessmentId === assessments[18].id);
    expect(decided.override).toMatchObject({ grade: 'EXCELLENT', reason: '专班集体研究，业绩更突出', by: staffId });
    expect((await staff.post(`/api/rounds/${roundId}/submit`)).status).toBe(200);
    const grades = await t.dataSource.query(`SELECT grade, count(*)::int AS n FROM assessment WHERE round_id = $1 GROUP BY grade ORDER BY grade`, [roundId]);
    expect(grades).toEqual([{ grade: 'EXCELLENT', n: 19 }, { grade: 'COMPETENT', n: 26 }]);
  });

  it('bars a vetoed cadre from Excellent and keeps 不定等次 out of the grades', async () => {
    const { roundId, assessments } = await newRound(3, { quotaKind: 'COUNT', quotaValue: 3 });
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    for (const a of assessments) await scoreDirectly(a.id, 0, staffId);
    await staff.post(`/api/rounds/${roundId}/start-calibration`);
    const [vetoed, notGraded] = assessments;
    // A veto without its reason: refused, the field named, in Chinese too.
    const bare = await staff.put(`/api/assessments/${vetoed.id}/calibration`, { version: vetoed.version, veto: true });
    expect(bare.status).toBe(400);
    expect(bare.body.details.fields).toEqual([{ field: 'vetoReason', errors: ['a veto needs its reason'], inChinese: ['一票否决须写明理由'] }]);
    const veto = await staff.put(`/api/assessments/${vetoed.id}/calibration`, { version: vetoed.version, veto: true, vetoReason: '受党纪处分' });
    expect(veto.status).toBe(200);
    const excellent = await staff.put(`/api/assessments/${vetoed.id}/calibration`, { version: veto.body.version, gradeOverride: 'EXCELLENT', overrideReason: 'x' });
    expect(excellent.status).toBe(400);
    expect(excellent.body.details.fields[0].inChinese).toEqual(['已一票否决，不能评为优秀']);
    expect((await staff.put(`/api/assessments/${notGraded.id}/calibration`, { version: notGraded.version, notGradedReason: '挂职不满半年' })).status).toBe(200);
    const board = (await staff.get(`/api/rounds/${roundId}/calibration`)).body;
    const row = (id: string) => board.rows.find((r: { assessmentId: string }) => r.assessmentId === id);
    expect(row(vetoed.id)).toMatchObject({ grade: 'COMPETENT' });
    expect(row(vetoed.id).reasons.join()).toContain('受处分或一票否决');
    expect(row(notGraded.id)).toMatchObject({ status: 'NOT_GRADED', grade: null });
    expect((await staff.post(`/api/rounds/${roundId}/submit`)).status).toBe(200);
  });

  it('lets a leader reopen one finalized result with a reason, keeping the old one, and finalizes it again within the quota', async () => {
    const { roundId, assessments } = await newRound(2, { quotaKind: 'COUNT', quotaValue: 1 });
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    await scoreDirectly(assessments[0].id, 0, staffId);
    await scoreDirectly(assessments[1].id, 300, staffId);
    for (const step of ['start-calibration', 'submit']) expect((await staff.post(`/api/rounds/${roundId}/${step}`)).status).toBe(200);
    expect((await leader.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(200);
    expect((await staff.post(`/api/rounds/${roundId}/start-publicity`)).status).toBe(200);
    await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = now() - interval '15 days' WHERE id = $1`, [roundId]);
    expect((await staff.post(`/api/rounds/${roundId}/finalize`)).status).toBe(200);

    const second = assessments[1];
    const before = (await staff.get(`/api/assessments/${second.id}`)).body;
    expect((await staff.post(`/api/assessments/${second.id}/reopen`, { version: before.version, reason: '复核' })).status).toBe(403);
    const noReason = await leader.post(`/api/assessments/${second.id}/reopen`, { version: before.version });
    expect(noReason.status).toBe(400);
    const reopened = await leader.post(`/api/assessments/${second.id}/reopen`, { version: before.version, reason: '复核发现业绩信息有误' });
    expect(reopened.status).toBe(200);
    expect((await leader.post(`/api/assessments/${second.id}/reopen`, { version: reopened.body.version, reason: '再次' })).status).toBe(409);
    const history = (await staff.get(`/api/assessments/${second.id}/history`)).body;
    expect(history).toEqual([expect.objectContaining({ sequence: 1, grade: 'COMPETENT', rank: 2, total: 97, reopenReason: '复核发现业绩信息有误' })]);
    // The board and the score sheet say which result is reopened (the console offers its cells and 重新定等).
    const boardRow = async (id: string) => ((await staff.get(`/api/rounds/${roundId}/calibration`)).body.rows as { assessmentId: string; grade: string; rank: number; total: number; reopenedAt: string | null }[]).find((r) => r.assessmentId === id)!;
    const sheet = (await staff.get(`/api/rounds/${roundId}/score-sheet`)).body as { id: string; reopenedAt: string | null }[];
    expect(sheet.find((r) => r.id === second.id)?.reopenedAt).toEqual(expect.any(String));
    expect(sheet.find((r) => r.id === assessments[0].id)?.reopenedAt).toBeNull();
    expect(await boardRow(second.id)).toMatchObject({ grade: 'COMPETENT', rank: 2, total: 97, reopenedAt: expect.any(String) });

    // Only the reopened assessment takes writes; its neighbour stays locked, in the service and in SQL.
    const fixed = await staff.put(`/api/assessments/${second.id}/scores`, { version: reopened.body.version, scores: [{ subItemCode: '1.1', points: 8 }] });
    expect(fixed.status).toBe(200);
    // A finalized round's board shows the result as fixed, not the corrected scores' total, until it is fixed again;
    // beside it the proposal it would be fixed again with: 100 now, but the one place is the other's. No tie to decide.
    expect(await boardRow(second.id)).toMatchObject({ grade: 'COMPETENT', rank: 2, total: 97, proposedGrade: 'COMPETENT' });
    expect(await boardRow(assessments[0].id)).toMatchObject({ grade: 'EXCELLENT', proposedGrade: 'EXCELLENT', reasons: ['总分 100.00，排名第 1（办结结果）'] });
    expect((await staff.get(`/api/rounds/${roundId}/calibration`)).body.tie).toBeNull();
    const first = (await staff.get(`/api/assessments/${assessments[0].id}`)).body;
    expect((await staff.put(`/api/assessments/${first.id}/scores`, { version: first.version, scores: [{ subItemCode: '1.1', points: 1 }] })).status).toBe(409);
    await expect(t.dataSource.query(`UPDATE assessment_score SET points = 0 WHERE assessment_id = $1`, [first.id])).rejects.toThrow(/finalized/);

    // Now 100 points too, but the one Excellent place is taken: refused as Excellent by hand; as proposed, the
    // proposal is made within the places the rest of the round leaves, so it is Competent.
    const over = await staff.post(`/api/assessments/${second.id}/refinalize`, { version: fixed.body.version, grade: 'EXCELLENT', reason: '复核后业绩突出' });
    expect(over.status).toBe(409);
    expect(over.body.details.inChinese).toBe('评为优秀将达 2 人，超过优秀名额（1 人），且本轮未登记超额审批');
    const done = await staff.post(`/api/assessments/${second.id}/refinalize`, { version: fixed.body.version });
    expect(done.status).toBe(200);
    const stored = await t.dataSource.query('SELECT grade, total, rank, reopened_at FROM assessment WHERE id = $1', [second.id]);
    expect(stored[0]).toMatchObject({ grade: 'COMPETENT', total: 10000, rank: 1, reopened_at: null });
    expect(await boardRow(second.id)).toMatchObject({ grade: 'COMPETENT', rank: 1, total: 100, reopenedAt: null });
    await expect(t.dataSource.query(`UPDATE assessment_score SET points = 0 WHERE assessment_id = $1`, [second.id])).rejects.toThrow(/finalized/);
    await expect(t.dataSource.query(`DELETE FROM assessment_result WHERE assessment_id = $1`, [second.id])).rejects.toThrow(/append-only/);
  });

  it('lets nobody but a leader (or the administrator) approve', async () => {
    const cadre = await t.registry.newCadre();
    const cadreSession = await signIn(t, Role.Cadre, { cadreId: cadre.id });
    const { roundId } = await newRound(1, { quotaKind: 'COUNT', quotaValue: 1 });
    expect((await cadreSession.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(403);
    const admin = await signIn(t, Role.OrgAdmin);
    expect((await admin.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(409);
    await expect(login(t, cadreSession.user.username)).resolves.toHaveProperty('accessToken');
  });
});
