import { randomInt } from 'node:crypto';
import { Role, UnitType } from '@app/domain';
import { binary, createTestApp, type Session, signIn, type TestApp, unique, zipEntries } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

const CADRES = 10_000;
const MB = 1024 * 1024;

/**
 * A round of 10,000 assessments, generated in SQL (the API would take minutes to
 * enter them), exported: the summary streams, so the heap stays flat. How fast it is
 * belongs to the benchmarks, not here.
 */
describe('the summary export of a large round', () => {
  let t: TestApp;
  let staff: Session;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const staffId = (await staff.get('/api/auth/me')).body.id as string;
    const home = await t.registry.newUnit(UnitType.Sending);
    const host = await t.registry.newUnit(UnitType.Host, unique('淮河路街道'));
    const batch = await t.registry.newBatch();
    const idPrefix = `9${randomInt(10_000, 99_999)}`;
    await t.dataSource.query(
      `INSERT INTO cadre (name, gender, birth_date, ethnicity, political_status, education, home_unit_id, position, phone, national_id)
       SELECT '批量干部' || g, 'MALE', '1990-01-01', '汉族', 'CPC_MEMBER', 'BACHELOR', $1, '科员', '13800138000', $2 || lpad(g::text, 12, '0')
         FROM generate_series(1, $3) g`,
      [home.id, idPrefix, CADRES],
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
    roundId = round.body.id;
    expect((await staff.post(`/api/rounds/${roundId}/open`)).body.created).toBe(CADRES);
    // Every entered sub-item, and a result per assessment, as submission would have stored them.
    // The finalization triggers are skipped for this seeding transaction only (the round is
    // not final; checking 130,000 rows one by one is all they would do).
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
        [roundId, CADRES / 5],
      );
    });
    await t.dataSource.query(`UPDATE assessment_round SET status = 'SUBMITTED' WHERE id = $1`, [roundId]);
  });

  afterAll(async () => {
    await t.close();
  });

  it(`streams ${CADRES.toLocaleString('en')} rows with the heap growing by less than 200 MB, answering other requests meanwhile`, async () => {
    // With --expose-gc (npm test sets it) the samples are of live memory, garbage collected
    // first; without it, of the heap as it stands, garbage included.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sample = () => {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const sampler = setInterval(sample, gc ? 2000 : 5);
    let exported = false;
    const exporting = staff
      .get(`/api/rounds/${roundId}/summary.xlsx`)
      .buffer(true)
      .parse(binary)
      .then((r) => {
        exported = true;
        return r;
      });
    // The export yields between pages: another request is answered while it runs.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.http.get('/api/health')).status).toBe(200);
    expect(exported).toBe(false);
    const response = await exporting;
    clearInterval(sampler);
    expect(response.status).toBe(200);
    expect((peak - before) / MB).toBeLessThan(200);

    // Read as XML, not loaded: title, subtitle, two header rows, the rows, the averages.
    const xml = (zipEntries(response.body as Buffer).get('xl/worksheets/sheet1.xml') as Buffer).toString('utf8');
    expect(xml.match(/<row /g)).toHaveLength(4 + CADRES + 1);
    expect(xml).toContain(`平均分（${CADRES}人）`);
  }, 300_000);
});
