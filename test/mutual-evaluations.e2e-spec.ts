import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const GROUP = '主题教育办';

describe('KEY_TASK: centralized mutual evaluation (集中互评)', () => {
  let t: TestApp;
  let staff: Session;
  let roundId: string;
  let members: { assessmentId: string; session: Session }[];
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    const cadres = [];
    for (let i = 0; i < 3; i++) {
      const cadre = await t.registry.newCadre({ name: `互评${i}` });
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category: SecondmentCategory.KeyTask, groupLabel: GROUP });
      cadres.push(cadre);
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('重点工作考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
    });
    roundId = round.body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
    const all = (await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; cadre: { id: string } }[];
    members = [];
    for (const cadre of cadres) {
      members.push({ assessmentId: (all.find((a) => a.cadre.id === cadre.id) as { id: string }).id, session: await signIn(t, Role.Cadre, { cadreId: cadre.id }) });
    }
    outsider = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets each member rate every other member once, never themselves, and feeds 3.1 when closed', async () => {
    // Before it opens: the group is listed, with no evaluation; a member has nothing to rate.
    const listed = await staff.get(`/api/rounds/${roundId}/mutual-evaluations`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ groups: [{ groupLabel: GROUP, members: expect.any(Array), evaluation: null }], ungrouped: [] });
    expect((listed.body.groups[0].members as { assessmentId: string }[]).map((m) => m.assessmentId).sort()).toEqual(members.map((m) => m.assessmentId).sort());
    expect((await members[0].session.get('/api/mutual-evaluations/mine')).body).toEqual([]);

    const opened = await staff.post('/api/mutual-evaluations', { roundId, groupLabel: GROUP });
    expect(opened.status).toBe(201);
    expect(opened.body.members.sort()).toEqual(members.map((m) => m.assessmentId).sort());
    const id = opened.body.id as string;
    const [a, b, c] = members;

    const self = await a.session.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: a.assessmentId, rating: 'EXCELLENT' });
    expect(self.status).toBe(400);
    expect(self.body.message).toContain('themselves');
    expect((await a.session.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: b.assessmentId, rating: 'EXCELLENT' })).status).toBe(204);
    expect((await a.session.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: b.assessmentId, rating: 'INCOMPETENT' })).status).toBe(409);
    expect((await c.session.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: b.assessmentId, rating: 'COMPETENT' })).status).toBe(204);
    expect((await outsider.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: b.assessmentId, rating: 'EXCELLENT' })).status).toBe(404);
    expect((await staff.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: b.assessmentId, rating: 'EXCELLENT' })).status).toBe(403);

    // A member sees the colleagues to rate (never themselves) and whom they have rated; an outsider sees nothing.
    const mine = (await a.session.get('/api/mutual-evaluations/mine')).body as { id: string; groupLabel: string; colleagues: { assessmentId: string; rated: boolean }[] }[];
    // Exactly these keys: whom I rated, never what I gave, nor anything of the others' ratings.
    expect(mine).toEqual([{ id, roundName: expect.any(String), groupLabel: GROUP, colleagues: expect.any(Array) }]);
    expect(mine[0].colleagues.map((colleague) => Object.keys(colleague).sort())).toEqual([['assessmentId', 'hostUnit', 'name', 'rated'], ['assessmentId', 'hostUnit', 'name', 'rated']]);
    expect(mine[0].colleagues.map((c) => [c.assessmentId, c.rated]).sort()).toEqual([[b.assessmentId, true], [c.assessmentId, false]].sort());
    expect((await outsider.get('/api/mutual-evaluations/mine')).body).toEqual([]);
    // Org staff see how far it has come: two raters, two ratings of the six a group of three gives.
    const progress = (await staff.get(`/api/rounds/${roundId}/mutual-evaluations`)).body.groups[0].evaluation;
    expect(progress).toEqual({ id, status: 'OPEN', raters: 2, ratings: 2, expectedRatings: 6, version: expect.any(Number) });
    // Leaders follow it too, in the same counts, and cannot close it; a cadre cannot follow it.
    const leader = await signIn(t, Role.Leader);
    expect((await leader.get(`/api/rounds/${roundId}/mutual-evaluations`)).body.groups[0].evaluation).toEqual(progress);
    expect((await leader.post(`/api/mutual-evaluations/${id}/close`)).status).toBe(403);
    expect((await members[0].session.get(`/api/rounds/${roundId}/mutual-evaluations`)).status).toBe(403);

    const before = (await staff.get(`/api/assessments/${b.assessmentId}`)).body.score.subItems.find((s: { code: string }) => s.code === '3.1');
    expect(before).toMatchObject({ name: '集中互评', points: null });
    expect((await staff.post(`/api/mutual-evaluations/${id}/close`)).status).toBe(204);
    const after = (await staff.get(`/api/assessments/${b.assessmentId}`)).body.score.subItems.find((s: { code: string }) => s.code === '3.1');
    // 10 × (1.0 + 0.8) / 2 = 9.00
    expect(after).toMatchObject({ points: 9, sources: ['MUTUAL_EVALUATION'] });
    expect((await c.session.post(`/api/mutual-evaluations/${id}/ratings`, { assessmentId: a.assessmentId, rating: 'EXCELLENT' })).status).toBe(409);
  });

  it('keeps who rated whom apart from what was given', async () => {
    const columns = async (table: string) =>
      ((await t.dataSource.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name', [table])) as { column_name: string }[]).map((c) => c.column_name);
    expect(await columns('mutual_rating')).toEqual(['assessment_id', 'evaluation_id', 'id', 'rating']);
    expect(await columns('mutual_rating_mark')).toEqual(['assessment_id', 'evaluation_id', 'rater_cadre_id']);
  });
});
