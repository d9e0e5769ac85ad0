import type { DataSource } from 'typeorm';

/** The default rubric's org-department sub-items and their maxima (points). */
const ORG_MAXIMA: Readonly<Record<string, number>> = { '1.1': 8, '1.2': 6, '1.3': 6, '2.1': 12, '2.2': 10, '2.3': 8, '4.1': 8, '4.2': 7, '5.1': 5, '5.2': 5, '5.3': 5 };

/**
 * Every input a GRASSROOTS-like assessment needs, written straight to the tables as
 * the API would have stored them: org sub-items at their maximum (1.1 less
 * `minus11` hundredths), 3.2 from the host unit, and one closed single-voter ballot.
 */
export async function storeFullInputs(
  dataSource: DataSource,
  assessmentId: string,
  enteredBy: string,
  options: { minus11?: number; hostUnitPoints?: number; hostUnitOpinion?: string; ballot?: string } = {},
): Promise<void> {
  for (const [code, max] of Object.entries(ORG_MAXIMA)) {
    const points = max * 100 - (code === '1.1' ? (options.minus11 ?? 0) : 0);
    await dataSource.query(`INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, entered_by) VALUES ($1, $2, $3, 'ORG_STAFF', $4)`, [assessmentId, code, points, enteredBy]);
  }
  await dataSource.query(`INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, entered_by, comment) VALUES ($1, '3.2', $2, 'HOST_UNIT', $3, $4)`, [
    assessmentId,
    options.hostUnitPoints ?? 1000,
    enteredBy,
    options.hostUnitOpinion ?? null,
  ]);
  const [session] = await dataSource.query(`INSERT INTO ballot_session (assessment_id, expected_voters, status, closed_at) VALUES ($1, 1, 'CLOSED', now()) RETURNING id`, [assessmentId]);
  await dataSource.query(`INSERT INTO ballot (session_id, choice) VALUES ($1, $2)`, [session.id, options.ballot ?? 'EXCELLENT']);
}
