import { DEFAULT_RUBRIC, ExcellentRequirement, resolveSubItems, ScoreSource, SecondmentCategory } from '@app/domain';
import type { DataSource } from 'typeorm';

/**
 * The rounds of a benchmark dataset, written in SQL (the API would take hours at 100k):
 * four past quarterly rounds with every input, graded and in publicity (the runner's
 * setup finalizes them through the product, so dossiers are the product's own), and the
 * current round, collecting, with every input entered: scores, closed ballot sessions
 * with their codes, two certificates per investment cadre, three interviews per SOE
 * cadre, a closed mutual evaluation for the key-task group and the major-project group's
 * comparative recommendation.
 */
export const PAST_ROUNDS = ['2023年第一季度考核', '2023年第二季度考核', '2023年第三季度考核', '2023年第四季度考核'] as const;
export const CURRENT_ROUND = '2023年度专项考核';

const PERIODS: Record<string, [string, string]> = {
  [PAST_ROUNDS[0]]: ['2023-03-01', '2023-03-31'],
  [PAST_ROUNDS[1]]: ['2023-04-01', '2023-06-30'],
  [PAST_ROUNDS[2]]: ['2023-07-01', '2023-09-30'],
  [PAST_ROUNDS[3]]: ['2023-10-01', '2023-12-31'],
};

const RATINGS = `ARRAY['EXCELLENT','EXCELLENT','COMPETENT','COMPETENT','COMPETENT','BASICALLY_COMPETENT']`;

/** The categories (as an SQL list) that have a sub-item drawing on `source` under the default rubric. */
function categoriesUsing(source: ScoreSource): string {
  return Object.values(SecondmentCategory)
    .filter((category) => resolveSubItems(DEFAULT_RUBRIC, category).some((s) => s.sources.some((share) => share.source === source)))
    .map((category) => `'${category}'`)
    .join(', ');
}

/** The categories (as an SQL list) whose Excellent needs the comparative recommendation. */
const RECOMMENDED_CATEGORIES = Object.values(SecondmentCategory)
  .filter((category) => (DEFAULT_RUBRIC.excellentRequirements[category] ?? []).includes(ExcellentRequirement.Recommended))
  .map((category) => `'${category}'`)
  .join(', ');

/** Each category's entered sub-items (org staff and host unit), as SQL VALUES rows. */
function enteredSubItems(): string {
  return Object.values(SecondmentCategory)
    .flatMap((category) =>
      resolveSubItems(DEFAULT_RUBRIC, category)
        .filter((s) => s.sources.length === 1 && (s.sources[0]?.source === ScoreSource.OrgStaff || s.sources[0]?.source === ScoreSource.HostUnit))
        .map((s) => `('${category}', '${s.code}', ${s.maxPoints}, '${s.sources[0]?.source}')`),
    )
    .join(', ');
}

export async function generateRounds(dataSource: DataSource, batchId: string, staffId: string): Promise<void> {
  const [rubric] = await dataSource.query(`SELECT id FROM rubric_version WHERE name = '四查四看考评细则（默认版）'`);
  const certifiers: { id: string }[] = await dataSource.query(
    `INSERT INTO unit (name, code, type) VALUES ('区投资促进局', 'C1', 'CERTIFIER'), ('区发展和改革局', 'C2', 'CERTIFIER') RETURNING id`,
  );
  const rounds = new Map<string, string>();
  for (const name of [...PAST_ROUNDS, CURRENT_ROUND]) {
    const [start, end] = PERIODS[name] ?? ['2023-03-01', '2023-12-31'];
    const [row] = await dataSource.query(
      `INSERT INTO assessment_round (batch_id, name, type, period_start, period_end, rubric_version_id, quota_kind, quota_value, status, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'PERCENT', 20, 'COLLECTING', now()) RETURNING id`,
      [batchId, name, name === CURRENT_ROUND ? 'SPECIAL' : 'QUARTERLY', start, end, rubric.id],
    );
    rounds.set(name, row.id);
  }
  const all = [...rounds.values()];
  await dataSource.transaction(async (manager) => {
    // The finalization triggers check each row against its round; none is final yet.
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(
      `INSERT INTO assessment (round_id, secondment_id, cadre_id, host_unit_id, category)
       SELECT r, s.id, s.cadre_id, s.host_unit_id, s.category FROM secondment s CROSS JOIN unnest($1::uuid[]) r`,
      [all],
    );
    await manager.query(
      `INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, entered_by)
       SELECT a.id, v.code, (v.max * (0.6 + 0.4 * random()))::int, v.source::score_source, $2
         FROM assessment a JOIN (VALUES ${enteredSubItems()}) AS v(category, code, max, source) ON v.category = a.category::text
        WHERE a.round_id = ANY($1::uuid[])`,
      [all, staffId],
    );
    await manager.query(
      `INSERT INTO ballot_session (assessment_id, expected_voters, status, closed_at)
       SELECT id, 10, 'CLOSED', now() FROM assessment WHERE round_id = ANY($1::uuid[]) AND category IN (${categoriesUsing(ScoreSource.Ballots)})`,
      [all],
    );
    await manager.query(
      `INSERT INTO ballot (session_id, choice)
       SELECT s.id, (${RATINGS})[1 + floor(random() * 6)::int]::ballot_choice
         FROM ballot_session s CROSS JOIN generate_series(1, 9)`,
    );
    await manager.query(
      `INSERT INTO ballot_code (session_id, code_hash, used)
       SELECT s.id, md5(random()::text) || md5(random()::text), g <= 9
         FROM ballot_session s JOIN assessment a ON a.id = s.assessment_id CROSS JOIN generate_series(1, 10) g WHERE a.round_id = $1`,
      [rounds.get(CURRENT_ROUND)],
    );
    await manager.query(
      `INSERT INTO certificate (assessment_id, certifier_unit_id, projects_signed, projects_landed, contracted_investment, funds_in_place, appraisal, rating, issued_by)
       SELECT a.id, u, 3, 2, 150000000, 80000000, '招商引资任务完成较好，项目落地成效明显。', (${RATINGS})[1 + floor(random() * 6)::int]::rating, $2
         FROM assessment a CROSS JOIN unnest($3::uuid[]) u WHERE a.round_id = ANY($1::uuid[]) AND a.category IN (${categoriesUsing(ScoreSource.Certificates)})`,
      [all, staffId, certifiers.map((c) => c.id)],
    );
    await manager.query(
      `INSERT INTO service_interview (assessment_id, interviewee_organization, interviewee_role, date, notes, rating, recorded_by)
       SELECT a.id, '服务企业' || g, '负责人', '2023-06-15', '对挂职干部服务企业情况评价较好。', (${RATINGS})[1 + floor(random() * 6)::int]::rating, $2
         FROM assessment a CROSS JOIN generate_series(1, $3) g WHERE a.round_id = ANY($1::uuid[]) AND a.category IN (${categoriesUsing(ScoreSource.Interviews)})`,
      [all, staffId, DEFAULT_RUBRIC.minimumRatings[ScoreSource.Interviews]],
    );
    await manager.query(
      `WITH e AS (INSERT INTO mutual_evaluation (round_id, group_label, status) SELECT r, '重点工作专班', 'CLOSED' FROM unnest($1::uuid[]) r RETURNING id, round_id)
       INSERT INTO mutual_rating (evaluation_id, assessment_id, rating)
       SELECT e.id, a.id, (${RATINGS})[1 + floor(random() * 6)::int]::rating
         FROM e JOIN assessment a ON a.round_id = e.round_id AND a.category IN (${categoriesUsing(ScoreSource.MutualEvaluation)}) CROSS JOIN generate_series(1, 5)`,
      [all],
    );
    // The major-project group recommends a third of its cadres (the Excellent requirement of that category).
    await manager.query(
      `INSERT INTO comparative_recommendation (round_id, group_label, ranking, recommended, recorded_by)
       SELECT r, '重大项目专班', m.ranking, m.ids[1:greatest(1, cardinality(m.ids) / 3)], $2
         FROM unnest($1::uuid[]) r,
              LATERAL (SELECT array_agg(id ORDER BY id) AS ids,
                              jsonb_agg(jsonb_build_object('assessmentId', id, 'rank', n, 'reason', '工作实绩突出') ORDER BY id) AS ranking
                         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM assessment WHERE round_id = r AND category IN (${RECOMMENDED_CATEGORIES})) x) m`,
      [all, staffId],
    );
  });
}

/**
 * Grades the past rounds as a submission would (total, rank, the top fifth Excellent)
 * and puts them in a publicity that has ended, ready for the product to finalize.
 */
export async function gradePastRounds(dataSource: DataSource): Promise<string[]> {
  const ids = await pastRoundIds(dataSource);
  await dataSource.query(
    `UPDATE assessment a SET total = r.total, rank = r.rank, grade = CASE WHEN r.rank <= r.n / 5 THEN 'EXCELLENT' ELSE 'COMPETENT' END::grade
       FROM (SELECT a.id, t.total, row_number() OVER (PARTITION BY a.round_id ORDER BY t.total DESC, a.id)::int AS rank, count(*) OVER (PARTITION BY a.round_id) AS n
               FROM assessment a JOIN (SELECT assessment_id, 800 + sum(points)::int AS total FROM assessment_score GROUP BY assessment_id) t ON t.assessment_id = a.id
              WHERE a.round_id = ANY($1::uuid[])) r
      WHERE a.id = r.id`,
    [ids],
  );
  await dataSource.query(
    `UPDATE assessment_round SET status = 'PUBLICITY', publicity_started_at = period_end + interval '1 month', leader_comment = '同意' WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return ids;
}

/** The past rounds' ids, in order. */
export async function pastRoundIds(dataSource: Pick<DataSource, 'query'>): Promise<string[]> {
  const rows: { id: string; name: string }[] = await dataSource.query(`SELECT id, name FROM assessment_round WHERE name = ANY($1)`, [[...PAST_ROUNDS]]);
  return PAST_ROUNDS.map((name) => rows.find((r) => r.name === name)?.id as string);
}
