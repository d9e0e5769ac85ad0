import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, storeFullInputs, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const GROUP = '南站片区专班';

describe('MAJOR_PROJECT: comparative recommendation (比对推荐)', () => {
  let t: TestApp;
  let staff: Session;
  let roundId: string;
  let project: { id: string; version: number }[];

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    const plan = [SecondmentCategory.MajorProject, SecondmentCategory.MajorProject, SecondmentCategory.MajorProject, SecondmentCategory.Grassroots, SecondmentCategory.Grassroots];
    for (const [i, category] of plan.entries()) {
      const cadre = await t.registry.newCadre({ name: `比对${i}` });
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category, groupLabel: category === SecondmentCategory.MajorProject ? GROUP : null });
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('项目考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'COUNT', quotaValue: 2,
    });
    roundId = round.body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
    const all = ((await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; version: number; cadre: { name: string }; category: string }[]).sort((a, b) => a.cadre.name.localeCompare(b.cadre.name));
    // Totals 100, 99.85, 99.70… in name order: the project cadres first.
    for (const [i, a] of all.entries()) await storeFullInputs(t.dataSource, a.id, staffId, { minus11: i * 15 });
    project = all.filter((a) => a.category === 'MAJOR_PROJECT');
    expect((await staff.post(`/api/rounds/${roundId}/start-calibration`)).status).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  const board = async () => (await staff.get(`/api/rounds/${roundId}/calibration`)).body as { rows: { assessmentId: string; grade: string | null; reasons: string[]; version: number }[] };
  const row = async (id: string) => (await board()).rows.find((r) => r.assessmentId === id) as { grade: string | null; reasons: string[]; version: number };

  it('lists the project groups needing a recommendation, with their cadres and share, before any is recorded', async () => {
    const listed = await staff.get(`/api/rounds/${roundId}/recommendations`);
    expect(listed.status).toBe(200);
    expect(listed.body.ungrouped).toEqual([]);
    // The grassroots cadres need none: only the project group, share ⌊2 × 3 / 5⌋ = 1.
    expect(listed.body.groups).toEqual([{ groupLabel: GROUP, share: 1, members: expect.any(Array), recorded: null }]);
    const members = listed.body.groups[0].members as { assessmentId: string; cadre: { name: string }; hostUnit: { name: string } }[];
    expect(members.map((m) => m.assessmentId).sort()).toEqual(project.map((a) => a.id).sort());
    expect(members.every((m) => m.cadre.name.startsWith('比对') && m.hostUnit.name !== '')).toBe(true);
    // Leaders read it as org staff do, but do not record it; a host unit does not see it.
    const leader = await signIn(t, Role.Leader);
    const read = await leader.get(`/api/rounds/${roundId}/recommendations`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(listed.body);
    expect((await leader.put(`/api/rounds/${roundId}/recommendations`, { groupLabel: GROUP, ranking: [], recommended: [] })).status).toBe(403);
    expect((await (await signIn(t, Role.HostUnit)).get(`/api/rounds/${roundId}/recommendations`)).status).toBe(403);
  });

  it('keeps an unrecommended project cadre from Excellent, with the reason, and refuses it by hand too', async () => {
    const best = await row(project[0].id);
    expect(best.grade).toBe('COMPETENT');
    expect(best.reasons.join()).toContain('未经比对推荐为优秀人选');
    const forced = await staff.put(`/api/assessments/${project[0].id}/calibration`, { version: best.version, gradeOverride: 'EXCELLENT', overrideReason: '业绩最突出' });
    expect(forced.status).toBe(400);
    expect(forced.body.details.fields[0].field).toBe('gradeOverride');
    expect(forced.body.message).toContain('未经比对推荐');
  });

  it('requires every cadre of the group ranked once, and no more recommended than the group’s share', async () => {
    const ranking = project.map((a) => ({ assessmentId: a.id, reason: '比对' }));
    const partial = await staff.put(`/api/rounds/${roundId}/recommendations`, { groupLabel: GROUP, ranking: ranking.slice(0, 2), recommended: [project[0].id] });
    expect(partial.status).toBe(400);
    expect(partial.body.details.fields[0].field).toBe('ranking');
    // Quota 2 of 5 assessments; the group has 3 → share max(1, ⌊2 × 3 / 5⌋) = 1.
    const greedy = await staff.put(`/api/rounds/${roundId}/recommendations`, { groupLabel: GROUP, ranking, recommended: [project[0].id, project[1].id] });
    expect(greedy.status).toBe(400);
    expect(greedy.body.details.fields[0].field).toBe('recommended');
    const unknown = await staff.put(`/api/rounds/${roundId}/recommendations`, { groupLabel: '不存在的专班', ranking, recommended: [] });
    expect(unknown.status).toBe(400);
  });

  it('lets only the recommended cadre be Excellent', async () => {
    const ranking = project.map((a, i) => ({ assessmentId: a.id, reason: `第${i + 1}名：征迁推进` }));
    const recorded = await staff.put(`/api/rounds/${roundId}/recommendations`, { groupLabel: GROUP, ranking, recommended: [project[0].id] });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ share: 1, recommended: [project[0].id] });
    expect(recorded.body.ranking[0]).toMatchObject({ assessmentId: project[0].id, rank: 1 });
    expect((await row(project[0].id)).grade).toBe('EXCELLENT');
    expect((await row(project[1].id)).grade).toBe('COMPETENT');
    // The list shows what was recorded, ranking and reasons in order.
    const [group] = (await staff.get(`/api/rounds/${roundId}/recommendations`)).body.groups as { recorded: { recommended: string[]; ranking: { assessmentId: string; rank: number; reason: string }[] } }[];
    expect(group.recorded.recommended).toEqual([project[0].id]);
    expect(group.recorded.ranking.map((r) => [r.assessmentId, r.rank, r.reason])).toEqual(project.map((a, i) => [a.id, i + 1, `第${i + 1}名：征迁推进`]));
  });
});
