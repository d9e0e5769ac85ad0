import { randomInt } from 'node:crypto';
import { UnitType } from '@app/domain';
import { RubricVersion } from '../../../apps/api/src/modules/rubrics/rubric-version.entity';
import { unique } from './factory';
import type { Session } from './session';
import type { TestApp } from './test-app';

/**
 * A round of `cadres` grassroots assessments, SUBMITTED: cadres and secondments
 * generated in SQL (the API would take minutes to enter them), the round created and
 * opened through the API, then every entered sub-item and a result per assessment
 * (total, rank, a fifth Excellent) stored as submission would have stored them.
 */
export async function seedSubmittedRound(t: TestApp, staff: Session, cadres: number): Promise<string> {
  const staffId = (await staff.get('/api/auth/me')).body.id as string;
  const home = await t.registry.newUnit(UnitType.Sending);
  const host = await t.registry.newUnit(UnitType.Host, unique('淮河路街道'));
  const batch = await t.registry.newBatch();
  const idPrefix = `9${randomInt(10_000, 99_999)}`;
  await t.dataSource.query(
    `INSERT INTO cadre (name, gender, birth_date, ethnicity, political_status, education, home_unit_id, position, phone, national_id)
     SELECT '批量干部' || g, 'MALE', '1990-01-01', '汉族', 'CPC_MEMBER', 'BACHELOR', $1, '科员', '13800138000', $2 || lpad(g::text, 12, '0')
       FROM generate_series(1, $3) g`,
    [home.id, idPrefix, cadres],
  );
  await t.dataSource.query(
    `INSERT INTO secondment (cadre_id, batch_id, host_unit_id, category, post, start_date, end_date, status)
     SELECT id, $1, $2, 'GRASSROOTS', '副主任', '2023-03-01', '2023-12-31', 'ACTIVE' FROM cadre WHERE national_id LIKE $3 || '%'`,
    [batch.id, host.id, idPrefix],
  );
  const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
  const round = await staff.post('/api/rounds', {
    batchId: batch.id, name: unique('万人考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
  });
  const roundId = round.body.id as string;
  const opened = await staff.post(`/api/rounds/${roundId}/open`);
  if (opened.body.created !== cadres) throw new Error(`opening the round answered ${opened.status}: ${JSON.stringify(opened.body)}`);
  // The finalization triggers are skipped for this seeding transaction only (the round is
  // not final; checking every row one by one is all they would do).
  await t.dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(
      `INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, entered_by)
       SELECT a.id, s.code, s.points, s.source::score_source, $2
         FROM assessment a
        CROSS JOIN (VALUES ('1.1', 700, 'ORG_STAFF'), ('1.2', 500, 'ORG_STAFF'), ('1.3', 600, 'ORG_STAFF'), ('2.1', 1100, 'ORG_STAFF'), ('2.2', 900, 'ORG_STAFF'),
                           ('2.3', 700, 'ORG_STAFF'), ('3.2', 900, 'HOST_UNIT'), ('4.1', 700, 'ORG_STAFF'), ('4.2', 600, 'ORG_STAFF'), ('5.1', 500, 'ORG_STAFF'),
                           ('5.2', 400, 'ORG_STAFF'), ('5.3', 400, 'ORG_STAFF')) AS s(code, points, source)
        WHERE a.round_id = $1`,
      [roundId, staffId],
    );
    await manager.query(
      `UPDATE assessment a SET total = r.total, rank = r.rank, grade = CASE WHEN r.rank <= $2 THEN 'EXCELLENT'::grade ELSE 'COMPETENT'::grade END
         FROM (SELECT id, 8000 + (row_number() OVER (ORDER BY id))::int % 1000 AS total, row_number() OVER (ORDER BY id)::int AS rank FROM assessment WHERE round_id = $1) r
        WHERE a.id = r.id`,
      [roundId, Math.floor(cadres / 5)],
    );
  });
  await t.dataSource.query(`UPDATE assessment_round SET status = 'SUBMITTED' WHERE id = $1`, [roundId]);
  return roundId;
}
