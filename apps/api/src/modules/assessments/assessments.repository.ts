import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { selectRows, updateAtVersion } from '@app/database';
import type { Grade, RoundStatus, SecondmentCategory } from '@app/domain';
import { assessmentScopeSql, type ObjectScope } from '../../common/auth/object-scope';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentScore } from './assessment-score.entity';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import type { RubricVersion } from '../rubrics/rubric-version.entity';
import type { Secondment } from '../secondments/secondment.entity';
import type { AuditAppend } from '../audit/audit.repository';
import { Assessment } from './assessment.entity';

export interface ScoreWrite {
  subItemCode: string;
  points: number;
  source: AssessmentScore['source'];
  comment: string | null;
}

type Named = { id: string; name: string };

/** An assessment as score entry reads it (findForScoring), with its entered scores by sub-item code (in code-point order). */
export type ScoredAssessment = Pick<Assessment, 'id' | 'version' | 'roundId' | 'cadreId' | 'hostUnitId' | 'secondmentId' | 'category' | 'reopenedAt'> & {
  scores: AssessmentScore[];
  cadre: Named;
  secondment: Pick<Secondment, 'id' | 'startDate' | 'endDate'> & { hostUnit: Named };
  round: Pick<AssessmentRound, 'id' | 'name' | 'status' | 'periodStart' | 'periodEnd' | 'minParticipationPercent' | 'minInterviews'> & {
    rubricVersion: Pick<RubricVersion, 'definition'>;
  };
};

/** What a score write found and left: see saveScores. */
export interface SavedScores {
  roundStatus: RoundStatus;
  taken: boolean;
  /** The scores written, as stored. */
  written: AssessmentScore[];
}

/** An assessment_score row as json_agg gives it. */
interface StoredScoreJson {
  id: string;
  assessment_id: string;
  sub_item_code: string;
  points: number;
  source: AssessmentScore['source'];
  comment: string | null;
  entered_by: string;
  entered_at: string;
}

function storedScore(row: StoredScoreJson): AssessmentScore {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    subItemCode: row.sub_item_code,
    points: row.points,
    source: row.source,
    comment: row.comment,
    enteredBy: row.entered_by,
    enteredAt: new Date(row.entered_at),
  };
}

export type EnteredPoints = Pick<AssessmentScore, 'subItemCode' | 'points'>;

/** Sorts the unranked (不定等次) last. */
const NO_RANK = 2_147_483_647;

/** An assessment as the reports list it. */
export interface ReportRow {
  id: string;
  category: SecondmentCategory;
  total: number | null;
  rank: number | null;
  grade: Grade | null;
  secondmentId: string;
  name: string;
  homeUnit: string;
  hostUnit: string;
  post: string;
}

/** What the calibration board shows of an assessment: plain columns, no entities. */
export type BoardRow = Pick<
  Assessment,
  | 'id'
  | 'cadreId'
  | 'category'
  | 'veto'
  | 'vetoReason'
  | 'notGradedReason'
  | 'gradeOverride'
  | 'overrideReason'
  | 'overrideBy'
  | 'overrideAt'
  | 'grade'
  | 'rank'
  | 'total'
  | 'reopenedAt'
  | 'version'
> & { cadre: { id: string; name: string } };

@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private scoped(scope: ObjectScope, manager: EntityManager = this.dataSource.manager) {
    const { sql, params } = assessmentScopeSql(scope, 'a');
    return manager
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.cadre', 'cadre')
      .leftJoinAndSelect('a.round', 'round')
      .leftJoinAndSelect('a.secondment', 'secondment')
      .leftJoinAndSelect('secondment.hostUnit', 'hostUnit')
      .where(sql, params);
  }

  findById(id: string, scope: ObjectScope, manager?: EntityManager): Promise<Assessment | null> {
    return this.scoped(scope, manager).andWhere('a.id = :id', { id }).getOne();
  }

  /**
   * One assessment as scoring it and answering for it need: its round with the rubric,
   * the cadre and host unit by name, the secondment's dates. One plain statement (this is
   * read on every score entered).
   */
  async findForScoring(id: string, scope: ObjectScope): Promise<ScoredAssessment | undefined> {
    const visible = assessmentScopeSql(scope, 'a');
    const rows = await selectRows<Omit<ScoredAssessment, 'scores'> & { scores: StoredScoreJson[] }>(
      this.dataSource,
      `SELECT a.id, a.version, a.round_id AS "roundId", a.cadre_id AS "cadreId", a.host_unit_id AS "hostUnitId", a.secondment_id AS "secondmentId",
              a.category, a.reopened_at AS "reopenedAt",
              (SELECT coalesce(json_agg(o ORDER BY o.sub_item_code COLLATE "C"), '[]') FROM assessment_score o WHERE o.assessment_id = a.id) AS scores,
              json_build_object('id', c.id, 'name', c.name) AS cadre,
              json_build_object('id', s.id, 'startDate', s.start_date, 'endDate', s.end_date, 'hostUnit', json_build_object('id', h.id, 'name', h.name)) AS secondment,
              json_build_object('id', r.id, 'name', r.name, 'status', r.status, 'periodStart', r.period_start, 'periodEnd', r.period_end,
                                'minParticipationPercent', r.min_participation_percent, 'minInterviews', r.min_interviews,
                                'rubricVersion', json_build_object('definition', v.definition)) AS round
         FROM assessment a
         JOIN cadre c ON c.id = a.cadre_id
         JOIN secondment s ON s.id = a.secondment_id
         JOIN unit h ON h.id = s.host_unit_id
         JOIN assessment_round r ON r.id = a.round_id
         JOIN rubric_version v ON v.id = r.rubric_version_id
        WHERE a.id = :id AND ${visible.sql}`,
      { ...visible.params, id },
    );
    return rows[0] && { ...rows[0], scores: rows[0].scores.map(storedScore) };
  }

  /** A page of the assessments the scope may see, newest round first, then by cadre name. */
  findPage(query: { roundStatus?: RoundStatus; page: number; pageSize: number }, scope: ObjectScope): Promise<[Assessment[], number]> {
    const qb = this.scoped(scope);
    if (query.roundStatus) qb.andWhere('round.status = :roundStatus', { roundStatus: query.roundStatus });
    return qb
      .orderBy('round.periodStart', 'DESC')
      .addOrderBy('round.id', 'ASC')
      .addOrderBy('cadre.name', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
  }

  findByRound(roundId: string, scope: ObjectScope): Promise<Assessment[]> {
    return this.scoped(scope).andWhere('a.round_id = :roundId', { roundId }).orderBy('cadre.name', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  /**
   * Every assessment of a round as the calibration board needs it, in one plain query:
   * a round of 10,000 hydrated as entities with their four relations spent most of the
   * board's time building objects and collecting them again (see the benchmarks).
   */
  async boardRows(roundId: string): Promise<BoardRow[]> {
    const rows: (Omit<BoardRow, 'cadre'> & { cadreName: string })[] = await this.dataSource.query(
      `SELECT a.id, a.cadre_id AS "cadreId", c.name AS "cadreName", a.category, a.veto, a.veto_reason AS "vetoReason", a.not_graded_reason AS "notGradedReason",
              a.grade_override AS "gradeOverride", a.override_reason AS "overrideReason", a.override_by AS "overrideBy", a.override_at AS "overrideAt",
              a.grade, a.rank, a.total, a.reopened_at AS "reopenedAt", a.version
         FROM assessment a JOIN cadre c ON c.id = a.cadre_id
        WHERE a.round_id = $1 ORDER BY c.name, a.id`,
      [roundId],
    );
    return rows.map(({ cadreName, ...row }) => ({ ...row, cadre: { id: row.cadreId, name: cadreName } }));
  }

  /**
   * The ids of a round's results the scope may see, in report order: rank (the unranked,
   * 不定等次, last), then name. Sorted once, so a report reads its rows a page at a time
   * (reportRows) at the same cost however deep the page; paging with a keyset sorted the
   * whole round again for every page.
   */
  async reportOrder(roundId: string, scope: ObjectScope): Promise<string[]> {
    const visible = assessmentScopeSql(scope, 'a');
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('a.id AS id')
      .from('assessment', 'a')
      .innerJoin('cadre', 'c', 'c.id = a.cadre_id')
      .where('a.round_id = :roundId', { roundId })
      .andWhere(visible.sql, visible.params)
      .orderBy(`coalesce(a.rank, ${NO_RANK})`)
      .addOrderBy('c.name')
      .addOrderBy('a.id')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** These assessments as the reports list them, in the order of `ids`. */
  async reportRows(ids: string[]): Promise<ReportRow[]> {
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT a.id, a.category, a.total, a.rank, a.grade, a.secondment_id AS "secondmentId", c.name, home.name AS "homeUnit", host.name AS "hostUnit", s.post
         FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN unit home ON home.id = c.home_unit_id
         JOIN unit host ON host.id = a.host_unit_id JOIN secondment s ON s.id = a.secondment_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Only the entered points of these assessments, by assessment: what scoring reads, one plain query for a whole round. */
  async pointsOf(assessmentIds: string[]): Promise<Map<string, EnteredPoints[]>> {
    const byAssessment = new Map<string, EnteredPoints[]>(assessmentIds.map((id) => [id, []]));
    if (assessmentIds.length === 0) return byAssessment;
    const rows: (EnteredPoints & { assessmentId: string })[] = await this.dataSource.query(
      `SELECT assessment_id AS "assessmentId", sub_item_code AS "subItemCode", points FROM assessment_score WHERE assessment_id = ANY($1::uuid[])`,
      [assessmentIds],
    );
    for (const { assessmentId, ...points } of rows) byAssessment.get(assessmentId)?.push(points);
    return byAssessment;
  }

  /** Entered scores of these assessments, grouped by assessment: one plain query for a whole round (no entity hydration). */
  async scoresOf(assessmentIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AssessmentScore[]>> {
    const byAssessment = new Map<string, AssessmentScore[]>(assessmentIds.map((id) => [id, []]));
    if (assessmentIds.length === 0) return byAssessment;
    const rows: AssessmentScore[] = await manager.query(
      `SELECT id, assessment_id AS "assessmentId", sub_item_code AS "subItemCode", points, source, comment, entered_by AS "enteredBy", entered_at AS "enteredAt"
         FROM assessment_score WHERE assessment_id = ANY($1::uuid[]) ORDER BY sub_item_code COLLATE "C"`,
      [assessmentIds],
    );
    for (const row of rows) byAssessment.get(row.assessmentId)?.push(row);
    return byAssessment;
  }

  updateAtVersion(manager: EntityManager, id: string, version: number, changes: Partial<Pick<Assessment, 'veto' | 'vetoReason' | 'notGradedReason' | 'gradeOverride' | 'overrideReason' | 'overrideBy' | 'overrideAt'>>): Promise<boolean> {
    return updateAtVersion(manager, Assessment, id, version, changes);
  }

  /** Stores a prior result; returns its sequence number (1, 2, …). */
  async saveResultVersion(manager: EntityManager, result: Omit<AssessmentResult, 'id' | 'sequence' | 'reopenedAt' | 'assessment'>): Promise<number> {
    const rows: { n: number }[] = await manager.query('SELECT count(*)::int AS n FROM assessment_result WHERE assessment_id = $1', [result.assessmentId]);
    const sequence = rows[0].n + 1;
    await manager.query(
      `INSERT INTO assessment_result (assessment_id, sequence, grade, rank, total, scores, reopen_reason, reopened_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
      [result.assessmentId, sequence, result.grade, result.rank, result.total, JSON.stringify(result.scores), result.reopenReason, result.reopenedBy],
    );
    return sequence;
  }

  priorResults(assessmentId: string): Promise<AssessmentResult[]> {
    return this.dataSource.getRepository(AssessmentResult).find({ where: { assessmentId }, order: { sequence: 'ASC' } });
  }

  setReopened(manager: EntityManager, id: string, version: number, reopenedAt: Date): Promise<boolean> {
    return updateAtVersion(manager, Assessment, id, version, { reopenedAt });
  }

  setRefinalized(manager: EntityManager, id: string, version: number, result: { grade: Grade | null; total: number; rank: number | null }): Promise<boolean> {
    return updateAtVersion(manager, Assessment, id, version, { ...result, reopenedAt: null });
  }

  /** The other assessments' results in the round, locked, for the quota check of a refinalization. */
  roundResults(manager: EntityManager, roundId: string, exceptId: string): Promise<{ grade: Grade | null; total: number | null }[]> {
    return manager.query('SELECT grade, total FROM assessment WHERE round_id = $1 AND id <> $2 FOR UPDATE', [roundId, exceptId]);
  }

  /** Fixes the submitted grade, rank and total of each assessment. */
  async setResults(manager: EntityManager, rows: { id: string; grade: Grade | null; rank: number | null; total: number | null }[]): Promise<void> {
    for (const row of rows) {
      await manager.update(Assessment, { id: row.id }, { grade: row.grade, rank: row.rank, total: row.total });
    }
  }

  /**
   * Writes the scores and appends their audit event in one statement (its own transaction,
   * one round trip), only if the assessment is still at `version` and its round's status is
   * one of `takingInputs`; the round's status is held until the statement commits (FOR
   * SHARE), so it cannot change under the write. Answers the round's status, whether the
   * version was taken (when it was not, nothing is written and no event appended) and the
   * scores written. What a write replaces is what was read at `version`: every score write
   * takes the assessment's version, so none can come between. (`audited` is counted in the
   * answer because a WITH query that only reads runs only when something reads it.)
   */
  async saveScores(
    assessment: { id: string; roundId: string },
    version: number,
    takingInputs: readonly RoundStatus[],
    enteredBy: string,
    scores: ScoreWrite[],
    audit: AuditAppend,
  ): Promise<SavedScores> {
    const rows = await selectRows<{ roundStatus: RoundStatus; taken: boolean; written: StoredScoreJson[] }>(
      this.dataSource,
      `WITH round AS (
         SELECT status FROM assessment_round WHERE id = :roundId FOR SHARE
       ), taken AS (
         UPDATE assessment SET version = version + 1, updated_at = now()
          WHERE id = :id AND version = :version AND (SELECT status::text FROM round) = ANY(:takingInputs::text[])
         RETURNING id
       ), written AS (
         INSERT INTO assessment_score (assessment_id, sub_item_code, points, source, comment, entered_by)
         SELECT taken.id, w.sub_item_code, w.points, w.source, w.comment, :enteredBy FROM taken CROSS JOIN json_populate_recordset(NULL::assessment_score, :scores::json) w
         ON CONFLICT (assessment_id, sub_item_code)
         DO UPDATE SET points = EXCLUDED.points, source = EXCLUDED.source, comment = EXCLUDED.comment, entered_by = EXCLUDED.entered_by, entered_at = now()
         RETURNING *
       ), audited AS (
         SELECT ${audit.call} FROM taken
       )
       SELECT round.status AS "roundStatus", taken.id IS NOT NULL AS taken,
              (SELECT coalesce(json_agg(w ORDER BY w.sub_item_code COLLATE "C"), '[]') FROM written w) AS written,
              (SELECT count(*) FROM audited) AS audited
         FROM round LEFT JOIN taken ON TRUE`,
      {
        id: assessment.id,
        roundId: assessment.roundId,
        version,
        takingInputs,
        enteredBy,
        scores: JSON.stringify(scores.map((s) => ({ sub_item_code: s.subItemCode, points: s.points, source: s.source, comment: s.comment }))),
        ...audit.params,
      },
    );
    const { roundStatus, taken, written } = rows[0] as (typeof rows)[number];
    return { roundStatus, taken, written: written.map(storedScore) };
  }

}
