import { calibrate, computeScore, type Rating, type RatingTally, type RubricDefinition, ScoreSource, type ScoreResult, type SecondmentCategory, tallyBallots } from '@app/domain';

/** The SQL of the bare baseline (bench/baseline-server.ts). */
export const BASELINE_SQL = {
  principal: `SELECT u.id AS "userId", u.username, u.role, u.unit_id AS "unitId", u.cadre_id AS "cadreId", u.disabled, (s.revoked_at IS NOT NULL) AS "sessionRevoked"
    FROM app_user u JOIN auth_session s ON s.user_id = u.id WHERE u.id = $1 AND s.id = $2`,
  cadres: `SELECT c.*, hu.id AS home_unit_id, hu.name AS home_unit_name FROM cadre c LEFT JOIN unit hu ON hu.id = c.home_unit_id`,
  secondments: `SELECT s.*, c.name AS cadre_name, b.name AS batch_name, h.name AS host_unit_name
    FROM secondment s LEFT JOIN cadre c ON c.id = s.cadre_id LEFT JOIN secondment_batch b ON b.id = s.batch_id LEFT JOIN unit h ON h.id = s.host_unit_id
   WHERE s.cadre_id = ANY($1::uuid[]) ORDER BY s.start_date DESC, s.created_at DESC`,
  upsertScore: `INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, comment, entered_by) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (assessment_id, sub_item_code) DO UPDATE SET points = EXCLUDED.points, source = EXCLUDED.source, comment = EXCLUDED.comment, entered_by = EXCLUDED.entered_by, entered_at = now()`,
  insertAudit: `INSERT INTO audit_event (occurred_at, actor_id, actor_role, action, target_type, target_id, before, after, request_id, prev_hash, hash)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
  /** Everything scoring and calibration read of each assessment of a round, in one query. */
  scoringInputs: scoringInputs(''),
  summaryRows: scoringInputs(
    `, c.name, home.name AS home_unit, host.name AS host_unit, s.post, a.total, a.rank, a.grade`,
    `JOIN cadre c ON c.id = a.cadre_id JOIN unit home ON home.id = c.home_unit_id JOIN unit host ON host.id = a.host_unit_id JOIN secondment s ON s.id = a.secondment_id`,
    `ORDER BY coalesce(a.rank, 2147483647), c.name, a.id`,
  ),
  dossierResults: `SELECT a.id AS "assessmentId", r.id AS "roundId", r.name AS round, r.type AS "roundType", a.secondment_id AS "secondmentId", a.category, a.total, a.rank, a.grade, r.finalized_at AS "finalizedAt"
    FROM assessment a JOIN assessment_round r ON r.id = a.round_id WHERE a.cadre_id = $1 AND r.status = 'FINALIZED' ORDER BY r.finalized_at DESC`,
  dossierEntries: `SELECT e.* FROM dossier_entry e WHERE e.cadre_id = $1 ORDER BY e.created_at, e.id`,
  dossierAppraisals: `SELECT p.* FROM comprehensive_appraisal p WHERE p.cadre_id = $1 ORDER BY p.created_at`,
  dossierMaterials: `SELECT m.id, m.cadre_id, m.secondment_id, m.assessment_id, m.kind, m.description, m.filename, m.type, m.size, m.sha256, m.uploaded_by, m.uploaded_at
    FROM dossier_material m WHERE m.cadre_id = $1 ORDER BY m.uploaded_at`,
  dossierIncentives: `SELECT i.*, r.name AS round FROM incentive i JOIN assessment_round r ON r.id = i.round_id WHERE i.cadre_id = $1 ORDER BY i.created_at`,
  dossierTalent: `SELECT status, recommendation FROM talent_pool_entry WHERE cadre_id = $1`,
};

function scoringInputs(columns: string, joins = '', order = ''): string {
  const tally = (table: string, where = '') =>
    `(SELECT json_object_agg(rating, n) FROM (SELECT rating, count(*)::int AS n FROM ${table} WHERE assessment_id = a.id ${where} GROUP BY rating) t)`;
  return `SELECT a.id, a.category, a.veto, a.not_graded_reason${columns},
      (SELECT json_object_agg(sub_item_code, points) FROM assessment_score WHERE assessment_id = a.id) AS entered,
      (SELECT json_build_object('expectedVoters', b.expected_voters, 'counts', (SELECT json_object_agg(choice, n) FROM (SELECT choice, count(*)::int AS n FROM ballot WHERE session_id = b.id GROUP BY choice) t))
         FROM ballot_session b WHERE b.assessment_id = a.id AND b.status = 'CLOSED' ORDER BY b.closed_at DESC LIMIT 1) AS ballots,
      ${tally('service_interview')} AS interviews,
      ${tally('certificate')} AS certificates,
      (SELECT json_object_agg(rating, n) FROM (SELECT m.rating, count(*)::int AS n FROM mutual_rating m JOIN mutual_evaluation e ON e.id = m.evaluation_id
         WHERE m.assessment_id = a.id AND e.status = 'CLOSED' GROUP BY m.rating) t) AS mutual,
      EXISTS (SELECT 1 FROM comparative_recommendation cr WHERE cr.round_id = a.round_id AND a.id = ANY(cr.recommended)) AS recommended
    FROM assessment a ${joins} WHERE a.round_id = $1 ${order}`;
}

export interface ScoringRound {
  name: string;
  rubric: RubricDefinition;
  minParticipationPercent: number;
  minInterviews: number;
  quotaKind: 'COUNT' | 'PERCENT';
  quotaValue: number;
}

export interface ScoringRow {
  id: string;
  category: SecondmentCategory;
  veto: boolean;
  not_graded_reason: string | null;
  entered: Record<string, number> | null;
  ballots: { expectedVoters: number; counts: Partial<Record<Rating | 'INVALID', number>> | null } | null;
  interviews: RatingTally | null;
  certificates: RatingTally | null;
  mutual: RatingTally | null;
  recommended: boolean;
}

/** What the product's AssessmentScoring.score does with the same inputs. */
export function scoreRow(round: ScoringRound, row: ScoringRow): ScoreResult {
  const ratings: Partial<Record<ScoreSource, RatingTally>> = {};
  if (row.interviews) ratings[ScoreSource.Interviews] = row.interviews;
  if (row.certificates) ratings[ScoreSource.Certificates] = row.certificates;
  if (row.mutual) ratings[ScoreSource.MutualEvaluation] = row.mutual;
  if (row.ballots) {
    const tally = tallyBallots(row.ballots.expectedVoters, row.ballots.counts ?? {}, round.minParticipationPercent);
    if (tally.usable) ratings[ScoreSource.Ballots] = tally.counts as Record<Rating, number>;
  }
  const definition = { ...round.rubric, minimumRatings: { ...round.rubric.minimumRatings, [ScoreSource.Interviews]: round.minInterviews } };
  return computeScore(definition, row.category, { entered: row.entered ?? {}, ratings });
}

export function calibrationBoard(round: ScoringRound, rows: ScoringRow[]) {
  const issued = (t: RatingTally | null) => (t ? Object.values(t).reduce((sum, n) => sum + (n ?? 0), 0) : 0);
  return calibrate(
    round.rubric,
    rows.map((row) => ({
      id: row.id,
      category: row.category,
      total: scoreRow(round, row).total,
      veto: row.veto,
      notGradedReason: row.not_graded_reason,
      recommended: row.recommended,
      certificatesIssued: issued(row.certificates),
    })),
    round.quotaKind === 'COUNT' ? { kind: 'COUNT', count: round.quotaValue } : { kind: 'PERCENT', percent: round.quotaValue },
  );
}
