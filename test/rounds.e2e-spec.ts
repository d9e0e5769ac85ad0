import { Role, RoundStatus, ScoreSource, SecondmentCategory, SecondmentStatus, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { AssessmentsRepository } from '../apps/api/src/modules/assessments/assessments.repository';
import { AuditService } from '../apps/api/src/modules/audit/audit.service';
import type { SecondmentBatch } from '../apps/api/src/modules/batches/secondment-batch.entity';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';
import type { Unit } from '../apps/api/src/modules/units/unit.entity';

/** The org department's sub-items of the default rubric (all but 3.1 and 3.2), at their maximum. */
const ORG_SCORES = [
  ['1.1', 8],
  ['1.2', 6],
  ['1.3', 5.5],
  ['2.1', 11],
  ['2.2', 9],
  ['2.3', 7],
  ['4.1', 7.5],
  ['4.2', 6.5],
  ['5.1', 5],
  ['5.2', 4.5],
  ['5.3', 4.8],
].map(([subItemCode, points]) => ({ subItemCode, points, comment: '面对面考核' }));

describe('rounds and the standard flow (so far: open, scores, host-unit evaluation, calibration gate)', () => {
  let t: TestApp;
  let staff: Session;
  let rubricId: string;
  let batch: SecondmentBatch;
  let unitA: Unit;
  let unitB: Unit;
  let hostA: Session;
  let hostB: Session;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    rubricId = (await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' })).id;
    batch = await t.registry.newBatch();
    unitA = await t.registry.newUnit(UnitType.Host);
    unitB = await t.registry.newUnit(UnitType.Host);
    for (const [unit, status] of [
      [unitA, SecondmentStatus.Active],
      [unitA, SecondmentStatus.Active],
      [unitB, SecondmentStatus.Active],
      [unitB, SecondmentStatus.Withdrawn],
    ] as const) {
      const cadre = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, status, category: SecondmentCategory.Grassroots });
    }
    hostA = await signIn(t, Role.HostUnit, { unitId: unitA.id });
    hostB = await signIn(t, Role.HostUnit, { unitId: unitB.id });
  });

  afterAll(async () => {
    await t.close();
  });

  const roundBody = (overrides: Record<string, unknown> = {}) => ({
    batchId: batch.id,
    name: unique('专项考核'),
    type: 'SPECIAL',
    periodStart: '2023-03-01',
    periodEnd: '2023-12-31',
    rubricVersionId: rubricId,
    quotaKind: 'PERCENT',
    quotaValue: 20,
    ...overrides,
  });

  const openRound = async () => {
    const created = await staff.post('/api/rounds', roundBody());
    expect(created.status).toBe(201);
    const opened = await staff.post(`/api/rounds/${created.body.id}/open`);
    expect(opened.status).toBe(200);
    return opened.body as { round: { id: string; status: string }; created: number; total: number };
  };

  const assessmentsOf = async (session: Session, roundId: string) =>
    (await session.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; hostUnit: { id: string }; version: number; total: number | null; missing: string[] }[];

  it('creates a round only on a published rubric, within the batch, with an approved quota above 20%', async () => {
    const created = await staff.post('/api/rounds', roundBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'CREATED', typeLabel: '专项考核', rubricVersion: { id: rubricId } });

    const draft = await staff.post('/api/rubrics', { name: unique('草稿'), basedOnId: rubricId });
    const onDraft = await staff.post('/api/rounds', roundBody({ rubricVersionId: draft.body.id }));
    expect(onDraft.status).toBe(400);
    expect(onDraft.body.details.fields[0].field).toBe('rubricVersionId');

    const quota = await staff.post('/api/rounds', roundBody({ quotaValue: 25 }));
    expect(quota.status).toBe(400);
    expect(quota.body.details.fields[0].field).toBe('quotaApproval');
    expect((await staff.post('/api/rounds', roundBody({ quotaValue: 25, quotaApproval: '区委组织部〔2023〕12号' }))).status).toBe(201);

    const outside = await staff.post('/api/rounds', roundBody({ periodEnd: '2024-01-31' }));
    expect(outside.status).toBe(400);
    expect(outside.body.details.fields[0].field).toBe('periodEnd');
  });

  it('opens one assessment per ACTIVE secondment, and opening again creates nothing', async () => {
    const opened = await openRound();
    expect(opened).toMatchObject({ created: 3, total: 3, round: { status: 'COLLECTING' } });
    const again = await staff.post(`/api/rounds/${opened.round.id}/open`);
    expect(again.body).toMatchObject({ created: 0, total: 3 });
    expect(await assessmentsOf(staff, opened.round.id)).toHaveLength(3);
  });

  it('refuses to start calibration while sub-items are missing, naming them with counts', async () => {
    const { round } = await openRound();
    const response = await staff.post(`/api/rounds/${round.id}/start-calibration`);
    expect(response.status).toBe(409);
    expect(response.body.message).toContain('3 项考核缺少 3.1');
    expect(response.body.details.missing).toContainEqual({ subItem: '3.2', assessments: 3 });
    expect((await staff.post(`/api/rounds/${round.id}/start-calibration`)).status).toBe(409);
  });

  it('takes org scores with the current version only, and refuses computed, host-unit and over-maximum sub-items', async () => {
    const { round } = await openRound();
    const [first] = await assessmentsOf(staff, round.id);
    const saved = await staff.put(`/api/assessments/${first.id}/scores`, { version: first.version, scores: ORG_SCORES });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(first.version + 1);
    const sub11 = saved.body.score.subItems.find((s: { code: string }) => s.code === '1.1');
    expect(sub11).toMatchObject({ points: 8, explanation: expect.stringContaining('组织部门评分') });
    expect(saved.body.score.total).toBeNull();

    const stale = await staff.put(`/api/assessments/${first.id}/scores`, { version: first.version, scores: [{ subItemCode: '1.1', points: 1 }] });
    expect(stale.status).toBe(409);

    const current = saved.body.version as number;
    const computed = await staff.put(`/api/assessments/${first.id}/scores`, { version: current, scores: [{ subItemCode: '3.1', points: 9 }] });
    expect(computed.status).toBe(400);
    expect(computed.body.details.fields[0]).toMatchObject({ field: 'scores.0.subItemCode' });
    expect(computed.body.message).toContain('民主评议');
    const hostOnly = await staff.put(`/api/assessments/${first.id}/scores`, { version: current, scores: [{ subItemCode: '3.2', points: 9 }] });
    expect(hostOnly.status).toBe(400);
    const tooMuch = await staff.put(`/api/assessments/${first.id}/scores`, { version: current, scores: [{ subItemCode: '5.1', points: 5.5 }] });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.details.fields[0].field).toBe('scores.0.points');
    expect((await staff.get(`/api/assessments/${first.id}`)).body.entered.find((e: { subItemCode: string }) => e.subItemCode === '1.1').points).toBe(8);
  });

  it('replaces the sub-items sent, keeps the others, answers as a fresh read does, and audits what it replaced', async () => {
    const { round } = await openRound();
    const [first] = await assessmentsOf(staff, round.id);
    const saved = await staff.put(`/api/assessments/${first.id}/scores`, { version: first.version, scores: ORG_SCORES });
    expect(saved.status).toBe(200);
    const again = await staff.put(`/api/assessments/${first.id}/scores`, {
      version: saved.body.version,
      scores: [{ subItemCode: '1.1', points: 6.5, comment: '复核后调整' }],
    });
    expect(again.status).toBe(200);
    const read = await staff.get(`/api/assessments/${first.id}`);
    expect(again.body).toEqual(read.body);
    const entered = again.body.entered as { subItemCode: string; points: number; comment: string | null }[];
    expect(entered.map((e) => e.subItemCode)).toEqual(ORG_SCORES.map((s) => s.subItemCode).sort());
    expect(entered.find((e) => e.subItemCode === '1.1')).toMatchObject({ points: 6.5, comment: '复核后调整' });
    expect(entered.filter((e) => e.subItemCode !== '1.1').map((e) => e.points)).toEqual(
      ORG_SCORES.filter((s) => s.subItemCode !== '1.1').sort((a, b) => String(a.subItemCode).localeCompare(String(b.subItemCode))).map((s) => s.points),
    );

    const events: { before: { scores: { subItemCode: string; points: number }[] }; after: { scores: { subItemCode: string; points: number }[] } }[] = await t.dataSource.query(
      `SELECT before, after FROM audit_event WHERE target_id = $1 AND action = 'assessment.scores_entered' ORDER BY id`,
      [first.id],
    );
    expect(events).toHaveLength(2);
    expect(events[0].before.scores).toEqual([]);
    expect(events[1].before.scores).toHaveLength(ORG_SCORES.length);
    expect(events[1].before.scores.find((s) => s.subItemCode === '1.1')?.points).toBe(800);
    expect(events[1].after.scores).toEqual([expect.objectContaining({ subItemCode: '1.1', points: 650 })]);

    const stale = await staff.put(`/api/assessments/${first.id}/scores`, { version: saved.body.version, scores: [{ subItemCode: '1.2', points: 1 }] });
    expect(stale.status).toBe(409);
    expect((await staff.get(`/api/assessments/${first.id}`)).body).toEqual(read.body);
    expect(await t.dataSource.query(`SELECT 1 FROM audit_event WHERE target_id = $1 AND action = 'assessment.scores_entered'`, [first.id])).toHaveLength(2);
  });

  it('lets a host unit evaluate only its own cadres, and shows it no totals', async () => {
    const { round } = await openRound();
    const mine = await assessmentsOf(hostA, round.id);
    expect(mine).toHaveLength(2);
    expect(mine.every((a) => a.hostUnit.id === unitA.id && a.total === null && a.missing.length === 0)).toBe(true);

    const evaluated = await hostA.put(`/api/assessments/${mine[0].id}/host-unit-evaluation`, { version: mine[0].version, points: 9.5, opinion: '工作扎实，群众认可' });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.score).toBeNull();
    expect(evaluated.body.entered).toEqual([expect.objectContaining({ subItemCode: '3.2', points: 9.5, source: 'HOST_UNIT', comment: '工作扎实，群众认可' })]);

    const theirs = (await assessmentsOf(staff, round.id)).find((a) => a.hostUnit.id === unitB.id);
    expect(theirs).toBeDefined();
    const foreign = await hostA.put(`/api/assessments/${theirs?.id}/host-unit-evaluation`, { version: theirs?.version, points: 1, opinion: '越权' });
    expect(foreign.status).toBe(404);
    expect((await hostA.get(`/api/assessments/${theirs?.id}`)).status).toBe(404);
    expect(await assessmentsOf(hostB, round.id)).toHaveLength(1);
    expect((await staff.put(`/api/assessments/${mine[0].id}/host-unit-evaluation`, { version: 2, points: 1, opinion: 'x' })).status).toBe(403);
  });

  it('gives exactly one success among 20 concurrent saves of one assessment', async () => {
    const { round } = await openRound();
    const [target] = await assessmentsOf(staff, round.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff.put(`/api/assessments/${target.id}/scores`, { version: target.version, scores: [{ subItemCode: '1.1', points: i % 8 }] }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = responses.find((r) => r.status === 200);
    const stored = (await staff.get(`/api/assessments/${target.id}`)).body;
    expect(stored.version).toBe(target.version + 1);
    expect(stored.entered[0].points).toBe(winner?.body.entered[0].points);
  });

  it('writes no score and appends no event when, as the write lands, the round no longer takes inputs or the version has moved', async () => {
    const { round } = await openRound();
    const [target] = await assessmentsOf(staff, round.id);
    const repository = t.app.get(AssessmentsRepository);
    const audit = t.app.get(AuditService);
    const user = await t.factory.newUser(Role.OrgStaff);
    const write = (version: number, takingInputs: RoundStatus[], requestId: string) =>
      repository.saveScores({ id: target.id, roundId: round.id }, version, takingInputs, user.id, [{ subItemCode: '1.1', points: 700, source: ScoreSource.OrgStaff, comment: null }], audit.event({ user: null, requestId }, { action: 'test.score_race', targetId: target.id }));

    // As if calibration had started between the read and the write.
    expect(await write(target.version, [RoundStatus.Calibration], 'race-status')).toEqual({ roundStatus: RoundStatus.Collecting, taken: false, written: [] });
    expect(await write(target.version + 1, [RoundStatus.Collecting], 'race-version')).toEqual({ roundStatus: RoundStatus.Collecting, taken: false, written: [] });
    const events = () => t.dataSource.query(`SELECT request_id AS "requestId" FROM audit_event WHERE action = 'test.score_race' AND target_id = $1`, [target.id]);
    expect(await events()).toEqual([]);
    const unchanged = (await staff.get(`/api/assessments/${target.id}`)).body;
    expect(unchanged).toMatchObject({ version: target.version, entered: [] });

    const landed = await write(target.version, [RoundStatus.Collecting], 'landed');
    expect(landed).toMatchObject({ roundStatus: RoundStatus.Collecting, taken: true, written: [expect.objectContaining({ subItemCode: '1.1', points: 700 })] });
    expect(await events()).toEqual([{ requestId: 'landed' }]);
  });

  it('answers 403 to roles that may not run rounds', async () => {
    const leader = await signIn(t, Role.Leader);
    expect((await leader.get('/api/rounds')).status).toBe(200);
    expect((await leader.post('/api/rounds', roundBody())).status).toBe(403);
    expect((await hostA.get('/api/rounds')).status).toBe(403);
    const cadre = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
    expect((await cadre.get('/api/rounds')).status).toBe(403);
  });
});
