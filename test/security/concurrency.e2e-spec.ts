import { Gender, nationalIdFacts, Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, storeFullInputs, type TestApp, unique, uniqueNationalId } from '@app/testing';
import { RubricVersion } from '../../apps/api/src/modules/rubrics/rubric-version.entity';

const PARALLEL = 50;

describe('concurrent requests', () => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;
  let staffId: string;
  let rubricId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
    staffId = (await staff.get('/api/auth/me')).body.id;
    rubricId = (await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' })).id;
  });

  afterAll(async () => {
    await t.close();
  });

  /** An opened round of `cadres` grassroots cadres; its assessments. */
  const openRound = async (cadres: number) => {
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    for (let i = 0; i < cadres; i++) {
      const cadre = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id });
    }
    const round = await staff.post('/api/rounds', {
      batchId: batch.id, name: unique('并发考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubricId, quotaKind: 'COUNT', quotaValue: 1,
    });
    await staff.post(`/api/rounds/${round.body.id}/open`);
    const assessments = (await staff.get(`/api/rounds/${round.body.id}/assessments`)).body as { id: string; version: number }[];
    return { roundId: round.body.id as string, assessments };
  };

  it(`lets exactly one of ${PARALLEL} conflicting updates of one assessment through; the others answer 409 and the winner's scores stand`, async () => {
    const { assessments } = await openRound(1);
    const [assessment] = assessments;
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        staff.put(`/api/assessments/${assessment.id}/scores`, { version: assessment.version, scores: [{ subItemCode: '1.1', points: (i % 80) / 10 }, { subItemCode: '1.2', points: 6 }] }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(PARALLEL - 1);
    const winner = responses.findIndex((r) => r.status === 200);
    const stored = await t.dataSource.query(`SELECT sub_item_code, points FROM assessment_score WHERE assessment_id = $1 ORDER BY sub_item_code`, [assessment.id]);
    expect(stored).toEqual([
      { sub_item_code: '1.1', points: Math.round(((winner % 80) / 10) * 100) },
      { sub_item_code: '1.2', points: 600 },
    ]);
    expect((await staff.get(`/api/assessments/${assessment.id}`)).body.version).toBe(assessment.version + 1);
  });

  it('takes no score after its round has left COLLECTING, however score entries and the start of calibration interleave', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { roundId, assessments } = await openRound(8);
      for (const a of assessments) await storeFullInputs(t.dataSource, a.id, staffId);
      const [started, ...entries] = await Promise.all([
        staff.post(`/api/rounds/${roundId}/start-calibration`),
        ...assessments.map((a) => staff.put(`/api/assessments/${a.id}/scores`, { version: a.version, scores: [{ subItemCode: '1.1', points: 7 }] })),
      ]);
      expect(started.status).toBe(200);
      expect(entries.every((r) => r.status === 200 || r.status === 409)).toBe(true);
      const ids = assessments.map((a) => a.id);
      // The chain orders events as their transactions reached their end.
      const events: { action: string }[] = await t.dataSource.query(
        `SELECT action FROM audit_event
          WHERE (action = 'round.calibration_started' AND target_id = $1) OR (action = 'assessment.scores_entered' AND target_id = ANY($2))
          ORDER BY id`,
        [roundId, ids],
      );
      expect(events.at(-1)?.action).toBe('round.calibration_started');
      expect(events).toHaveLength(1 + entries.filter((r) => r.status === 200).length);
      const stored: { assessment_id: string; points: number }[] = await t.dataSource.query(
        `SELECT assessment_id, points FROM assessment_score WHERE sub_item_code = '1.1' AND assessment_id = ANY($1)`,
        [ids],
      );
      for (const [i, a] of assessments.entries()) {
        expect(stored.find((s) => s.assessment_id === a.id)?.points).toBe(entries[i]?.status === 200 ? 700 : 800);
      }
    }
  });

  it(`stores one row for ${PARALLEL} identical submissions under one Idempotency-Key`, async () => {
    const homeUnitId = (await t.registry.newUnit(UnitType.Sending)).id;
    const nationalId = uniqueNationalId(Gender.Female);
    const body = {
      name: unique('干部'), gender: 'FEMALE', birthDate: nationalIdFacts(nationalId).birthDate, ethnicity: '汉族', politicalStatus: 'CPC_MEMBER',
      education: 'MASTER', homeUnitId, position: '科员', phone: '13800138000', nationalId,
    };
    const key = unique('parallel-key');
    const responses = await Promise.all(Array.from({ length: PARALLEL }, () => staff.post('/api/cadres', body).set('idempotency-key', key)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM cadre WHERE national_id = $1', [nationalId]))[0].n).toBe(1);
  });

  it('finalizes two rounds at once, each writing all of its dossier entries in its own transaction', async () => {
    const rounds = [await openRound(6), await openRound(6)];
    for (const { roundId, assessments } of rounds) {
      for (const [i, a] of assessments.entries()) await storeFullInputs(t.dataSource, a.id, staffId, { minus11: i * 10 });
      for (const step of ['start-calibration', 'submit']) expect((await staff.post(`/api/rounds/${roundId}/${step}`)).status).toBe(200);
      expect((await leader.post(`/api/rounds/${roundId}/approve`, {})).status).toBe(200);
      expect((await staff.post(`/api/rounds/${roundId}/start-publicity`)).status).toBe(200);
      await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = now() - interval '30 days' WHERE id = $1`, [roundId]);
    }
    const finalized = await Promise.all(rounds.map(({ roundId }) => staff.post(`/api/rounds/${roundId}/finalize`)));
    expect(finalized.map((r) => r.status)).toEqual([200, 200]);

    for (const { roundId, assessments } of rounds) {
      const entries: { assessment_id: string; created_at: Date; finalized: string }[] = await t.dataSource.query(
        `SELECT assessment_id, created_at, snapshot->>'finalizedAt' AS finalized FROM dossier_entry WHERE round_id = $1`,
        [roundId],
      );
      expect(entries.map((e) => e.assessment_id).sort()).toEqual(assessments.map((a) => a.id).sort());
      // One transaction: one transaction time, one finalization instant for all of them.
      expect(new Set(entries.map((e) => e.created_at.toISOString())).size).toBe(1);
      expect(new Set(entries.map((e) => e.finalized)).size).toBe(1);
    }
    // And a finalize repeated at the same moment is refused, not applied twice.
    const again = await Promise.all(rounds.map(({ roundId }) => staff.post(`/api/rounds/${roundId}/finalize`)));
    expect(again.map((r) => r.status)).toEqual([409, 409]);
    const total = await t.dataSource.query('SELECT count(*)::int AS n FROM dossier_entry WHERE round_id = ANY($1)', [rounds.map((r) => r.roundId)]);
    expect(total[0].n).toBe(12);
  });
});
